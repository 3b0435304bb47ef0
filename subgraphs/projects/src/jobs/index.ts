import type { ScheduledJob } from '@ixl/subgraph-kit';

/** The periodic jobs of `projects` (none yet: add one file per job here, as `finance` and `training` do). */
export const projectsJobs: ScheduledJob[] = [];
