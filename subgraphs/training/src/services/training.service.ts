import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { DomainError, auditPersonalDataRead, byKeys, groupByKeys, requireAuthenticated } from '@ixl/subgraph-kit';
import { CourseEdition } from '../entities/course-edition.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingBody } from '../entities/training-body.entity.js';
import { CourseEditionStatus } from '../entities/enums.js';
import { canSeeEdition, isUuid } from './edition-access.js';
import { notOfferable } from './enrolment.service.js';
import { todayInRome } from '@ixl/calendar';

export class TrainingService {
  constructor(private readonly em: EntityManager) {}

  /** Staff see every edition; a training body its own; beneficiaries the catalogue (active and completed). */
  async editions(caller: Caller): Promise<CourseEdition[]> {
    requireAuthenticated(caller);
    if (isStaff(caller)) return this.em.find(CourseEdition, {}, { orderBy: { startDate: 'desc' } });
    if (caller.role === 'TRAINING_BODY' && caller.trainingBodyId)
      return this.em.find(CourseEdition, { trainingBody: caller.trainingBodyId }, { orderBy: { startDate: 'desc' } });
    if (caller.role === 'BENEFICIARY') {
      // Only what the person can still ask for: active, not ended, with a free seat (past or full editions are not offered).
      const today = todayInRome();
      const active = await this.em.find(
        CourseEdition,
        { status: CourseEditionStatus.ACTIVE, endDate: { $gte: today } },
        { orderBy: { startDate: 'asc' } },
      );
      const taken = new Map(
        (
          await this.em.execute<{ edition_id: string; n: number }[]>(
            `select "edition_id", count(*)::int as n from "training"."enrolment" where "status" = 'ENROLLED' and "edition_id" = any(?::uuid[]) group by "edition_id"`,
            [`{${active.map((e) => e.id).join(',')}}`],
          )
        ).map((r) => [r.edition_id, r.n]),
      );
      return active.filter((e) => !notOfferable(e, taken.get(e.id) ?? 0, today));
    }
    throw new DomainError('EDITION_LIST_FORBIDDEN', {});
  }

  /** Editions by id, each null unless the caller may see it (reference resolver and `courseEdition`). */
  async editionsByIds(caller: Caller, ids: readonly string[]): Promise<(CourseEdition | null)[]> {
    const valid = [...new Set(ids)].filter(isUuid);
    const rows = valid.length ? await this.em.find(CourseEdition, { id: { $in: valid } }) : [];
    return byKeys(
      ids,
      rows.filter((e) => canSeeEdition(caller, e)),
      (e) => e.id,
    );
  }

  async trainingBodies(caller: Caller): Promise<TrainingBody[]> {
    requireAuthenticated(caller);
    if (isStaff(caller)) return this.em.find(TrainingBody, {}, { orderBy: { name: 'asc' } });
    if (caller.role === 'TRAINING_BODY' && caller.trainingBodyId) return this.em.find(TrainingBody, { id: caller.trainingBodyId });
    throw new DomainError('TRAINING_BODY_LIST_FORBIDDEN', {});
  }

  /** Enrolments per person in one query: staff all, a person its own, a training body those in its editions. */
  async enrolmentsFor(caller: Caller, beneficiaryIds: readonly string[]): Promise<Enrolment[][]> {
    requireAuthenticated(caller);
    const ids = [...new Set(beneficiaryIds)].filter(
      (id) => isStaff(caller) || caller.role === 'TRAINING_BODY' || (caller.role === 'BENEFICIARY' && caller.beneficiaryId === id),
    );
    const where: Record<string, unknown> = { beneficiaryId: { $in: ids } };
    if (caller.role === 'TRAINING_BODY') where.edition = { trainingBody: caller.trainingBodyId ?? '00000000-0000-0000-0000-000000000000' };
    const rows = ids.length ? await this.em.find(Enrolment, where, { orderBy: { enrolledAt: 'asc' } }) : [];
    await auditPersonalDataRead(this.em, caller, {
      beneficiaryIds: rows.map((e) => e.beneficiaryId),
      action: 'READ',
      detail: 'beneficiaryEnrolments',
    });
    return groupByKeys(beneficiaryIds, rows, (e) => e.beneficiaryId);
  }

  /**
   * Enrolments of editions (the caller's right to manage each edition is checked by the resolver); with
   * `caller`, the read of the participants (and their attendance and outcomes) is audited once per batch.
   */
  async enrolmentsOfEditions(editionIds: readonly string[], caller?: Caller): Promise<Enrolment[][]> {
    const rows = await this.em.find(
      Enrolment,
      { edition: { $in: [...new Set(editionIds)] } },
      { orderBy: { participantName: 'asc', enrolledAt: 'asc' } },
    );
    if (caller)
      await auditPersonalDataRead(this.em, caller, {
        beneficiaryIds: rows.map((e) => e.beneficiaryId),
        action: 'LIST',
        detail: 'editionEnrolments',
      });
    return groupByKeys(editionIds, rows, (e) => e.edition.id);
  }
}
