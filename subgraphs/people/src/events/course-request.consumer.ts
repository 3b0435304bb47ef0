import type { SubscriptionSpec } from '@ixl/events';
import { TRAINING_EVENTS, type EnrolmentChangedPayload } from '@ixl/contracts';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { Notifier } from '../services/notifier.service.js';

/**
 * `training` decided a person's course request (REQUESTED → ENROLLED or REJECTED): the person gets a mail
 * once (dedupe key per enrolment and outcome); the portal shows the same from the enrolment itself.
 */
export function courseRequestConsumer(publicUrl?: string): SubscriptionSpec {
  return {
    consumer: 'people.course-requests',
    source: 'training',
    handlers: {
      async [TRAINING_EVENTS.EnrolmentChanged](event, em) {
        const p = event.payload as unknown as EnrolmentChangedPayload;
        if (p.previousStatus !== 'REQUESTED' || (p.status !== 'ENROLLED' && p.status !== 'REJECTED')) return;
        const b = await em.findOne(Beneficiary, { id: p.beneficiaryId });
        if (!b || b.erasedAt || b.consentWithdrawnAt) return;
        await new Notifier(publicUrl).courseRequestDecided(em, b, {
          enrolmentId: p.enrolmentId,
          accepted: p.status === 'ENROLLED',
          title: p.editionTitle ?? 'corso',
          body: p.trainingBodyName ?? 'l’ente di formazione',
          startDate: p.editionStartDate ?? null,
          reason: p.decisionReason ?? null,
        });
      },
    },
  };
}
