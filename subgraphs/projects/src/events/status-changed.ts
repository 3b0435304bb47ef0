import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { publishProjectsEvent } from './publish.js';
import type { ProjectStatusChangedPayload } from '@ixl/contracts';
import { SubjectKind } from '../entities/enums.js';
import { StatusChange } from '../entities/status-change.entity.js';
import { Project } from '../entities/project.entity.js';
import { Call } from '../entities/call.entity.js';

const kindName = (k: SubjectKind) =>
  (k === SubjectKind.PROJECT ? 'SOCIAL_INNOVATION' : 'SELF_EMPLOYMENT') as ProjectStatusChangedPayload['projectKind'];

/**
 * Writes the history row of a step and publishes `ProjectStatusChanged` in the caller's transaction
 * (call inside `em.transactional`).
 */
export async function recordStep(
  tx: EntityManager,
  step: {
    subjectKind: SubjectKind;
    subjectId: string;
    from: string | null;
    to: string;
    reason: string | null;
    on: string;
    actorId: string | null;
  },
): Promise<StatusChange> {
  const row = tx.create(StatusChange, {
    id: randomUUID(),
    subjectKind: step.subjectKind,
    subjectId: step.subjectId,
    fromStatus: step.from,
    toStatus: step.to,
    reason: step.reason,
    on: step.on,
    at: new Date(),
    actorId: step.actorId,
  });
  tx.persist(row);
  await tx.flush();
  const payload: ProjectStatusChangedPayload = {
    projectId: step.subjectId,
    projectKind: kindName(step.subjectKind),
    from: step.from,
    to: step.to,
    reason: step.reason,
    on: step.on,
  };
  if (step.subjectKind === SubjectKind.PROJECT) {
    // Which call and applicant: `finance` ties intermediary grants to a real LABOUR_INTERMEDIARIES project.
    const project = await tx.findOne(Project, { id: step.subjectId });
    const call = project?.callId ? await tx.findOne(Call, { id: project.callId }) : null;
    payload.organisationKind = project?.organisationKind ?? null;
    payload.callKind = call?.kind ?? null;
  }
  await publishProjectsEvent(
    tx,
    'ProjectStatusChanged',
    { type: step.subjectKind === SubjectKind.PROJECT ? 'Project' : 'SelfEmploymentPath', id: step.subjectId },
    payload,
    step.actorId,
  );
  return row;
}

/** The step a path in stand-by left (it resumes there), from its history; null when unknown. */
export async function stepBeforeStandBy<S extends string>(em: EntityManager, subjectId: string, standBy: S): Promise<S | null> {
  const last = await em.findOne(StatusChange, { subjectId, toStatus: standBy }, { orderBy: { at: 'desc' } });
  return (last?.fromStatus as S | undefined) ?? null;
}

export { kindName as projectKindName };
