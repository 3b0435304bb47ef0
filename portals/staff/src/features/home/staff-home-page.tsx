import { useQuery } from '@apollo/client/react';
import { AccountCard, QueryState, useSession } from '@ixl/portal-client';
import { Link, PageTitle, Status, useI18n } from '@ixl/ui';
import { graphql } from '../../gql/index.js';
import { LiveFeed } from '../live/live-feed.js';

const STAFF_HOME = graphql(`
  query StaffHome {
    beneficiaries(first: 1) {
      totalCount
    }
    overdueIntakeInterviews(first: 1) {
      totalCount
    }
    intakeInterviewsDue(first: 1) {
      totalCount
    }
    governanceDue {
      kind
      year
      overdue
    }
  }
`);

/** The operator's start page: headline numbers and the way to each screen. */
export function StaffHomePage() {
  const { t, tCode } = useI18n();
  const { user } = useSession();
  const { data, loading, error } = useQuery(STAFF_HOME);
  return (
    <>
      <PageTitle>{t('home.title', { name: user.displayName })}</PageTitle>
      {/* The cards are drawn together once the numbers are in (or failed): each drawn with "Caricamento…" first grew
          when they arrived and pushed the cards below it down (a layout shift on a phone, issue 25). */}
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
          <LiveFeed />
          <AccountCard />
        </>
      ) : (
        <Status>{t('status.loading')}</Status>
      )}
    </>
  );
}
