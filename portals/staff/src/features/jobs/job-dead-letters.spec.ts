import { describe, expect, it } from 'vitest';
import type { StaffJobDeadLettersQuery } from '../../gql/graphql.js';
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

  it('has every text, and one per error code the retry can return, in both languages', () => {
    for (const lang of ['it', 'en'] as const)
      for (const key of [
        'jobs.nav',
        'jobs.title',
        'jobs.none',
        'jobs.retry',
        'jobs.retried',
        'jobs.error.NOT_FOUND',
        'jobs.error.CONFLICT',
        'jobs.error.BAD_USER_INPUT',
      ])
        expect(STAFF_MESSAGES[lang]?.[key], `${lang} ${key}`).toBeTruthy();
  });
});
