import type { ScheduledJob } from '@ixl/subgraph-kit';
import { loanArrearsJob } from './loan-arrears.job.js';

/** The periodic jobs of `finance` (one replica at a time runs each). */
export const financeJobs: ScheduledJob[] = [loanArrearsJob];
