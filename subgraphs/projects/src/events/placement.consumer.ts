import { COMPANIES_EVENTS, type PlacementRecordedPayload } from '@ixl/contracts';
import type { SubscriptionSpec } from '@ixl/events';
import { PlacementRef } from '../entities/placement-ref.entity.js';

/** Placements recorded by `companies`: kept so project outcomes (jobs, stages) link to real placements. Idempotent upsert. */
export const placementConsumer: SubscriptionSpec = {
  consumer: 'projects.placements',
  source: 'companies',
  handlers: {
    [COMPANIES_EVENTS.PlacementRecorded]: async (event, em) => {
      const p = event.payload as unknown as PlacementRecordedPayload;
      await em.upsert(PlacementRef, {
        id: p.placementId,
        beneficiaryId: p.beneficiaryId,
        companyId: p.companyId,
        type: p.type,
        startDate: p.startDate.slice(0, 10),
      });
    },
  },
};
