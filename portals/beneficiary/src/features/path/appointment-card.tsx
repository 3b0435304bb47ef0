import { formatDate, useI18n } from '@ixl/ui';
import type { BeneficiaryStatus, InterviewMode, InterviewStatus } from '../../gql/graphql.js';

interface Interview {
  id: string;
  scheduledAt: string;
  mode: InterviewMode;
  location?: string | null;
  status: InterviewStatus;
  operatorName: string;
}

/** The next intake interview, or "to be scheduled" with its 15-day due date. */
export function AppointmentCard({
  status,
  sla,
  interviews,
}: {
  status: BeneficiaryStatus;
  sla: { dueDate: string; overdue: boolean; interviewedAt?: string | null };
  interviews: readonly Interview[];
}) {
  const { t, tEnum, lang } = useI18n();
  const next = interviews.find((i) => i.status === 'SCHEDULED');
  const time = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Rome' }).format(
      new Date(iso),
    );
  return (
    <section className="ixl-card" aria-labelledby="path-appointment">
      <h2 id="path-appointment">{t('path.appointment')}</h2>
      {next ? (
        <>
          <p>
            <strong>{t('path.appointmentOn', { date: formatDate(next.scheduledAt, lang), time: time(next.scheduledAt) })}</strong>
          </p>
          <dl className="ixl-dl">
            <dt>{t('path.mode')}</dt>
            <dd>{tEnum('interviewMode', next.mode)}</dd>
            <dt>{t('path.where')}</dt>
            <dd>{next.location ?? '—'}</dd>
            <dt>{t('path.operator')}</dt>
            <dd>{next.operatorName}</dd>
          </dl>
        </>
      ) : sla.interviewedAt ? (
        <p>{t('path.interviewDone', { date: formatDate(sla.interviewedAt, lang) })}</p>
      ) : status === 'REGISTERED' ? (
        <p>
          {t('path.toBeScheduled', { date: formatDate(sla.dueDate, lang) })}
          {sla.overdue ? ` ${t('path.overdue')}` : ''}
        </p>
      ) : (
        <p>{t('path.noAppointment')}</p>
      )}
    </section>
  );
}
