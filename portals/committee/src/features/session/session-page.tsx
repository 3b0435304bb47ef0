import { useQuery } from '@apollo/client/react';
import { QueryState, useSession } from '@ixl/portal-client';
import { Link, PageTitle, formatDate, useI18n, useQueryParam } from '@ixl/ui';
import { useCallback } from 'react';
import { graphql } from '../../gql/index.js';
import { DecisionLive } from '../live/decision-live.js';
import { AgendaItemCard } from './agenda-item.js';
import { MinutesActions } from './minutes-actions.js';
import { MinutesCommands, MinutesTemplateEditor } from './minutes-panel.js';

const SESSION = graphql(`
  query CommitteeSessionDetail($id: ID!) {
    committeeSession(id: $id) {
      id
      heldOn
      location
      minutes
      minutesStatus
      minutesApprovedAt
      committee {
        id
        name
        kind
        quorum
        members {
          id
          userId
          displayName
          represents
          role
        }
      }
      agenda {
        id
        position
        topic
        subjectId
        subjectKind
        project {
          id
          title
          organisationName
          organisationKind
          sector
          status
          requestedAmountCents
          expectedJobs
          projectLines
          needsAnalysis
          sustainabilityPlan
          actorsInvolved
        }
        selfEmploymentPath {
          id
          businessIdea
          sector
          status
          fundingNeedCents
          planSummary
        }
        votes {
          id
          memberId
          choice
          conflictOfInterest
          conflictNote
          castAt
        }
        decision {
          id
          outcome
          conditions
          decidedOn
          votesFor
          votesAgainst
          abstentions
          excludedForConflict
          fundingKind
          amountCents
          investmentCents
          servicesCents
          termMonths
          graceMonths
          nonCashItems {
            kind
            description
            valueCents
          }
        }
      }
    }
  }
`);

/** One session: its dossiers (with the member's vote and the decision) and the minutes. */
export function SessionPage() {
  const { t, tEnum, tCode, lang } = useI18n();
  const { user } = useSession();
  const id = useQueryParam('id') ?? '';
  const { data, loading, error, refetch } = useQuery(SESSION, { variables: { id }, skip: !id });
  const reload = useCallback(() => void refetch(), [refetch]);
  const s = data?.committeeSession;
  return (
    <>
      <PageTitle>
        {s ? t('session.pageTitle', { committee: s.committee.name, date: formatDate(s.heldOn, lang) }) : t('session.pageTitleShort')}
      </PageTitle>
      <p className="ixl-no-print">
        <Link to="/">{t('session.back')}</Link>
      </p>
      {!id ? <p>{t('session.notFound')}</p> : null}
      <QueryState loading={loading} error={error} data={s}>
        {(session) => {
          const me = session.committee.members.find((m) => m.userId === user.id) ?? null;
          const names = new Map(session.committee.members.map((m) => [m.id, m.displayName]));
          return (
            <>
              <p className="ixl-muted">
                {t('session.info', {
                  location: session.location ?? '—',
                  quorum: session.committee.quorum,
                  members: session.committee.members.length,
                })}
              </p>
              <h2>{t('session.agenda')}</h2>
              {session.agenda.length ? null : <p>{t('session.noAgenda')}</p>}
              {session.agenda.map((item) => (
                <AgendaItemCard key={item.id} item={item} me={me} names={names} committeeKind={session.committee.kind} onChange={reload} />
              ))}
              <section className="ixl-card" aria-labelledby="minutes-title">
                <h2 id="minutes-title">{t('minutes.title')}</h2>
                <p>
                  {tEnum('minutesStatus', session.minutesStatus)}
                  {session.minutesApprovedAt ? ` · ${t('minutes.approvedOn', { date: formatDate(session.minutesApprovedAt, lang) })}` : ''}
                </p>
                {me && me.role !== 'MEMBER' ? (
                  <>
                    <p className="ixl-muted">{t('minutes.officer', { role: tCode('CommitteeMemberRole', me.role) })}</p>
                    <MinutesCommands sessionId={session.id} status={session.minutesStatus} onChange={reload} />
                  </>
                ) : null}
                {session.minutes ? (
                  <>
                    <MinutesActions sessionId={session.id} heldOn={session.heldOn} />
                    <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{session.minutes}</div>
                  </>
                ) : (
                  <p>{t('minutes.none')}</p>
                )}
              </section>
              {me?.role === 'SECRETARY' ? (
                <div className="ixl-no-print">
                  <MinutesTemplateEditor committeeId={session.committee.id} sessionId={session.id} onSaved={reload} />
                </div>
              ) : null}
              <div className="ixl-no-print">
                <DecisionLive sessionId={session.id} onChange={reload} />
              </div>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
