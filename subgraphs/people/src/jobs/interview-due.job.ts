import type { ScheduledJob } from '@ixl/subgraph-kit';
import { alertInterviewsDue } from '../services/interview-due.service.js';

/** Alerts staff (InterviewDue → the `interviewDue` subscription) as the 15-day interview deadline nears. */
export const interviewDueJob: ScheduledJob = {
  name: 'interview-due-alerts',
  // Every quarter of an hour: the 15-day interview deadline is counted in Bologna days.
  cron: '*/15 * * * *',
  run: async (em, now) => {
    await alertInterviewsDue(em, now);
  },
};
