import { lazyPart, QueryState, useEarlyData, useLiveConnection } from '@ixl/portal-client';
import { Link, PageTitle, Status, formatDate, useI18n } from '@ixl/ui';
import { Suspense, useDeferredValue, useState, type ReactNode } from 'react';
import type { BeneficiaryMyPathQuery } from '../../gql/graphql.js';
import { AppointmentCard } from './appointment-card.js';
import type { PathState } from './path-data.js';

// What needs Apollo Client comes with it, after the first screen is drawn (portal-client lazyPart): the home's query
// through Apollo (seeded with the early answer the page is first drawn with) and the cards with queries of their own.
const PathData = lazyPart(
  () => import('./path-data.js'),
  (m) => m.PathData,
);
const MyJobInterviews = lazyPart(
  () => import('./home-cards.js'),
  (m) => m.MyJobInterviews,
);
const MyOffers = lazyPart(
  () => import('./home-cards.js'),
  (m) => m.MyOffers,
);
const MyEnrolments = lazyPart(
  () => import('./home-cards.js'),
  (m) => m.MyEnrolments,
);

/** A card's place while its code comes: its heading and "Caricamento…", as the card itself shows while it asks. */
function LoadingCard({ id, title, children }: { id: string; title: string; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="ixl-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <Status>{t('status.loading')}</Status>
      {children}
    </section>
  );
}

/**
 * Home, "Il mio percorso": the appointment, status and history, offers for me, my courses. A first screen (issue 25):
 * drawn before Apollo Client has loaded, from the answer of the early query the HTML sent (portal-client useEarlyData);
 * without one (signed in just now, back from another page) from Apollo Client's query.
 */
export function MyPathPage() {
  const { t, tEnum, lang } = useI18n();
  const early = useEarlyData<BeneficiaryMyPathQuery>('BeneficiaryMyPath');
  const [state, setState] = useState<PathState | null>(null);
  const answered = state?.data ?? early ?? undefined;
  const loading = state ? state.loading : !early;
  const error = state?.error;
  // The whole page is drawn from this answer (on a phone, the start's longest task): drawn as a deferred render, which
  // React does in slices of a few milliseconds, yielding to the browser in between, instead of one long task.
  const data = useDeferredValue(answered);
  const [news, setNews] = useState<string | null>(null);
  const live = useLiveConnection();
  return (
    <>
      <PageTitle>{t('path.title')}</PageTitle>
      <div role="status" className={news ? 'ixl-notice' : undefined}>
        {news ? t(news) : null}
      </div>
      <Suspense fallback={null}>
        <PathData onChange={setState} onNews={setNews} showsEarly={early !== null} />
      </Suspense>
      <QueryState loading={loading || data !== answered} error={error} data={data}>
        {({ myBeneficiary: b, myStatusHistory: history }) =>
          b ? (
            <>
              <p>{t('record.greeting', { name: b.firstName })}</p>
              <AppointmentCard status={b.status} sla={b.interviewSla} interviews={b.interviews} />
              {/* Nothing while it comes: the card is there only when a company has invited the person (most have no job
                  interview), so a placeholder would mostly vanish, moving the page up (a layout shift). */}
              <Suspense fallback={null}>
                <MyJobInterviews />
              </Suspense>
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
              <Suspense fallback={<LoadingCard id="path-offers" title={t('offers.title')} />}>
                <MyOffers />
              </Suspense>
              <Suspense
                fallback={
                  <LoadingCard id="path-courses" title={t('record.enrolments')}>
                    <p>
                      <Link to="/corsi">{t('courses.toCatalogue')}</Link>
                    </p>
                  </LoadingCard>
                }
              >
                <MyEnrolments />
              </Suspense>
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
