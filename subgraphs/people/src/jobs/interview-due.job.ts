import type { ScheduledJob } from '@ixl/subgraph-kit';
import { alertInterviewsDue } from '../services/interview-due.service.js';

/** Alerts staff (InterviewDue → the `interviewDue` subscription) as the 15-day interview deadline nears. */
export const interviewDueJob: ScheduledJob = {
  name: 'interview-due-alerts',
  everyMs: 15 * 60_000,
  run: async (em, now) => {
    await alertInterviewsDue(em, now);
  },
};
