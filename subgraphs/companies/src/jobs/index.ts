import type { ScheduledJob } from '@ixl/subgraph-kit';

/** The periodic jobs of `companies` (none yet: add one file per job here, as `finance` and `training` do). */
export const companiesJobs: ScheduledJob[] = [];
