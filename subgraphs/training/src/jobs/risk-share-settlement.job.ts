import { isoDateInRome } from '@ixl/calendar';
import type { ScheduledJob } from '@ixl/subgraph-kit';
import { RiskShareService } from '../services/risk-share.service.js';

/** Settles every edition whose risk-share window has closed (once per edition; idempotent). */
export const riskShareSettlementJob: ScheduledJob = {
  name: 'settle-due-risk-shares',
  everyMs: 60 * 60_000,
  run: async (em, now) => {
    await new RiskShareService(em).settleDue(isoDateInRome(now), null);
  },
};
