import { Alert, formatDate, useI18n } from '@ixl/ui';
import type { StaffMonitoringReportQuery } from '../../gql/graphql.js';

type Due = StaffMonitoringReportQuery['governanceDue'][number];

/**
 * What the governance owes: the Tavolo tecnico's next meeting (every 3 months), the Tavolo di coordinamento's (at
 * least every 6 months), the year's work plan approval and public presentation; overdue first.
 */
export function GovernanceDueSection({ rows }: { rows: Due[] }) {
  const { t, lang, tCode } = useI18n();
  const overdue = rows.filter((r) => r.overdue);
  const when = (r: Due) =>
    r.dueOn === null
      ? t('governance.neverHeld')
      : r.overdue
        ? t('governance.overdueSince', { date: formatDate(r.dueOn, lang), days: r.daysOverdue })
        : t('governance.dueBy', { date: formatDate(r.dueOn, lang) });
  return (
    <section className="ixl-card" aria-labelledby="monitoring-governance">
      <h2 id="monitoring-governance">{t('governance.title')}</h2>
      <p className="monitoring-definition">{t('governance.definition')}</p>
      {overdue.length ? <Alert>{t('governance.overdueCount', { count: overdue.length })}</Alert> : <p>{t('governance.allOnTime')}</p>}
      <ul className="governance-due">
        {rows.map((r) => (
          <li key={`${r.kind}-${r.year ?? ''}`} className={r.overdue ? 'governance-due--overdue' : undefined}>
            <strong>
              {tCode('GovernanceDueKind', r.kind)}
              {r.year ? ` ${r.year}` : ''}
            </strong>
            : {when(r)}
            {r.lastOn ? ` · ${t('governance.lastOn', { date: formatDate(r.lastOn, lang) })}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
