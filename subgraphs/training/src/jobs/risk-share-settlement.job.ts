import { isoDateInRome } from '@ixl/calendar';
import type { ScheduledJob } from '@ixl/subgraph-kit';
import { RiskShareService } from '../services/risk-share.service.js';

/** Settles every edition whose risk-share window has closed (once per edition; idempotent). */
export const riskShareSettlementJob: ScheduledJob = {
  name: 'settle-due-risk-shares',
  // Hourly, at 10 past, Bologna time (a window closes at the end of a Bologna day).
  cron: '10 * * * *',
  run: async (em, now) => {
    await new RiskShareService(em).settleDue(isoDateInRome(now), null);
  },
};
