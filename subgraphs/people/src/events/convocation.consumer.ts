import type { SubscriptionSpec } from '@ixl/events';
import type { CommitteeConvenedPayload } from '@ixl/contracts';
import { UserAccount } from '../entities/user-account.entity.js';
import { Notifier } from '../services/notifier.service.js';

/** `projects` convened a committee session: each member (a user account here) gets the convocation once. */
export function convocationConsumer(publicUrl?: string): SubscriptionSpec {
  return {
    consumer: 'people.convocations',
    source: 'projects',
    handlers: {
      async CommitteeConvened(event, em) {
        const p = event.payload as unknown as CommitteeConvenedPayload;
        if (!p.memberUserIds?.length) return;
        const members = await em.find(UserAccount, { id: { $in: p.memberUserIds }, disabled: false });
        const notifier = new Notifier(publicUrl);
        for (const m of members) await notifier.committeeConvocation(em, m, p);
      },
    },
  };
}
