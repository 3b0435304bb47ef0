import type { ScheduledJob } from '@ixl/subgraph-kit';
import { interviewDueJob } from './interview-due.job.js';
import { retentionJob } from './retention.job.js';

/** The periodic jobs of `people` (one replica at a time runs each). */
export const peopleJobs = (): ScheduledJob[] => [retentionJob(), interviewDueJob];
