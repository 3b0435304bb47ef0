import type { ScheduledJob } from '@ixl/subgraph-kit';
import { riskShareSettlementJob } from './risk-share-settlement.job.js';

/** The periodic jobs of `training` (one replica at a time runs each). */
export const trainingJobs: ScheduledJob[] = [riskShareSettlementJob];
