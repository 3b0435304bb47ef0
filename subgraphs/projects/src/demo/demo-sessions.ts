import type { EntityManager } from '@mikro-orm/postgresql';
import { demoId, projectId } from '@ixl/demo-data';
import { AgendaItem, CommitteeSession } from '../entities/committee-session.entity.js';
import { CommitteeMember } from '../entities/committee.entity.js';
import { Committee } from '../entities/committee.entity.js';
import { Decision } from '../entities/decision.entity.js';
import { CommitteeKind, DecisionOutcome, FundingKind, MinutesStatus, SubjectKind, VoteChoice } from '../entities/enums.js';
import { Vote } from '../entities/vote.entity.js';
import { draftMinutes } from '../services/minutes.service.js';
import { tally } from '../services/quorum.rules.js';
import { committeeId, selfEmploymentId } from './demo-paths.js';

interface DemoItem {
  topic: string;
  subjectKind?: SubjectKind;
  subjectId?: string;
  votes?: VoteChoice[];
  decision?: {
    outcome: DecisionOutcome;
    conditions?: string;
    funding?: {
      kind: FundingKind;
      amountCents: number;
      investmentCents?: number;
      servicesCents?: number;
      termMonths?: number;
      graceMonths?: number;
    };
  };
}
const A = VoteChoice.APPROVE;

const SESSIONS: { key: string; committee: string; heldOn: string; location: string; items: DemoItem[]; approved: boolean }[] = [
  {
    key: 'eval-2019-10',
    committee: 'evaluation',
    heldOn: '2019-10-15',
    location: 'Palazzo Malvezzi',
    approved: true,
    items: [
      {
        topic: 'Sartoria sociale di quartiere — Associazione Fili Intrecciati APS',
        subjectKind: SubjectKind.PROJECT,
        subjectId: projectId('sartoria'),
        votes: [A, A, A, VoteChoice.ABSTAIN],
        decision: { outcome: DecisionOutcome.APPROVED, conditions: 'Presentare il piano dei ricavi aggiornato al Comitato di gestione' },
      },
    ],
  },
  {
    key: 'mgmt-2020-07',
    committee: 'management',
    heldOn: '2020-07-20',
    location: 'Fondazione San Petronio',
    approved: true,
    items: [
      {
        topic: 'Sartoria sociale di quartiere — credito sociale',
        subjectKind: SubjectKind.PROJECT,
        subjectId: projectId('sartoria'),
        votes: [A, A, A],
        decision: {
          outcome: DecisionOutcome.APPROVED,
          conditions: 'Credito sociale con Emil Banca, garanzia 70% del fondo',
          funding: { kind: FundingKind.LOAN, amountCents: 2_500_000, termMonths: 60, graceMonths: 6 },
        },
      },
    ],
  },
  {
    key: 'eval-2020-05',
    committee: 'evaluation',
    heldOn: '2020-05-20',
    location: 'videochiamata',
    approved: true,
    items: [
      {
        topic: 'Autoimpiego — Minimarket di prossimità a San Lazzaro',
        subjectKind: SubjectKind.SELF_EMPLOYMENT,
        subjectId: selfEmploymentId('minimarket'),
        votes: [A, A, A],
        decision: { outcome: DecisionOutcome.APPROVED },
      },
    ],
  },
  {
    key: 'mgmt-2020-06',
    committee: 'management',
    heldOn: '2020-06-10',
    location: 'videochiamata',
    approved: true,
    items: [
      {
        topic: 'Autoimpiego — Minimarket di prossimità, fondo perduto',
        subjectKind: SubjectKind.SELF_EMPLOYMENT,
        subjectId: selfEmploymentId('minimarket'),
        votes: [A, A, A],
        decision: {
          outcome: DecisionOutcome.APPROVED,
          funding: { kind: FundingKind.GRANT, amountCents: 650_000, investmentCents: 500_000, servicesCents: 150_000 },
        },
      },
    ],
  },
  {
    key: 'eval-2026-12',
    committee: 'evaluation',
    heldOn: '2026-12-03',
    location: 'Palazzo Malvezzi, sala del Consiglio',
    approved: false,
    items: [
      {
        topic: 'Emporio solidale e cucina di comunità — Gruppo informale Piazza Aperta',
        subjectKind: SubjectKind.PROJECT,
        subjectId: projectId('emporio'),
      },
    ],
  },
  {
    key: 'coord-2026-06',
    committee: 'coordination',
    heldOn: '2026-06-18',
    location: 'Palazzo d’Accursio',
    approved: true,
    items: [{ topic: 'Presentazione dei risultati 2025' }, { topic: 'Approvazione del piano di lavoro 2026' }],
  },
  {
    key: 'tech-2026-09',
    committee: 'technical',
    heldOn: '2026-09-24',
    location: 'Città metropolitana',
    approved: false,
    items: [
      { topic: 'Avanzamento del piano di lavoro: inserimenti e formazione' },
      { topic: 'Call autunno 2026 per progetti di innovazione sociale' },
    ],
  },
];

/** Committee sessions with agendas, votes, decisions and minutes (history of the demo projects). */
export async function seedDemoSessions(tx: EntityManager): Promise<number> {
  for (const s of SESSIONS) {
    const committee = await tx.findOneOrFail(Committee, { id: committeeId(s.committee) });
    const members = await tx.find(CommitteeMember, { committeeId: committee.id }, { orderBy: { displayName: 'asc' } });
    const session = tx.create(CommitteeSession, {
      id: demoId('committee-session', s.key),
      committeeId: committee.id,
      heldOn: s.heldOn,
      location: s.location,
    });
    const items: AgendaItem[] = [];
    const votes: Vote[] = [];
    const decisions: Decision[] = [];
    s.items.forEach((it, i) => {
      const item = tx.create(AgendaItem, {
        id: demoId('agenda-item', `${s.key}:${i}`),
        sessionId: session.id,
        position: i + 1,
        subjectKind: it.subjectKind ?? null,
        subjectId: it.subjectId ?? null,
        topic: it.topic,
      });
      items.push(item);
      const itemVotes = (it.votes ?? []).map((choice, j) =>
        tx.create(Vote, {
          id: demoId('vote', `${item.id}:${j}`),
          agendaItemId: item.id,
          memberId: members[j]?.id ?? '',
          choice,
          conflictOfInterest: false,
          castAt: new Date(`${s.heldOn}T10:00:00Z`),
        }),
      );
      votes.push(...itemVotes);
      if (it.decision && it.subjectKind && it.subjectId) {
        const f = it.decision.funding;
        const t = tally(itemVotes);
        decisions.push(
          tx.create(Decision, {
            id: demoId('decision', item.id),
            agendaItemId: item.id,
            sessionId: session.id,
            committeeId: committee.id,
            committeeKind: committee.kind as CommitteeKind,
            subjectKind: it.subjectKind,
            subjectId: it.subjectId,
            outcome: it.decision.outcome,
            conditions: it.decision.conditions ?? null,
            fundingKind: f?.kind ?? null,
            amountCents: f?.amountCents ?? null,
            investmentCents: f?.investmentCents ?? null,
            servicesCents: f?.servicesCents ?? null,
            termMonths: f?.termMonths ?? null,
            graceMonths: f?.graceMonths ?? null,
            votesFor: t.votesFor,
            votesAgainst: t.votesAgainst,
            abstentions: t.abstentions,
            excludedForConflict: t.excludedForConflict,
            decidedOn: s.heldOn,
            recordedBy: null,
          }),
        );
      }
    });
    if (s.approved) {
      session.minutes = draftMinutes({ committee, session, members, items, votes, decisions });
      session.minutesStatus = MinutesStatus.APPROVED;
      session.minutesApprovedAt = new Date(`${s.heldOn}T18:00:00Z`);
    }
    tx.persist([session, ...items, ...votes, ...decisions]);
  }
  await tx.flush();
  return SESSIONS.length;
}
