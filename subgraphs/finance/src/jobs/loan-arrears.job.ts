import { isoDateInRome } from '@ixl/calendar';
import type { ScheduledJob } from '@ixl/subgraph-kit';
import { assessArrears } from '../services/loan-lifecycle.service.js';

/** Flags loans past due (LoanInArrears once per episode), as staff would with assessLoanArrears. */
export const loanArrearsJob: ScheduledJob = {
  name: 'assess-loan-arrears',
  // Hourly, at 5 past, Bologna time (a repayment recorded late in the day is seen within the hour).
  cron: '5 * * * *',
  run: async (em, now) => {
    await assessArrears(em, isoDateInRome(now), null);
  },
};
