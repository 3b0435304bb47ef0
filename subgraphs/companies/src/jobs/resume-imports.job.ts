import type { ScheduledJob } from '@ixl/subgraph-kit';
import { pendingImportBatches, runImportBatch } from '../services/history-import.service.js';

/**
 * History import batches queued, or running with an expired lease (their process stopped), are taken up
 * again from their last committed chunk (issue 27). The writing goes on outside this job's transaction.
 */
export const resumeImportsJob: ScheduledJob = {
  name: 'resume-history-imports',
  cron: '* * * * *',
  async run(em) {
    for (const id of await pendingImportBatches(em)) void runImportBatch(em.fork(), id).catch(() => undefined);
  },
};
