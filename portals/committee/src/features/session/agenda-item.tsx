import { DataTable, Details, formatCents, formatDate, useI18n } from '@ixl/ui';
import type {
  CommitteeDecisionOutcome,
  CommitteeKind,
  CommitteeVoteChoice,
  ProjectFundingKind,
  ProjectNonCashItemKind,
} from '../../gql/graphql.js';
import { DecisionForm, DecisionView } from '../decision/decision-panel.js';
import { VoteForm } from '../vote/vote-form.js';

interface Vote {
  id: string;
  memberId: string;
  choice?: CommitteeVoteChoice | null;
  conflictOfInterest: boolean;
  conflictNote?: string | null;
  castAt: string;
}

export interface AgendaItemData {
  id: string;
  position: number;
  topic: string;
  subjectId?: string | null;
  subjectKind?: string | null;
  project?: {
    title: string;
    organisationName: string;
    organisationKind: string;
    sector: string;
    status: string;
    requestedAmountCents?: number | null;
    expectedJobs: number;
    projectLines?: string | null;
    needsAnalysis?: string | null;
    sustainabilityPlan?: string | null;
    actorsInvolved?: string | null;
  } | null;
  selfEmploymentPath?: {
    businessIdea: string;
    sector: string;
    status: string;
    fundingNeedCents?: number | null;
    planSummary?: string | null;
  } | null;
  votes: Vote[];
  decision?: {
    outcome: CommitteeDecisionOutcome;
    conditions?: string | null;
    decidedOn: string;
    votesFor: number;
    votesAgainst: number;
    abstentions: number;
    excludedForConflict: number;
    fundingKind?: ProjectFundingKind | null;
    amountCents?: number | null;
    investmentCents?: number | null;
    servicesCents?: number | null;
    termMonths?: number | null;
    graceMonths?: number | null;
    nonCashItems?: { kind: ProjectNonCashItemKind; description: string; valueCents: number }[] | null;
  } | null;
}

/** One agenda item: the dossier (project or self-employment path), the votes, my vote, the decision. */
export function AgendaItemCard({
  item,
  me,
  names,
  committeeKind,
  onChange,
}: {
  item: AgendaItemData;
  me: { id: string; role: 'CHAIR' | 'SECRETARY' | 'MEMBER' } | null;
  names: Map<string, string>;
  committeeKind: CommitteeKind;
  onChange: () => void;
}) {
  const { t, tEnum, lang } = useI18n();
  const euro = (c: number | null | undefined) => (c === null || c === undefined ? '—' : formatCents(c, lang));
  const headingId = `item-${item.id}`;
  const mine = me ? (item.votes.find((v) => v.memberId === me.id) ?? null) : null;
  const p = item.project;
  const se = item.selfEmploymentPath;
  const voteText = (v: Vote) => (v.conflictOfInterest ? t('vote.conflictShort') : tEnum('voteChoice', v.choice ?? ''));
  const decidable = item.subjectId && (committeeKind === 'EVALUATION' || committeeKind === 'MANAGEMENT');
  return (
    <section className="ixl-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('item.heading', { position: item.position, topic: item.topic })}</h3>
      {p ? (
        <Details
          rows={[
            [t('dossier.kind'), tEnum('subjectKind', 'PROJECT')],
            [t('dossier.title'), p.title],
            [t('dossier.applicant'), `${p.organisationName} (${tEnum('organisationKind', p.organisationKind)})`],
            [t('dossier.sector'), tEnum('sector', p.sector)],
            [t('dossier.status'), tEnum('projectStatus', p.status)],
            [t('dossier.requested'), euro(p.requestedAmountCents)],
            [t('dossier.expectedJobs'), p.expectedJobs],
            [t('dossier.projectLines'), p.projectLines ?? '—'],
            [t('dossier.needs'), p.needsAnalysis ?? '—'],
            [t('dossier.sustainability'), p.sustainabilityPlan ?? '—'],
            [t('dossier.actors'), p.actorsInvolved ?? '—'],
          ]}
        />
      ) : null}
      {se ? (
        <Details
          rows={[
            [t('dossier.kind'), tEnum('subjectKind', 'SELF_EMPLOYMENT')],
            [t('dossier.idea'), se.businessIdea],
            [t('dossier.sector'), tEnum('sector', se.sector)],
            [t('dossier.status'), tEnum('selfEmploymentStatus', se.status)],
            [t('dossier.fundingNeed'), euro(se.fundingNeedCents)],
            [t('dossier.plan'), se.planSummary ?? '—'],
          ]}
        />
      ) : null}
      {item.subjectId && !p && !se ? <p>{t('dossier.unavailable')}</p> : null}
      {item.votes.length ? (
        <DataTable
          caption={t('votes.caption', { count: item.votes.length })}
          rows={item.votes}
          rowKey={(v) => v.id}
          columns={[
            { key: 'member', header: t('votes.member'), cell: (v) => names.get(v.memberId) ?? t('votes.formerMember') },
            { key: 'vote', header: t('votes.vote'), cell: voteText },
            { key: 'at', header: t('votes.at'), cell: (v) => formatDate(v.castAt, lang) },
          ]}
        />
      ) : item.subjectId ? (
        <p>{t('votes.none')}</p>
      ) : null}
      {item.decision ? (
        <>
          <h4>{t('decision.title')}</h4>
          <DecisionView decision={item.decision} />
        </>
      ) : null}
      {!item.decision && item.subjectId && me ? (
        <>
          <h4>{t('vote.title')}</h4>
          {mine ? <p>{t('vote.current', { vote: voteText(mine), date: formatDate(mine.castAt, lang) })}</p> : null}
          <VoteForm agendaItemId={item.id} topic={item.topic} current={mine} onVoted={onChange} />
        </>
      ) : null}
      {!item.decision && decidable && me && me.role === 'MEMBER' ? <p className="ixl-muted">{t('decision.chairOnly')}</p> : null}
      {!item.decision && decidable && me && me.role !== 'MEMBER' ? (
        <details>
          <summary>{t('decision.record')}</summary>
          <p className="ixl-muted">{t('decision.recordHint')}</p>
          <DecisionForm agendaItemId={item.id} committeeKind={committeeKind} subjectKind={item.subjectKind ?? null} onRecorded={onChange} />
        </details>
      ) : null}
      {!item.decision && item.subjectId && !me ? <p>{t('vote.notMember')}</p> : null}
    </section>
  );
}
