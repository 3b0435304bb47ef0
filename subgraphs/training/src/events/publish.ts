import type { EntityManager } from '@mikro-orm/postgresql';
import type { EnrolmentChangedPayload } from '@ixl/contracts';
import { eventPublisher } from '@ixl/subgraph-kit';
import type { Enrolment } from '../entities/enrolment.entity.js';

/** Publishes a training event (typed by `TrainingEvents` in @ixl/contracts) inside the transaction of the change. */
export const publishTrainingEvent = eventPublisher('training');

/** EnrolmentChanged with the enrolment's current status and outcome. */
export function publishEnrolmentChanged(
  tx: EntityManager,
  e: Enrolment,
  actorId: string | null,
  decision?: { previousStatus: EnrolmentChangedPayload['previousStatus']; trainingBodyName: string },
): Promise<void> {
  const payload: EnrolmentChangedPayload = {
    enrolmentId: e.id,
    editionId: e.edition.id,
    trainingBodyId: e.edition.trainingBody.id,
    beneficiaryId: e.beneficiaryId,
    status: e.status,
    outcome: e.outcome,
    qualificationObtained: e.qualificationObtained,
    ...(decision
      ? {
          previousStatus: decision.previousStatus,
          editionTitle: e.edition.title,
          editionStartDate: e.edition.startDate,
          trainingBodyName: decision.trainingBodyName,
          decisionReason: e.decisionReason,
        }
      : {}),
  };
  return publishTrainingEvent(tx, 'EnrolmentChanged', { type: 'Enrolment', id: e.id }, payload, actorId);
}
