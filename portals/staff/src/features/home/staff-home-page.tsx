import { lazyPart, QueryState, useEarlyData, useSession } from '@ixl/portal-client';
import { Link, PageTitle, Status, useI18n } from '@ixl/ui';
import { Suspense, useState } from 'react';
import type { StaffHomeQuery } from '../../gql/graphql.js';
import { LiveFeedCard } from '../live/live-feed-card.js';
import type { HomeState } from './home-data.js';

// What needs Apollo Client comes with it, after the first screen is drawn (portal-client lazyPart): the home's query
// through Apollo (seeded with the early answer the page is first drawn with), the live feed's subscriptions and the
// account card's query.
const HomeData = lazyPart(
  () => import('./home-parts.js'),
  (m) => m.HomeData,
);
const LiveFeed = lazyPart(
  () => import('./home-parts.js'),
  (m) => m.LiveFeed,
);
const AccountCard = lazyPart(
  () => import('./home-parts.js'),
  (m) => m.AccountCard,
);

/**
 * The operator's start page: headline numbers and the way to each screen. A first screen (issue 25): its title is
 * drawn as soon as the session is known, its numbers from the answer of the early query the HTML sent (portal-client
 * useEarlyData), all before Apollo Client has loaded; without an early answer (signed in just now, back from another
 * page) from Apollo Client's query.
 */
export function StaffHomePage() {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <>
      <PageTitle>{t('home.title', { name: user.displayName })}</PageTitle>
      {/* "Caricamento…" in the cards' place until the numbers are in, then the cards together (each drawn with
          "Caricamento…" first grew when they arrived and pushed the cards below it down: a layout shift, issue 25). */}
      <Suspense fallback={<Status>{t('status.loading')}</Status>}>
        <HomeCards />
      </Suspense>
    </>
  );
}

function HomeCards() {
  const { t, tCode } = useI18n();
  const early = useEarlyData<StaffHomeQuery>('StaffHome');
  const [state, setState] = useState<HomeState | null>(null);
  const data = state?.data ?? early ?? undefined;
  const loading = state ? state.loading : !early;
  const error = state?.error;
  return (
    <>
      <Suspense fallback={null}>
        <HomeData onChange={setState} showsEarly={early !== null} />
      </Suspense>
      {data || error ? (
        <>
          <section className="ixl-card" aria-labelledby="home-beneficiaries">
            <h2 id="home-beneficiaries">{t('home.beneficiaries')}</h2>
            <QueryState loading={loading} error={error} data={data}>
              {(d) => <p>{t('home.beneficiariesText', { count: d.beneficiaries.totalCount })}</p>}
            </QueryState>
            <Link to="/beneficiari">{t('home.openList')}</Link>
          </section>
          <section className="ixl-card" aria-labelledby="home-queues">
            <h2 id="home-queues">{t('queues.title')}</h2>
            <QueryState loading={loading} error={error} data={data}>
              {(d) => (
                <p>{t('queues.home.text', { overdue: d.overdueIntakeInterviews.totalCount, due: d.intakeInterviewsDue.totalCount })}</p>
              )}
            </QueryState>
            <Link to="/code">{t('queues.home.open')}</Link>
          </section>
          <section className="ixl-card" aria-labelledby="home-governance">
            <h2 id="home-governance">{t('governance.title')}</h2>
            <QueryState loading={loading} error={error} data={data}>
              {(d) => {
                const overdue = d.governanceDue.filter((r) => r.overdue);
                return overdue.length ? (
                  <>
                    <p>{t('governance.overdueCount', { count: overdue.length })}</p>
                    <ul>
                      {overdue.map((r) => (
                        <li key={`${r.kind}-${r.year ?? ''}`}>
                          {tCode('GovernanceDueKind', r.kind)}
                          {r.year ? ` ${r.year}` : ''}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p>{t('governance.allOnTime')}</p>
                );
              }}
            </QueryState>
            <Link to="/monitoraggio">{t('governance.open')}</Link>
          </section>
          {/* While their code comes: each card as it is first drawn (no event yet; the account "Caricamento…"). */}
          <Suspense fallback={<LiveFeedCard events={[]} />}>
            <LiveFeed />
          </Suspense>
          <Suspense fallback={<AccountCardLoading />}>
            <AccountCard />
          </Suspense>
        </>
      ) : (
        <Status>{t('status.loading')}</Status>
      )}
    </>
  );
}

/** The account card (portal-client AccountCard) as drawn while its query is asked. */
function AccountCardLoading() {
  const { t } = useI18n();
  return (
    <section className="ixl-card" aria-labelledby="account-card-title">
      <h2 id="account-card-title">{t('whoami.title')}</h2>
      <Status>{t('status.loading')}</Status>
    </section>
  );
}
