import { useQuery } from '@apollo/client/react';
import { AccountCard, QueryState } from '@ixl/portal-client';
import { DataTable, PageTitle, QueryLink, formatDate, useI18n } from '@ixl/ui';
import { useCallback } from 'react';
import { graphql } from '../../gql/index.js';
import { DecisionLive } from '../live/decision-live.js';

const MY_SESSIONS = graphql(`
  query CommitteeMySessions {
    committeeSessions {
      id
      heldOn
      location
      minutesStatus
      committee {
        id
        name
        kind
      }
      agenda {
        id
        subjectId
        decision {
          id
        }
      }
    }
  }
`);

/** "My sessions": the sessions of the committees the member sits on, newest first (the API filters them). */
export function MySessionsPage() {
  const { t, tEnum, lang } = useI18n();
  const { data, loading, error, refetch } = useQuery(MY_SESSIONS);
  const reload = useCallback(() => void refetch(), [refetch]);
  return (
    <>
      <PageTitle>{t('sessions.title')}</PageTitle>
      <QueryState loading={loading} error={error} data={data}>
        {(d) =>
          d.committeeSessions.length ? (
            <DataTable
              caption={t('sessions.count', { count: d.committeeSessions.length })}
              rows={d.committeeSessions}
              rowKey={(s) => s.id}
              columns={[
                {
                  key: 'date',
                  header: t('session.date'),
                  cell: (s) => (
                    <QueryLink to="/seduta" query={{ id: s.id }}>
                      {t('sessions.open', { date: formatDate(s.heldOn, lang) })}
                    </QueryLink>
                  ),
                },
                { key: 'committee', header: t('session.committee'), cell: (s) => s.committee.name },
                { key: 'location', header: t('session.location'), cell: (s) => s.location ?? '—' },
                {
                  key: 'dossiers',
                  header: t('session.dossiers'),
                  cell: (s) => {
                    const dossiers = s.agenda.filter((a) => a.subjectId);
                    return dossiers.length
                      ? t('sessions.dossiersValue', { count: dossiers.length, decided: dossiers.filter((a) => a.decision).length })
                      : t('sessions.topicsOnly', { count: s.agenda.length });
                  },
                },
                { key: 'minutes', header: t('session.minutes'), cell: (s) => tEnum('minutesStatus', s.minutesStatus) },
              ]}
            />
          ) : (
            <section className="ixl-card" aria-labelledby="sessions-empty">
              <h2 id="sessions-empty">{t('sessions.empty')}</h2>
              <p>{t('sessions.emptyText')}</p>
            </section>
          )
        }
      </QueryState>
      {/* Drawn once the list is in place (or failed): drawn earlier, they were pushed down when it arrived (a layout
          shift of 0.15–0.47 on a phone, issue 25). */}
      {data || error ? (
        <>
          <DecisionLive onChange={reload} />
          <AccountCard />
        </>
      ) : null}
    </>
  );
}
