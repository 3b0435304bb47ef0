import type { ScheduledJob, SubgraphConfig } from '@ixl/subgraph-kit';
import { interviewDueJob } from './interview-due.job.js';
import { retentionJob } from './retention.job.js';

/** The periodic jobs of `people` (one replica at a time runs each); retention after IXL_RETENTION_MONTHS. */
export const peopleJobs = (config: SubgraphConfig): ScheduledJob[] => [retentionJob(config.people.retentionMonths), interviewDueJob];
