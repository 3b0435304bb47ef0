import { describe, expect, it } from 'vitest';
import type { StaffJobDeadLettersQuery } from '../../gql/graphql.js';
import { portalCatalog } from '@ixl/ui/catalogues';
import { STAFF_MESSAGES } from '../../messages.js';
import { jobDeadLetterRows } from './job-dead-letters.js';

const dead = (id: string, job: string, failedAt: string) => ({ id, job, error: 'Error: boom', attempts: 4, createdAt: failedAt, failedAt });

describe('the failed-jobs page (ADMIN)', () => {
  it('lists every service’s dead letters together, most recently failed first, with the service named', () => {
    const data: StaffJobDeadLettersQuery = {
      peopleJobDeadLetters: [dead('a', 'privacy-retention', '2026-12-01T01:30:00.000Z')],
      companiesJobDeadLetters: [],
      trainingJobDeadLetters: [dead('b', 'settle-due-risk-shares', '2026-12-02T09:10:00.000Z')],
      projectsJobDeadLetters: [],
      financeJobDeadLetters: [dead('c', 'assess-loan-arrears', '2026-12-01T10:05:00.000Z')],
    };
    expect(jobDeadLetterRows(data).map((r) => [r.service, r.job])).toEqual([
      ['training', 'settle-due-risk-shares'],
      ['finance', 'assess-loan-arrears'],
      ['people', 'privacy-retention'],
    ]);
  });

  it('has every text in both languages, and the reasons the retry can return in the error catalogue', () => {
    for (const lang of ['it', 'en'] as const)
      for (const key of [
        'jobs.nav',
        'jobs.title',
        'jobs.none',
        'jobs.retry',
        'jobs.retried',
        'jobs.error.NETWORK',
        'error.reason.JOB_DEAD_LETTER_NOT_FOUND',
        'error.reason.JOBS_OFF',
        'error.reason.JOB_DEAD_LETTER_ID_INVALID',
      ])
        expect(portalCatalog(STAFF_MESSAGES)[lang]?.[key], `${lang} ${key}`).toBeTruthy();
  });
});
