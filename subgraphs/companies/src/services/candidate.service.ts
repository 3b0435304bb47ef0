import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import type { CandidateProposedPayload, CandidateStatusChangedPayload, VacancyChangedPayload } from '@ixl/contracts';
import {
  DomainError,
  auditPersonalDataRead,
  badInput,
  forbidden,
  groupByKeys,
  notFound,
  requireAuthenticated,
  requireStaff,
} from '@ixl/subgraph-kit';
import type { ChangeCandidateStatusInput, ProposeCandidateInput } from '../dto/candidate.input.js';
import { CandidateRecord, CandidateStatus, CandidateOutcomeReason } from '../entities/candidate.entity.js';
import { MatchingProfile } from '../entities/matching-profile.entity.js';
import { Vacancy, VacancyStatus } from '../entities/vacancy.entity.js';
import { publishCompaniesEvent } from '../events/publish.js';
import { NEEDS_REASON, checkCandidateTransition } from './candidate-transitions.rules.js';
import { MatchingService } from './matching/matching.service.js';
import { accessibleVacancy } from './vacancy-access.js';

const NO_COMPANY = '00000000-0000-0000-0000-000000000000';

/** Shortlists, proposals and the candidate pipeline; a company sees only proposed candidates of its own vacancies. */
export class CandidateService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Candidates per vacancy in one query, filtered for the caller (other companies' vacancies give nothing);
   * the read is audited once for the whole batch unless `audit` is false (the caller audits what it hands out).
   */
  async forVacancies(
    caller: Caller,
    vacancyIds: readonly string[],
    { audit = true }: { audit?: boolean } = {},
  ): Promise<CandidateRecord[][]> {
    requireAuthenticated(caller);
    const ids = [...new Set(vacancyIds)];
    let rows: CandidateRecord[] = [];
    if (isStaff(caller))
      rows = await this.em.find(CandidateRecord, { vacancy: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    else if (caller.role === 'COMPANY') {
      rows = await this.em.find(
        CandidateRecord,
        { vacancy: { id: { $in: ids }, company: caller.companyId ?? NO_COMPANY }, status: { $ne: CandidateStatus.SHORTLISTED } },
        { orderBy: { proposedAt: 'asc', id: 'asc' } },
      );
    }
    if (audit)
      await auditPersonalDataRead(this.em, caller, {
        beneficiaryIds: rows.map((c) => c.beneficiaryId),
        action: 'LIST',
        detail: 'vacancyCandidates',
      });
    return groupByKeys(vacancyIds, rows, (c) => c.vacancy.id);
  }

  /** Candidacies per person: staff all; a person its own from the proposal on; nobody else anything. */
  async forBeneficiaries(caller: Caller, beneficiaryIds: readonly string[]): Promise<CandidateRecord[][]> {
    requireAuthenticated(caller);
    const ids = [...new Set(beneficiaryIds)].filter(
      (id) => isStaff(caller) || (caller.role === 'BENEFICIARY' && caller.beneficiaryId === id),
    );
    const where = isStaff(caller)
      ? { beneficiaryId: { $in: ids } }
      : { beneficiaryId: { $in: ids }, status: { $ne: CandidateStatus.SHORTLISTED } };
    const rows = ids.length ? await this.em.find(CandidateRecord, where, { orderBy: { createdAt: 'asc', id: 'asc' } }) : [];
    await auditPersonalDataRead(this.em, caller, {
      beneficiaryIds: rows.map((c) => c.beneficiaryId),
      action: 'READ',
      detail: 'candidacies',
    });
    return groupByKeys(beneficiaryIds, rows, (c) => c.beneficiaryId);
  }

  async listForVacancy(caller: Caller, vacancyId: string): Promise<CandidateRecord[]> {
    await accessibleVacancy(this.em, caller, vacancyId);
    const [rows] = await this.forVacancies(caller, [vacancyId]);
    return rows ?? [];
  }

  /** Staff: SHORTLISTED (staff-only) or straight to PROPOSED (the company sees it). */
  async add(
    caller: Caller,
    input: ProposeCandidateInput,
    status: CandidateStatus.SHORTLISTED | CandidateStatus.PROPOSED,
  ): Promise<CandidateRecord> {
    requireStaff(caller);
    const note = input.note?.trim() || null;
    if (note && note.length > 2000) throw badInput('note', 'NOTE_TOO_LONG');
    return this.em.transactional(async (tx) => {
      const vacancy = await tx.findOne(Vacancy, { id: input.vacancyId });
      if (!vacancy) throw badInput('vacancyId', 'UNKNOWN_VACANCY');
      if (vacancy.status !== VacancyStatus.OPEN)
        throw badInput('vacancyId', 'VACANCY_NOT_OPEN_FOR_CANDIDATES', { vacancyStatus: vacancy.status });
      const profile = await tx.findOne(MatchingProfile, { beneficiaryId: input.beneficiaryId });
      if (!profile || profile.erased) throw badInput('beneficiaryId', 'UNKNOWN_PERSON_PROFILE');
      const existing = await tx.findOne(CandidateRecord, { vacancy: vacancy.id, beneficiaryId: input.beneficiaryId });
      if (existing && !(existing.status === CandidateStatus.SHORTLISTED && status === CandidateStatus.PROPOSED)) {
        throw new DomainError('ALREADY_CANDIDATE', { candidateStatus: existing.status }, 'beneficiaryId', {
          existingId: existing.id,
        });
      }
      const now = new Date();
      const candidate =
        existing ??
        tx.create(CandidateRecord, {
          id: randomUUID(),
          vacancy,
          beneficiaryId: input.beneficiaryId,
          status,
          score: await new MatchingService(tx).scoreOf(vacancy, input.beneficiaryId),
          reasonCode: null,
          reasonNote: null,
          staffNote: note,
          proposedAt: null,
          createdAt: now,
          updatedAt: now,
        });
      const from = existing ? existing.status : null;
      tx.assign(candidate, {
        status,
        updatedAt: now,
        ...(status === CandidateStatus.PROPOSED ? { proposedAt: now } : {}),
        ...(existing && note ? { staffNote: note } : {}),
      });
      await tx.flush();
      if (status === CandidateStatus.PROPOSED) {
        const proposed: CandidateProposedPayload = {
          candidateId: candidate.id,
          vacancyId: vacancy.id,
          companyId: vacancy.company.id,
          beneficiaryId: candidate.beneficiaryId,
          score: candidate.score,
        };
        await publishCompaniesEvent(tx, 'CandidateProposed', { type: 'Candidate', id: candidate.id }, proposed, caller.userId ?? null);
      }
      await this.publishChange(tx, caller, candidate, vacancy, from);
      return candidate;
    });
  }

  async changeStatus(caller: Caller, input: ChangeCandidateStatusInput): Promise<CandidateRecord> {
    requireAuthenticated(caller);
    return this.em.transactional(async (tx) => {
      const candidate = await tx.findOne(CandidateRecord, { id: input.candidateId }, { populate: ['vacancy'] });
      const ownsIt =
        candidate &&
        caller.role === 'COMPANY' &&
        candidate.vacancy.company.id === caller.companyId &&
        candidate.status !== CandidateStatus.SHORTLISTED;
      if (!isStaff(caller) && !ownsIt) throw forbidden('NOT_YOUR_CANDIDATE');
      if (!candidate) throw notFound('CANDIDATE_NOT_FOUND');
      const check = checkCandidateTransition(caller.role, candidate.status, input.status);
      if (!check.ok) throw new DomainError(check.reason, { from: check.from, to: check.to }, 'status');
      const note = input.reasonNote?.trim() || null;
      if (note && note.length > 2000) throw badInput('reasonNote', 'NOTE_TOO_LONG');
      const needsReason = NEEDS_REASON.includes(input.status);
      if (needsReason && !input.reasonCode) throw badInput('reasonCode', 'REJECTION_REASON_REQUIRED');
      if (!needsReason && input.reasonCode) throw badInput('reasonCode', 'REASON_ONLY_FOR_REJECTIONS');
      if (input.reasonCode === CandidateOutcomeReason.OTHER && !note) throw badInput('reasonNote', 'REASON_NOTE_REQUIRED');
      if (input.status === CandidateStatus.PROPOSED && candidate.vacancy.status !== VacancyStatus.OPEN)
        throw badInput('status', 'VACANCY_NOT_OPEN');
      if (input.status === CandidateStatus.CV_SENT) {
        const profile = await tx.findOne(MatchingProfile, { beneficiaryId: candidate.beneficiaryId });
        if (!profile?.cvShareConsent) throw badInput('status', 'CV_NOT_SHARED');
      }
      const from = candidate.status;
      const now = new Date();
      tx.assign(candidate, {
        status: input.status,
        reasonCode: input.reasonCode ?? null,
        reasonNote: needsReason ? note : candidate.reasonNote,
        updatedAt: now,
        ...(input.status === CandidateStatus.PROPOSED ? { proposedAt: now } : {}),
      });
      await tx.flush();
      if (input.status === CandidateStatus.PROPOSED) {
        const proposed: CandidateProposedPayload = {
          candidateId: candidate.id,
          vacancyId: candidate.vacancy.id,
          companyId: candidate.vacancy.company.id,
          beneficiaryId: candidate.beneficiaryId,
          score: candidate.score,
        };
        await publishCompaniesEvent(tx, 'CandidateProposed', { type: 'Candidate', id: candidate.id }, proposed, caller.userId ?? null);
      }
      await this.publishChange(tx, caller, candidate, candidate.vacancy, from);
      if (input.status === CandidateStatus.HIRED) await this.fillWhenComplete(tx, caller, candidate.vacancy);
      return candidate;
    });
  }

  /** An OPEN vacancy becomes FILLED when its hires reach the openings. */
  private async fillWhenComplete(tx: EntityManager, caller: Caller, vacancy: Vacancy): Promise<void> {
    if (vacancy.status !== VacancyStatus.OPEN) return;
    const hired = await tx.count(CandidateRecord, { vacancy: vacancy.id, status: CandidateStatus.HIRED });
    if (hired < vacancy.openings) return;
    tx.assign(vacancy, { status: VacancyStatus.FILLED, updatedAt: new Date() });
    await tx.flush();
    const payload: VacancyChangedPayload = {
      vacancyId: vacancy.id,
      companyId: vacancy.company.id,
      title: vacancy.title,
      municipalityCode: vacancy.municipalityCode,
      openings: vacancy.openings,
      status: vacancy.status,
      previousStatus: VacancyStatus.OPEN,
      changedFields: ['status'],
    };
    await publishCompaniesEvent(tx, 'VacancyChanged', { type: 'Vacancy', id: vacancy.id }, payload, caller.userId ?? null);
  }

  private publishChange(
    tx: EntityManager,
    caller: Caller,
    c: CandidateRecord,
    vacancy: Vacancy,
    from: CandidateStatus | null,
  ): Promise<void> {
    const payload: CandidateStatusChangedPayload = {
      candidateId: c.id,
      vacancyId: vacancy.id,
      companyId: vacancy.company.id,
      beneficiaryId: c.beneficiaryId,
      from,
      to: c.status,
      reason: c.reasonNote,
      reasonCode: c.reasonCode,
    };
    return publishCompaniesEvent(tx, 'CandidateStatusChanged', { type: 'Candidate', id: c.id }, payload, caller.userId ?? null);
  }
}
