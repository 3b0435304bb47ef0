import { useQuery } from '@apollo/client/react';
import { QueryState } from '@ixl/portal-client';
import { DataTable, PageTitle, formatCents, formatDate, useI18n } from '@ixl/ui';
import { graphql } from '../../gql/index.js';
import { ScheduleSessionForm, SessionActions } from './committee-forms.js';

const COMMITTEES = graphql(`
  query StaffCommittees {
    committees {
      id
      name
      kind
      quorum
      nextSessionDueBy
      members {
        id
        active
      }
    }
    committeeSessions {
      id
      heldOn
      location
      minutesStatus
      committee {
        id
        name
      }
      agenda {
        id
        position
        topic
        votes {
          id
        }
        decision {
          id
          outcome
          votesFor
          votesAgainst
          abstentions
          conditions
          amountCents
          fundingKind
        }
      }
    }
    projects {
      id
      title
      status
    }
  }
`);

/** Committees, their sessions with the dossiers on the agenda and the decisions taken; schedule, fill and convene sessions. */
export function CommitteesPage() {
  const { t, tEnum, lang } = useI18n();
  const { data, loading, error } = useQuery(COMMITTEES);
  return (
    <>
      <PageTitle>{t('committees.title')}</PageTitle>
      <QueryState loading={loading} error={error} data={data}>
        {(d) => {
          const dossiers = d.projects.filter((p) => p.status === 'EVALUATION_COMMITTEE' || p.status === 'MANAGEMENT_COMMITTEE');
          return (
            <>
              <DataTable
                caption={t('committees.caption', { count: d.committees.length })}
                rows={d.committees}
                rowKey={(c) => c.id}
                columns={[
                  { key: 'name', header: t('committees.col.committee'), cell: (c) => c.name },
                  { key: 'kind', header: t('committees.col.kind'), cell: (c) => tEnum('committees.kind', c.kind) },
                  { key: 'members', header: t('committees.col.members'), cell: (c) => c.members.filter((m) => m.active).length },
                  { key: 'quorum', header: t('committees.col.quorum'), cell: (c) => c.quorum },
                  { key: 'next', header: t('committees.col.nextDue'), cell: (c) => formatDate(c.nextSessionDueBy, lang) },
                ]}
              />
              <DataTable
                caption={t('committees.sessions', { count: d.committeeSessions.length })}
                rows={d.committeeSessions}
                rowKey={(s) => s.id}
                columns={[
                  { key: 'date', header: t('committees.col.heldOn'), cell: (s) => formatDate(s.heldOn, lang) },
                  { key: 'committee', header: t('committees.col.committee'), cell: (s) => s.committee.name },
                  { key: 'location', header: t('committees.col.location'), cell: (s) => s.location ?? '—' },
                  {
                    key: 'agenda',
                    header: t('committees.col.agenda'),
                    cell: (s) =>
                      s.agenda.length ? (
                        <ol className="ixl-agenda">
                          {[...s.agenda]
                            .sort((a, b) => a.position - b.position)
                            .map((i) => (
                              <li key={i.id}>
                                {i.topic}
                                {' — '}
                                {i.decision
                                  ? t('committees.decision', {
                                      outcome: tEnum('committees.outcome', i.decision.outcome),
                                      yes: i.decision.votesFor,
                                      no: i.decision.votesAgainst,
                                      abstain: i.decision.abstentions,
                                    }) +
                                    (i.decision.amountCents != null
                                      ? ` · ${tEnum('committees.funding', i.decision.fundingKind)} ${formatCents(i.decision.amountCents, lang)}`
                                      : '') +
                                    (i.decision.conditions ? ` · ${i.decision.conditions}` : '')
                                  : t('committees.noDecision', { votes: i.votes.length })}
                              </li>
                            ))}
                        </ol>
                      ) : (
                        t('committees.emptyAgenda')
                      ),
                  },
                  { key: 'minutes', header: t('committees.col.minutes'), cell: (s) => tEnum('committees.minutes', s.minutesStatus) },
                  { key: 'actions', header: t('committees.col.actions'), cell: (s) => <SessionActions session={s} dossiers={dossiers} /> },
                ]}
              />
              <ScheduleSessionForm committees={d.committees} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
