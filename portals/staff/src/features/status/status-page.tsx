import { useQuery } from '@apollo/client/react';
import { useSession } from '@ixl/portal-client';
import { SUBGRAPHS } from '@ixl/registry';
import { Button, DataTable, Notice, PageTitle, useI18n } from '@ixl/ui';
import { formatDateTimeRome } from '../audit/rome-day.js';
import { STATUS_MESSAGES } from './messages.js';
import { SERVICE_STATUS } from './status-query.js';

export const STATUS_PATH = '/stato';

const SERVICES = ['people', 'companies', 'training', 'projects', 'finance'] as const;
type Service = (typeof SERVICES)[number];
const italian = STATUS_MESSAGES.it ?? {};

/** ADMIN: services up, automatic processing behind or failed, mail waiting, last periodic jobs. */
export function StatusPage() {
  const { t, tEnum } = useI18n();
  const { user } = useSession();
  if (user.role !== 'ADMIN') {
    return (
      <>
        <PageTitle>{t('status.title')}</PageTitle>
        <Notice>{t('status.reserved', { role: tEnum('role', user.role) })}</Notice>
      </>
    );
  }
  return <AdminStatus />;
}

interface StatusData {
  consumers: { consumer: string; source: string; backlog: number; lagSeconds: number; openDeadLetters: number }[];
  jobs: { job: string; lastSuccessAt?: string | null; failedLast24h: number }[];
  queuedMail?: number | null;
  failedMail?: number | null;
}

function AdminStatus() {
  const { t, lang } = useI18n();
  const { data, loading, refetch } = useQuery(SERVICE_STATUS, { fetchPolicy: 'network-only', errorPolicy: 'all' });
  const serviceLabel = (name: string) => SUBGRAPHS.find((s) => s.name === name)?.label[lang] ?? name;
  const consumerLabel = (name: string) => (italian[`status.consumer.${name}`] ? t(`status.consumer.${name}`) : t('status.unknownConsumer'));
  const jobLabel = (name: string) => (italian[`status.job.${name}`] ? t(`status.job.${name}`) : t('status.unknownJob'));
  const lag = (seconds: number) =>
    seconds < 1
      ? t('status.lag.none')
      : seconds < 120
        ? t('status.lag.seconds', { count: Math.round(seconds) })
        : seconds < 7200
          ? t('status.lag.minutes', { count: Math.round(seconds / 60) })
          : t('status.lag.hours', { count: Math.round(seconds / 3600) });

  if (loading && !data) return <PageTitle>{t('status.title')}</PageTitle>;
  const by: Record<Service, StatusData | null | undefined> = {
    people: data?.peopleServiceStatus,
    companies: data?.companiesServiceStatus,
    training: data?.trainingServiceStatus,
    projects: data?.projectsServiceStatus,
    finance: data?.financeServiceStatus,
  };
  const consumers = SERVICES.flatMap((service) => (by[service]?.consumers ?? []).map((c) => ({ ...c, service })));
  const jobs = SERVICES.flatMap((service) => (by[service]?.jobs ?? []).map((j) => ({ ...j, service })));
  const mail = SERVICES.map((s) => by[s]).find((s) => s && s.queuedMail !== null && s.queuedMail !== undefined);

  return (
    <>
      <PageTitle>{t('status.title')}</PageTitle>
      <p>{t('status.intro')}</p>
      <Button variant="secondary" onClick={() => void refetch()}>
        {t('status.refresh')}
      </Button>

      <h2>{t('status.services.title')}</h2>
      <DataTable
        caption={t('status.services.caption')}
        rows={SERVICES.map((service) => ({ service, up: Boolean(by[service]) }))}
        rowKey={(r) => r.service}
        columns={[
          { key: 'service', header: t('status.col.service'), cell: (r) => serviceLabel(r.service) },
          { key: 'state', header: t('status.col.state'), cell: (r) => (r.up ? t('status.up') : <strong>{t('status.down')}</strong>) },
        ]}
      />

      <h2>{t('status.events.title')}</h2>
      <DataTable
        caption={t('status.events.caption')}
        rows={consumers}
        rowKey={(r) => `${r.consumer}:${r.source}`}
        columns={[
          { key: 'consumer', header: t('status.col.consumer'), cell: (r) => consumerLabel(r.consumer) },
          { key: 'source', header: t('status.col.source'), cell: (r) => serviceLabel(r.source) },
          { key: 'waiting', header: t('status.col.waiting'), cell: (r) => t('status.waiting', { count: r.backlog }) },
          { key: 'lag', header: t('status.col.lag'), cell: (r) => lag(r.lagSeconds) },
          {
            key: 'dead',
            header: t('status.col.deadLetters'),
            cell: (r) =>
              r.openDeadLetters ? (
                <strong>{t('status.deadLetters', { count: r.openDeadLetters })}</strong>
              ) : (
                t('status.deadLetters', { count: 0 })
              ),
          },
        ]}
      />

      <h2>{t('status.mail.title')}</h2>
      {mail ? (
        <>
          <p>{t('status.mail.queued', { count: mail.queuedMail ?? 0 })}</p>
          <p>{t('status.mail.failed', { count: mail.failedMail ?? 0 })}</p>
        </>
      ) : (
        <p>{t('status.down')}</p>
      )}

      <h2>{t('status.jobs.title')}</h2>
      <DataTable
        caption={t('status.jobs.caption')}
        rows={jobs}
        rowKey={(r) => `${r.service}:${r.job}`}
        columns={[
          { key: 'job', header: t('status.col.job'), cell: (r) => jobLabel(r.job) },
          { key: 'service', header: t('status.col.service'), cell: (r) => serviceLabel(r.service) },
          {
            key: 'last',
            header: t('status.col.lastRun'),
            cell: (r) =>
              r.lastSuccessAt ? <time dateTime={r.lastSuccessAt}>{formatDateTimeRome(r.lastSuccessAt, lang)}</time> : t('status.never'),
          },
          { key: 'failures', header: t('status.col.failures'), cell: (r) => t('status.failures', { count: r.failedLast24h }) },
        ]}
      />
    </>
  );
}
