import { useQuery } from '@apollo/client/react';
import { QueryState } from '@ixl/portal-client';
import { Button, DataTable, PageTitle, formatDate, useI18n, formatDateTime } from '@ixl/ui';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql/index.js';
import type { StaffWorkQueuesQuery } from '../../gql/graphql.js';
import { RecordLink } from '../beneficiaries/record-link.js';
import { ContactAttemptForm, ScheduleInterviewForm } from './contact-forms.js';
import { useQueueLive } from './use-queue-live.js';
import './queues.css';

export const QUEUE_SIZE = 50;

const WORK_QUEUES = graphql(`
  query StaffWorkQueues($first: Int!) {
    intakeInterviewsDue(first: $first) {
      totalCount
      nodes {
        ...StaffQueuePerson
      }
    }
    overdueIntakeInterviews(first: $first) {
      totalCount
      nodes {
        ...StaffQueuePerson
      }
    }
  }
  fragment StaffQueuePerson on Beneficiary {
    id
    firstName
    sex
    lastName
    phone
    status
    interviewSla {
      dueDate
      daysLeft
      daysWaited
    }
    interviews {
      id
      status
      scheduledAt
      mode
    }
    contactAttempts {
      id
      answered
    }
  }
`);

type Person = StaffWorkQueuesQuery['intakeInterviewsDue']['nodes'][number];

function DaysLeft({ p }: { p: Person }) {
  const { t } = useI18n();
  const days = p.interviewSla.daysLeft ?? 0;
  if (days < 0) return <span className="staff-overdue">{t('queues.overdueBy', { count: -days })}</span>;
  if (days === 0) return <span className="staff-due-soon">{t('queues.dueToday')}</span>;
  return <span className={days <= 3 ? 'staff-due-soon' : undefined}>{t('queues.daysLeft', { count: days })}</span>;
}

function QueueTable({ caption, rows, onContact }: { caption: string; rows: Person[]; onContact(p: Person): void }) {
  const { t, tEnum, lang } = useI18n();
  const when = (iso: string) => formatDateTime(iso, lang);
  return (
    <DataTable
      caption={caption}
      captionHidden
      rows={rows}
      rowKey={(p) => p.id}
      columns={[
        { key: 'name', header: t('beneficiary.name'), cell: (p) => <RecordLink id={p.id}>{`${p.lastName} ${p.firstName}`}</RecordLink> },
        { key: 'phone', header: t('beneficiaries.record.phone'), cell: (p) => p.phone ?? '—' },
        { key: 'due', header: t('queues.dueDate'), cell: (p) => formatDate(p.interviewSla.dueDate, lang) },
        { key: 'left', header: t('queues.sla'), cell: (p) => <DaysLeft p={p} /> },
        {
          key: 'appointment',
          header: t('queues.appointment'),
          cell: (p) => {
            const i = p.interviews.find((x) => x.status === 'SCHEDULED');
            return i ? `${when(i.scheduledAt)} · ${tEnum('beneficiaries.mode', i.mode)}` : t('queues.toSchedule');
          },
        },
        { key: 'status', header: t('beneficiary.status'), cell: (p) => tEnum('status', p.status, { sex: p.sex }) },
        {
          key: 'attempts',
          header: t('queues.attempts'),
          cell: (p) =>
            p.contactAttempts.length
              ? t('queues.attemptsText', {
                  count: p.contactAttempts.length,
                  unanswered: p.contactAttempts.filter((c) => !c.answered).length,
                })
              : '—',
        },
        {
          key: 'action',
          header: t('beneficiaries.record.actions'),
          cell: (p) => (
            <Button variant="secondary" onClick={() => onContact(p)}>
              {t('queues.contactButton', { name: `${p.firstName} ${p.lastName}` })}
            </Button>
          ),
        },
      ]}
    />
  );
}

/**
 * The operators' work queues: first interviews due within the 15-day SLA (days left), the overdue
 * ones (highlighted, longest wait first), and for the chosen person the contact attempt and the
 * appointment. Live: other operators' appointments and new registrations refresh the lists.
 */
export function WorkQueuesPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(WORK_QUEUES, { variables: { first: QUEUE_SIZE }, fetchPolicy: 'cache-and-network' });
  useQueueLive(() => void refetch().catch(() => undefined));
  const [selected, setSelected] = useState<Person | null>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (selected) panel.current?.focus();
  }, [selected]);
  return (
    <>
      <PageTitle>{t('queues.title')}</PageTitle>
      <p>{t('queues.intro')}</p>
      <QueryState loading={loading} error={error} data={data}>
        {(d) => (
          <>
            <section className="ixl-card" aria-labelledby="queue-overdue">
              <h2 id="queue-overdue" className="staff-overdue">
                {t('queues.overdue', { count: d.overdueIntakeInterviews.totalCount })}
              </h2>
              {d.overdueIntakeInterviews.nodes.length ? (
                <QueueTable caption={t('queues.overdueCaption')} rows={d.overdueIntakeInterviews.nodes} onContact={setSelected} />
              ) : (
                <p>{t('queues.noneOverdue')}</p>
              )}
              {d.overdueIntakeInterviews.totalCount > d.overdueIntakeInterviews.nodes.length ? (
                <p className="ixl-muted">
                  {t('queues.more', { shown: d.overdueIntakeInterviews.nodes.length, total: d.overdueIntakeInterviews.totalCount })}
                </p>
              ) : null}
            </section>
            <section className="ixl-card" aria-labelledby="queue-due">
              <h2 id="queue-due">{t('queues.due', { count: d.intakeInterviewsDue.totalCount })}</h2>
              {d.intakeInterviewsDue.nodes.length ? (
                <QueueTable caption={t('queues.dueCaption')} rows={d.intakeInterviewsDue.nodes} onContact={setSelected} />
              ) : (
                <p>{t('queues.noneDue')}</p>
              )}
              {d.intakeInterviewsDue.totalCount > d.intakeInterviewsDue.nodes.length ? (
                <p className="ixl-muted">
                  {t('queues.more', { shown: d.intakeInterviewsDue.nodes.length, total: d.intakeInterviewsDue.totalCount })}
                </p>
              ) : null}
            </section>
          </>
        )}
      </QueryState>
      {selected ? (
        <section ref={panel} tabIndex={-1} className="ixl-card staff-panel" aria-labelledby="queue-contact-title">
          <h2 id="queue-contact-title">{t('queues.contactFor', { name: `${selected.firstName} ${selected.lastName}` })}</h2>
          <p>
            <RecordLink id={selected.id}>{t('queues.openRecord')}</RecordLink>
          </p>
          <div className="ixl-grid" key={selected.id}>
            <ContactAttemptForm beneficiaryId={selected.id} headingId="queue-contact" />
            <ScheduleInterviewForm beneficiaryId={selected.id} headingId="queue-schedule" />
          </div>
        </section>
      ) : null}
    </>
  );
}
