import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { DomainError, badInput, notFound, requireStaff, requireIsoDate } from '@ixl/subgraph-kit';
import { OutcomeKind } from '../entities/enums.js';
import { Project, ProjectStatus } from '../entities/project.entity.js';
import { ProjectOutcome } from '../entities/project-outcome.entity.js';
import { PlacementRef } from '../entities/placement-ref.entity.js';

const NOT_YET = new Set([ProjectStatus.SUBMITTED, ProjectStatus.PRE_SELECTION, ProjectStatus.REJECTED]);
const OBLIGATIONS = new Set([
  OutcomeKind.CHANGE_REPORTED,
  OutcomeKind.TESTIMONIAL,
  OutcomeKind.LOGO_USE,
  OutcomeKind.EVENT_SHARED,
  OutcomeKind.NETWORKING,
]);

/** Results (partnerships, stages, jobs) and obligations of funded projects. */
export class OutcomeService {
  constructor(private readonly em: EntityManager) {}

  async record(
    caller: Caller,
    input: {
      projectId: string;
      kind: OutcomeKind;
      description: string;
      on: string;
      placementId?: string | null;
      beneficiaryId?: string | null;
    },
  ): Promise<ProjectOutcome> {
    requireStaff(caller);
    const on = requireIsoDate('on', input.on);
    const description = input.description.trim();
    if (!description) throw badInput('description', 'OUTCOME_DESCRIPTION_REQUIRED');
    const project = await this.em.findOne(Project, { id: input.projectId });
    if (!project) throw notFound('PROJECT_NOT_FOUND');
    if (NOT_YET.has(project.status)) throw new DomainError('OUTCOMES_NEED_PATH', {}, 'projectId');
    if (OBLIGATIONS.has(input.kind) && project.status !== ProjectStatus.FUNDED && project.status !== ProjectStatus.MONITORING)
      throw new DomainError('OBLIGATIONS_NEED_FUNDING', {}, 'kind');
    if (input.placementId && input.kind !== OutcomeKind.JOB && input.kind !== OutcomeKind.STAGE)
      throw badInput('placementId', 'PLACEMENT_LINK_ONLY_JOBS');
    let beneficiaryId = input.beneficiaryId ?? null;
    if (input.placementId) {
      const placement = await this.em.findOne(PlacementRef, { id: input.placementId });
      if (!placement) throw badInput('placementId', 'UNKNOWN_PLACEMENT');
      if ((placement.type === 'STAGE') !== (input.kind === OutcomeKind.STAGE))
        throw badInput('placementId', 'PLACEMENT_KIND_MISMATCH', { placementType: placement.type, outcomeKind: input.kind });
      if (beneficiaryId && beneficiaryId !== placement.beneficiaryId) throw badInput('beneficiaryId', 'PLACEMENT_OTHER_PERSON');
      beneficiaryId = placement.beneficiaryId;
    }
    const row = this.em.create(ProjectOutcome, {
      id: randomUUID(),
      projectId: project.id,
      kind: input.kind,
      description,
      on,
      placementId: input.placementId ?? null,
      beneficiaryId,
    });
    await this.em.persist(row).flush();
    return row;
  }
}
