import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { DomainError, groupByKeys, requireAuthenticated } from '@ixl/subgraph-kit';
import { CourseEdition } from '../entities/course-edition.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';

export class TrainingService {
  constructor(private readonly em: EntityManager) {}

  /** Staff see every edition; a training body sees its own. */
  async editions(caller: Caller): Promise<CourseEdition[]> {
    requireAuthenticated(caller);
    if (isStaff(caller)) return this.em.find(CourseEdition, {}, { orderBy: { startDate: 'desc' } });
    if (caller.role === 'TRAINING_BODY' && caller.trainingBodyId) return this.em.find(CourseEdition, { trainingBody: caller.trainingBodyId }, { orderBy: { startDate: 'desc' } });
    throw new DomainError('FORBIDDEN', 'You are not allowed to list course editions');
  }

  /** Enrolments per person in one query: staff all, a person its own, a training body those in its editions. */
  async enrolmentsFor(caller: Caller, beneficiaryIds: readonly string[]): Promise<Enrolment[][]> {
    requireAuthenticated(caller);
    const ids = [...new Set(beneficiaryIds)].filter((id) => isStaff(caller) || caller.role === 'TRAINING_BODY' || (caller.role === 'BENEFICIARY' && caller.beneficiaryId === id));
    const where: Record<string, unknown> = { beneficiaryId: { $in: ids } };
    if (caller.role === 'TRAINING_BODY') where.edition = { trainingBody: caller.trainingBodyId ?? '00000000-0000-0000-0000-000000000000' };
    const rows = ids.length ? await this.em.find(Enrolment, where, { orderBy: { enrolledAt: 'asc' } }) : [];
    return groupByKeys(beneficiaryIds, rows, (e) => e.beneficiaryId);
  }
}
