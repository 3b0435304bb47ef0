import { useMutation, useQuery } from '@apollo/client/react';
import { apiErrors, QueryState, useSession } from '@ixl/portal-client';
import { SUBGRAPHS } from '@ixl/registry';
import { Alert, Button, DataTable, Notice, PageTitle, useI18n } from '@ixl/ui';
import { useState } from 'react';
import { formatDateTimeRome } from '../audit/rome-day.js';
import { jobDeadLetterRows, type JobDeadLetterRow } from './job-dead-letters.js';
import {
  JOB_DEAD_LETTERS,
  RETRY_COMPANIES_JOB,
  RETRY_FINANCE_JOB,
  RETRY_PEOPLE_JOB,
  RETRY_PROJECTS_JOB,
  RETRY_TRAINING_JOB,
} from './jobs-query.js';

export const JOBS_PATH = '/lavori';

/** ADMIN: periodic jobs that failed after their retries; other roles see that the page is reserved. */
export function JobsPage() {
  const { t, tEnum } = useI18n();
  const { user } = useSession();
  if (user.role !== 'ADMIN') {
    return (
      <>
        <PageTitle>{t('jobs.title')}</PageTitle>
        <Notice>{t('jobs.reserved', { role: tEnum('role', user.role) })}</Notice>
      </>
    );
  }
  return <AdminJobs />;
}

function AdminJobs() {
  const { t, lang, errorText } = useI18n();
  const { data, loading, error, refetch } = useQuery(JOB_DEAD_LETTERS, { fetchPolicy: 'cache-and-network' });
  const retries = {
    people: useMutation(RETRY_PEOPLE_JOB)[0],
    companies: useMutation(RETRY_COMPANIES_JOB)[0],
    training: useMutation(RETRY_TRAINING_JOB)[0],
    projects: useMutation(RETRY_PROJECTS_JOB)[0],
    finance: useMutation(RETRY_FINANCE_JOB)[0],
  };
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const serviceLabel = (name: string) => SUBGRAPHS.find((s) => s.name === name)?.label[lang] ?? name;

  const retry = async (row: JobDeadLetterRow) => {
    setBusy(row.id);
    setOutcome(null);
    try {
      await retries[row.service]({ variables: { id: row.id } });
      setOutcome({ ok: true, text: t('jobs.retried', { job: row.job }) });
      await refetch();
    } catch (err) {
      const [first] = apiErrors(err);
      // The refusal's reason (JOB_DEAD_LETTER_NOT_FOUND, JOBS_OFF, …) in the user's language.
      setOutcome({ ok: false, text: first ? errorText(first) : t('jobs.error.NETWORK') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <PageTitle>{t('jobs.title')}</PageTitle>
      <p>{t('jobs.intro')}</p>
      {outcome ? outcome.ok ? <Notice>{outcome.text}</Notice> : <Alert>{outcome.text}</Alert> : null}
      <QueryState loading={loading} error={error} data={data}>
        {(d) => {
          const rows = jobDeadLetterRows(d);
          if (!rows.length) return <p role="status">{t('jobs.none')}</p>;
          return (
            <DataTable
              caption={t('jobs.caption')}
              rows={rows}
              rowKey={(r) => `${r.service}:${r.id}`}
              columns={[
                { key: 'service', header: t('jobs.col.service'), cell: (r) => serviceLabel(r.service) },
                { key: 'job', header: t('jobs.col.job'), cell: (r) => <code>{r.job}</code> },
                { key: 'error', header: t('jobs.col.error'), cell: (r) => r.error },
                { key: 'attempts', header: t('jobs.col.attempts'), cell: (r) => String(r.attempts) },
                {
                  key: 'failedAt',
                  header: t('jobs.col.failedAt'),
                  cell: (r) => <time dateTime={r.failedAt}>{formatDateTimeRome(r.failedAt, lang)}</time>,
                },
                {
                  key: 'retry',
                  header: t('jobs.col.action'),
                  cell: (r) => (
                    <Button variant="secondary" disabled={busy !== null} onClick={() => void retry(r)}>
                      {t('jobs.retry', { job: r.job })}
                    </Button>
                  ),
                },
              ]}
            />
          );
        }}
      </QueryState>
    </>
  );
}
