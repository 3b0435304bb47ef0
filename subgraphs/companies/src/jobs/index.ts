import type { ScheduledJob } from '@ixl/subgraph-kit';
import { resumeImportsJob } from './resume-imports.job.js';

/** The periodic jobs of `companies`. */
export const companiesJobs: ScheduledJob[] = [resumeImportsJob];
