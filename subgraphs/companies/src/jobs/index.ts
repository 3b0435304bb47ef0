import type { ScheduledJob } from '@ixl/subgraph-kit';

/** The periodic jobs of `companies` (the history import's resume job comes with withHistoryImport). */
export const companiesJobs: ScheduledJob[] = [];
