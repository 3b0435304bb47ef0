import type { SubscriptionSpec } from '@ixl/events';
import type { InterviewInvitedPayload } from '@ixl/contracts';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { Notifier } from '../services/notifier.service.js';

/**
 * `companies` invited a person to a job interview: the person gets the day, time (Europe/Rome) and place or link
 * by mail, once per invitation time (a rescheduled interview is mailed again); erased people get nothing.
 */
export function jobInterviewConsumer(publicUrl?: string): SubscriptionSpec {
  return {
    consumer: 'people.job-interviews',
    source: 'companies',
    handlers: {
      async InterviewInvited(event, em) {
        const p = event.payload as unknown as InterviewInvitedPayload;
        if (!p.beneficiaryId || !p.at) return;
        const b = await em.findOne(Beneficiary, { id: p.beneficiaryId });
        if (!b || b.erasedAt) return;
        await new Notifier(publicUrl).jobInterviewInvitation(em, b, p);
      },
    },
  };
}
