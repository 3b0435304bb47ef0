import type { SubscriptionSpec } from '@ixl/events';
import { TRAINING_EVENTS, type RiskShareSettlementAdjustedPayload } from '@ixl/contracts';
import { UserAccount } from '../entities/user-account.entity.js';
import { Notifier } from '../services/notifier.service.js';

/**
 * `training` adjusted a risk-share settlement after a late placement: the training body's accounts and the
 * staff (operators and administrators) get a mail once per revision.
 */
export function riskShareAdjustedConsumer(publicUrl?: string): SubscriptionSpec {
  return {
    consumer: 'people.risk-share',
    source: 'training',
    handlers: {
      async [TRAINING_EVENTS.RiskShareSettlementAdjusted](event, em) {
        const p = event.payload as unknown as RiskShareSettlementAdjustedPayload;
        const recipients = await em.find(
          UserAccount,
          { disabled: false, $or: [{ role: 'TRAINING_BODY', trainingBodyId: p.trainingBodyId }, { role: { $in: ['STAFF', 'ADMIN'] } }] },
          { orderBy: { id: 'asc' } },
        );
        const notifier = new Notifier(publicUrl);
        for (const r of recipients) await notifier.riskShareAdjusted(em, r, p);
      },
    },
  };
}
