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
    if (!description) throw badInput('description', 'Describe the outcome');
    const project = await this.em.findOne(Project, { id: input.projectId });
    if (!project) throw notFound('Project');
    if (NOT_YET.has(project.status))
      throw new DomainError('ILLEGAL_TRANSITION', 'Outcomes are recorded for projects that entered the path', 'projectId');
    if (OBLIGATIONS.has(input.kind) && project.status !== ProjectStatus.FUNDED && project.status !== ProjectStatus.MONITORING)
      throw new DomainError('ILLEGAL_TRANSITION', 'Obligations concern funded projects', 'kind');
    if (input.placementId && input.kind !== OutcomeKind.JOB && input.kind !== OutcomeKind.STAGE)
      throw badInput('placementId', 'Only jobs and stages link to a placement');
    let beneficiaryId = input.beneficiaryId ?? null;
    if (input.placementId) {
      const placement = await this.em.findOne(PlacementRef, { id: input.placementId });
      if (!placement) throw badInput('placementId', 'Unknown placement');
      if ((placement.type === 'STAGE') !== (input.kind === OutcomeKind.STAGE))
        throw badInput('placementId', `That placement is a ${placement.type}, not a ${input.kind}`);
      if (beneficiaryId && beneficiaryId !== placement.beneficiaryId) throw badInput('beneficiaryId', 'The placement is of another person');
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
