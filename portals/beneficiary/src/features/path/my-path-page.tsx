import { useQuery } from '@apollo/client/react';
import { QueryState, useLiveConnection } from '@ixl/portal-client';
import { Link, PageTitle, Status, formatDate, useI18n } from '@ixl/ui';
import { useDeferredValue, useState } from 'react';
import { graphql } from '../../gql/index.js';
import { MyJobInterviews } from '../offers/my-job-interviews.js';
import { MyOffers } from '../offers/my-offers.js';
import { MyEnrolments } from '../courses/my-enrolments.js';
import { AppointmentCard } from './appointment-card.js';
import { usePathLive } from './path-live.js';

const MY_PATH = graphql(`
  query BeneficiaryMyPath {
    myBeneficiary {
      id
      firstName
      sex
      status
      registeredAt
      interviewSla {
        dueDate
        overdue
        interviewedAt
      }
      interviews {
        id
        scheduledAt
        mode
        location
        status
        operatorName
      }
      services {
        id
        kind
        startedOn
        expectedEndOn
        endedOn
      }
    }
    myStatusHistory {
      id
      from
      to
      at
    }
  }
`);

/** Home, "Il mio percorso": the appointment, status and history, offers for me, my courses. */
export function MyPathPage() {
  const { t, tEnum, lang } = useI18n();
  const { data: answered, loading, error, refetch } = useQuery(MY_PATH);
  // The whole page is drawn from this answer (on a phone, the start's longest task): drawn as a deferred render, which
  // React does in slices of a few milliseconds, yielding to the browser in between, instead of one long task.
  const data = useDeferredValue(answered);
  const [news, setNews] = useState<string | null>(null);
  const live = useLiveConnection();
  usePathLive((key) => {
    setNews(key);
    void refetch();
  });
  return (
    <>
      <PageTitle>{t('path.title')}</PageTitle>
      <div role="status" className={news ? 'ixl-notice' : undefined}>
        {news ? t(news) : null}
      </div>
      <QueryState loading={loading || data !== answered} error={error} data={data}>
        {({ myBeneficiary: b, myStatusHistory: history }) =>
          b ? (
            <>
              <p>{t('record.greeting', { name: b.firstName })}</p>
              <AppointmentCard status={b.status} sla={b.interviewSla} interviews={b.interviews} />
              <MyJobInterviews />
              {/* Shown while the live connection opens too, so it comes with the page, not a moment later pushing the page
                  down; it goes if the connection closes. */}
              {live !== 'closed' ? <p className="ixl-muted">{t('path.live.on')}</p> : null}
              <section className="ixl-card" aria-labelledby="path-status">
                <h2 id="path-status">{t('path.status')}</h2>
                <p>
                  {t('path.statusNow', { sex: b.sex })} <strong>{tEnum('status', b.status, { sex: b.sex })}</strong>
                </p>
                <p className="ixl-muted">{t(`path.statusHelp.${b.status}`)}</p>
                <h3>{t('path.history')}</h3>
                {history.length ? (
                  <ol className="ixl-timeline">
                    {history.map((h) => (
                      <li key={h.id}>
                        <time dateTime={h.at}>{formatDate(h.at, lang)}</time>: {tEnum('status', h.to, { sex: b.sex })}
                      </li>
                    ))}
                  </ol>
                ) : (
                  <p>{t('path.noHistory')}</p>
                )}
                {b.services.length ? (
                  <>
                    <h3>{t('path.services')}</h3>
                    <ul>
                      {b.services.map((s) => (
                        <li key={s.id}>
                          {tEnum('service', s.kind)} —{' '}
                          {s.endedOn
                            ? t('path.serviceEnded', { from: formatDate(s.startedOn, lang), to: formatDate(s.endedOn, lang) })
                            : t('path.serviceSince', { from: formatDate(s.startedOn, lang) })}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </section>
              <MyOffers />
              <MyEnrolments />
              <p>
                <Link to="/documenti">{t('path.toDocuments')}</Link> · <Link to="/dati">{t('path.toData')}</Link>
              </p>
            </>
          ) : (
            <Status>{t('record.notLinked')}</Status>
          )
        }
      </QueryState>
    </>
  );
}
