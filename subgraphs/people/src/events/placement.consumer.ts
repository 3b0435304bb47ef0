import type { SubscriptionSpec } from '@ixl/events';
import type { PlacementRecordedPayload } from '@ixl/contracts';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { ReceivedPlacement } from '../entities/received-placement.entity.js';
import { placementMoves } from '../services/lifecycle.rules.js';
import { SYSTEM_ACTOR } from '../services/actor.js';
import { moveTo } from '../services/lifecycle.service.js';

/**
 * `companies` recorded a placement: the person moves to PLACED (history entry by 'system').
 * Idempotent: a placement id already received changes nothing.
 */
export const placementConsumer: SubscriptionSpec = {
  consumer: 'people.placements',
  source: 'companies',
  handlers: {
    async PlacementRecorded(event, em) {
      const p = event.payload as unknown as PlacementRecordedPayload;
      if (!p.placementId || !p.beneficiaryId) return;
      if (await em.findOne(ReceivedPlacement, { placementId: p.placementId })) return;
      em.persist(
        em.create(ReceivedPlacement, {
          placementId: p.placementId,
          beneficiaryId: p.beneficiaryId,
          type: p.type,
          startDate: p.startDate,
          receivedAt: new Date(),
        }),
      );
      const b = await em.findOne(Beneficiary, { id: p.beneficiaryId });
      if (b && placementMoves(b.status)) {
        if (b.status === BeneficiaryStatus.FUORI_PROTOCOLLO) {
          b.fuoriProtocolloReason = null;
          b.statusBeforeFuoriProtocollo = null;
        }
        await moveTo(em, b, BeneficiaryStatus.PLACED, SYSTEM_ACTOR, {
          reason: `Placement ${p.type} from ${p.startDate} (${p.placementId})`,
          force: true,
        });
      }
      await em.flush();
    },
  },
};
