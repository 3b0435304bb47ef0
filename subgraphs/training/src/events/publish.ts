import type { EntityManager } from '@mikro-orm/postgresql';
import { publishEvent } from '@ixl/events';
import { TRAINING_EVENTS, type AttendanceUploadedPayload, type EditionKpisChangedPayload, type EnrolmentChangedPayload, type RiskShareSettledPayload } from '@ixl/contracts';
import type { Enrolment } from '../entities/enrolment.entity.js';

/** Typed publishers of the training events (call inside the transaction of the change). */
export const trainingEvents = {
  attendanceUploaded: (em: EntityManager, p: AttendanceUploadedPayload, actorId: string | null) =>
    publishEvent(em, 'training', { type: TRAINING_EVENTS.AttendanceUploaded, aggregateType: 'CourseEdition', aggregateId: p.editionId, payload: { ...p }, actorId }),
  kpisChanged: (em: EntityManager, p: EditionKpisChangedPayload, actorId: string | null) =>
    publishEvent(em, 'training', { type: TRAINING_EVENTS.EditionKpisChanged, aggregateType: 'CourseEdition', aggregateId: p.editionId, payload: { ...p }, actorId }),
  riskShareSettled: (em: EntityManager, p: RiskShareSettledPayload, actorId: string | null) =>
    publishEvent(em, 'training', { type: TRAINING_EVENTS.RiskShareSettled, aggregateType: 'CourseEdition', aggregateId: p.editionId, payload: { ...p }, actorId }),
  enrolmentChanged: (em: EntityManager, e: Enrolment, actorId: string | null) => {
    const payload: EnrolmentChangedPayload = {
      enrolmentId: e.id,
      editionId: e.edition.id,
      trainingBodyId: e.edition.trainingBody.id,
      beneficiaryId: e.beneficiaryId,
      status: e.status,
      outcome: e.outcome,
      qualificationObtained: e.qualificationObtained,
    };
    return publishEvent(em, 'training', { type: TRAINING_EVENTS.EnrolmentChanged, aggregateType: 'Enrolment', aggregateId: e.id, payload: { ...payload }, actorId });
  },
};
