import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import type { PlacementRecordedPayload } from '@ixl/contracts';
import { auditPersonalDataRead, badInput, byKeys, groupByKeys, requireAuthenticated, requireStaff } from '@ixl/subgraph-kit';
import type { RecordPlacementInput } from '../dto/placement.input.js';
import { Company } from '../entities/company.entity.js';
import { MatchingProfile } from '../entities/matching-profile.entity.js';
import { Placement } from '../entities/placement.entity.js';
import { Vacancy } from '../entities/vacancy.entity.js';
import { publishCompaniesEvent } from '../events/publish.js';
import { validateFollowUp, validatePlacementInput } from './placement.rules.js';

const NO_COMPANY = '00000000-0000-0000-0000-000000000000';

export class PlacementService {
  constructor(private readonly em: EntityManager) {}

  /** What the caller may see of placements: staff all, a person its own, a company those at itself. */
  private visibility(caller: Caller): Record<string, unknown> | null {
    if (isStaff(caller)) return {};
    if (caller.role === 'BENEFICIARY') return { beneficiaryId: caller.beneficiaryId ?? NO_COMPANY };
    if (caller.role === 'COMPANY') return { company: caller.companyId ?? NO_COMPANY };
    return null;
  }

  /** Placements per person, in one query; each caller sees only what it may (staff: all, a person: own, a company: at itself). */
  async forBeneficiaries(caller: Caller, beneficiaryIds: readonly string[]): Promise<Placement[][]> {
    requireAuthenticated(caller);
    const ids = [...new Set(beneficiaryIds)].filter(
      (id) => isStaff(caller) || (caller.role === 'BENEFICIARY' && caller.beneficiaryId === id) || caller.role === 'COMPANY',
    );
    const where: Record<string, unknown> = { beneficiaryId: { $in: ids } };
    if (caller.role === 'COMPANY') where.company = caller.companyId ?? NO_COMPANY;
    const rows = ids.length ? await this.em.find(Placement, where, { orderBy: { startDate: 'asc', id: 'asc' } }) : [];
    await auditPersonalDataRead(this.em, caller, {
      beneficiaryIds: rows.map((p) => p.beneficiaryId),
      action: 'READ',
      detail: 'beneficiaryPlacements',
    });
    return groupByKeys(beneficiaryIds, rows, (p) => p.beneficiaryId);
  }

  /** Placements by id (previous placement links), filtered by what the caller may see. */
  async byIds(caller: Caller, ids: readonly string[]): Promise<(Placement | null)[]> {
    requireAuthenticated(caller);
    const scope = this.visibility(caller);
    const rows = scope ? await this.em.find(Placement, { id: { $in: [...new Set(ids)] }, ...scope }) : [];
    await auditPersonalDataRead(this.em, caller, {
      beneficiaryIds: rows.map((p) => p.beneficiaryId),
      action: 'READ',
      detail: 'previousPlacement',
    });
    return byKeys(ids, rows, (p) => p.id);
  }

  /** Follow-ups (renewals, extensions, conversions) of each placement. */
  async followUpsOf(caller: Caller, ids: readonly string[]): Promise<Placement[][]> {
    requireAuthenticated(caller);
    const scope = this.visibility(caller);
    const rows = scope
      ? await this.em.find(
          Placement,
          { previousPlacementId: { $in: [...new Set(ids)] }, ...scope },
          { orderBy: { startDate: 'asc', id: 'asc' } },
        )
      : [];
    await auditPersonalDataRead(this.em, caller, {
      beneficiaryIds: rows.map((p) => p.beneficiaryId),
      action: 'READ',
      detail: 'placementFollowUps',
    });
    return groupByKeys(ids, rows, (p) => p.previousPlacementId ?? '');
  }

  /** Staff record a placement; `people` moves the person to PLACED on the PlacementRecorded event. */
  async record(caller: Caller, input: RecordPlacementInput): Promise<Placement> {
    requireStaff(caller);
    validatePlacementInput(input);
    return this.em.transactional(async (tx) => {
      const profile = await tx.findOne(MatchingProfile, { beneficiaryId: input.beneficiaryId });
      if (!profile || profile.erased) throw badInput('beneficiaryId', 'UNKNOWN_PERSON_NO_PROFILE');
      const company = input.companyId ? await tx.findOne(Company, { id: input.companyId }) : null;
      if (input.companyId && !company) throw badInput('companyId', 'UNKNOWN_COMPANY');
      if (input.vacancyId) {
        const vacancy = await tx.findOne(Vacancy, { id: input.vacancyId });
        if (!vacancy) throw badInput('vacancyId', 'UNKNOWN_VACANCY');
        if (vacancy.company.id !== input.companyId) throw badInput('vacancyId', 'VACANCY_OF_OTHER_COMPANY');
      }
      if (input.previousPlacementId) {
        const previous = await tx.findOne(Placement, { id: input.previousPlacementId });
        if (!previous) throw badInput('previousPlacementId', 'UNKNOWN_PREVIOUS_PLACEMENT');
        validateFollowUp(input, {
          beneficiaryId: previous.beneficiaryId,
          type: previous.type,
          companyId: previous.company?.id ?? null,
          startDate: previous.startDate,
        });
      }
      const p = tx.create(Placement, {
        id: randomUUID(),
        beneficiaryId: input.beneficiaryId,
        company,
        type: input.type,
        contract: input.contract ?? null,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        hoursPerWeek: input.hoursPerWeek ?? null,
        vacancyId: input.vacancyId ?? null,
        sourceEditionId: input.sourceEditionId ?? null,
        previousPlacementId: input.previousPlacementId ?? null,
        followUp: input.followUp ?? null,
        notes: input.notes?.trim() || null,
        createdAt: new Date(),
      });
      await tx.flush();
      const payload: PlacementRecordedPayload = {
        placementId: p.id,
        beneficiaryId: p.beneficiaryId,
        companyId: company?.id ?? null,
        vacancyId: p.vacancyId,
        sourceEditionId: p.sourceEditionId,
        previousPlacementId: p.previousPlacementId,
        followUp: p.followUp,
        type: p.type,
        contract: p.contract,
        startDate: p.startDate,
        endDate: p.endDate,
        hoursPerWeek: p.hoursPerWeek,
      };
      await publishCompaniesEvent(tx, 'PlacementRecorded', { type: 'Placement', id: p.id }, payload, caller.userId ?? null);
      return p;
    });
  }
}
