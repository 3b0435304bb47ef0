import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { DomainError, auditPersonalDataRead, badInput, isUuid, notFound, requireRole, requireStaff } from '@ixl/subgraph-kit';
import type { ConfirmHireInput, ConfirmPlacementDraftInput, PlacementDraftFilter } from '../dto/placement-draft.input.js';
import { CandidateRecord, CandidateStatus } from '../entities/candidate.entity.js';
import { Company } from '../entities/company.entity.js';
import { PlacementDraft, PlacementDraftStatus } from '../entities/placement-draft.entity.js';
import { ContractType, PlacementType, type Placement } from '../entities/placement.entity.js';
import { CandidateService } from './candidate.service.js';
import { PlacementService } from './placement.service.js';
import { validatePlacementInput } from './placement.rules.js';

const NO_COMPANY = '00000000-0000-0000-0000-000000000000';

/**
 * Rules of the hire details a company gives with "Conferma assunzione" (no I/O). A hire is an ASSUNZIONE
 * (docs/domain.md §2, "Kinds in 2020: assunzione … fixed-term (tempo determinato) … permanent"): a fixed-term
 * contract ends on a date, a permanent one has none; the weekly hours are part of the contract.
 */
export function validateHireDetails(input: Pick<ConfirmHireInput, 'contract' | 'startDate' | 'endDate' | 'hoursPerWeek'>): void {
  if (!Object.values(ContractType).includes(input.contract)) throw badInput('contract', 'CONTRACT_TYPE_REQUIRED');
  if (input.contract === ContractType.IN_PROPRIO) throw badInput('contract', 'HIRE_NOT_SELF_EMPLOYMENT');
  if (input.hoursPerWeek == null) throw badInput('hoursPerWeek', 'HOURS_PER_WEEK_REQUIRED');
  if (input.contract === ContractType.TEMPO_DETERMINATO && !input.endDate) throw badInput('endDate', 'FIXED_TERM_NEEDS_END');
  validatePlacementInput({
    beneficiaryId: NO_COMPANY,
    companyId: NO_COMPANY,
    type: PlacementType.ASSUNZIONE,
    contract: input.contract,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    hoursPerWeek: input.hoursPerWeek,
  });
}

/** Hire → placement hand-over: the company confirms the hire with its details, staff confirm the placement. */
export class PlacementDraftService {
  constructor(private readonly em: EntityManager) {}

  /** Company (own candidates) or staff: the candidate becomes HIRED and a placement draft is written, in one transaction. */
  async confirmHire(caller: Caller, input: ConfirmHireInput): Promise<PlacementDraft> {
    requireRole(caller, 'STAFF', 'ADMIN', 'COMPANY');
    if (!isUuid(input.candidateId)) throw badInput('candidateId', 'INVALID_ID', { field: 'candidateId' });
    return this.em.transactional(async (tx) => {
      // The status change checks ownership and the pipeline (only an INTERVIEW candidate can be hired) before the
      // details are checked; any refusal rolls the whole transaction back.
      const candidate: CandidateRecord = await new CandidateService(tx).changeStatus(caller, {
        candidateId: input.candidateId,
        status: CandidateStatus.HIRED,
      });
      validateHireDetails(input);
      if (await tx.findOne(PlacementDraft, { candidateId: candidate.id }))
        throw new DomainError('HIRE_ALREADY_CONFIRMED', {}, 'candidateId');
      const draft = tx.create(PlacementDraft, {
        id: randomUUID(),
        candidateId: candidate.id,
        beneficiaryId: candidate.beneficiaryId,
        company: tx.getReference(Company, candidate.vacancy.company.id),
        vacancyId: candidate.vacancy.id,
        type: PlacementType.ASSUNZIONE,
        contract: input.contract,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        hoursPerWeek: input.hoursPerWeek,
        status: PlacementDraftStatus.PENDING,
        placementId: null,
        createdAt: new Date(),
        confirmedAt: null,
      });
      await tx.flush();
      return draft;
    });
  }

  /** Drafts, newest first: staff all, a company its own; PENDING unless another status is asked. */
  async list(caller: Caller, filter: PlacementDraftFilter | null | undefined): Promise<PlacementDraft[]> {
    requireRole(caller, 'STAFF', 'ADMIN', 'COMPANY');
    const where: Record<string, unknown> = { status: filter?.status ?? PlacementDraftStatus.PENDING };
    if (!isStaff(caller)) where.company = caller.companyId ?? NO_COMPANY;
    const rows = await this.em.find(PlacementDraft, where, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: 500 });
    await auditPersonalDataRead(this.em, caller, {
      beneficiaryIds: rows.map((d) => d.beneficiaryId),
      action: 'LIST',
      detail: 'placementDrafts',
    });
    return rows;
  }

  /** Staff confirm a PENDING draft (with corrections): it is recorded as a placement (PlacementRecorded → people, training KPIs). */
  async confirm(caller: Caller, input: ConfirmPlacementDraftInput): Promise<Placement> {
    requireStaff(caller);
    if (!isUuid(input.draftId)) throw badInput('draftId', 'INVALID_ID', { field: 'draftId' });
    return this.em.transactional(async (tx) => {
      const draft = await tx.findOne(PlacementDraft, { id: input.draftId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!draft) throw notFound('PLACEMENT_DRAFT_NOT_FOUND');
      if (draft.status !== PlacementDraftStatus.PENDING) throw new DomainError('PLACEMENT_ALREADY_CONFIRMED', {}, 'draftId');
      const details = {
        contract: input.contract ?? draft.contract ?? ContractType.TEMPO_DETERMINATO,
        startDate: input.startDate ?? draft.startDate,
        endDate: input.endDate !== undefined ? input.endDate : draft.endDate,
        hoursPerWeek: input.hoursPerWeek ?? draft.hoursPerWeek ?? 0,
      };
      validateHireDetails(details);
      const placement = await new PlacementService(tx).record(caller, {
        beneficiaryId: draft.beneficiaryId,
        type: draft.type,
        companyId: draft.company.id,
        vacancyId: draft.vacancyId,
        ...details,
        notes: input.notes ?? null,
      });
      tx.assign(draft, { ...details, status: PlacementDraftStatus.CONFIRMED, placementId: placement.id, confirmedAt: new Date() });
      await tx.flush();
      return placement;
    });
  }
}
