import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { DomainError, badInput } from '@ixl/subgraph-kit';
import { AgendaItem, CommitteeSession } from '../entities/committee-session.entity.js';
import { Committee, CommitteeMember } from '../entities/committee.entity.js';
import { Decision } from '../entities/decision.entity.js';
import { MinutesStatus } from '../entities/enums.js';
import { Vote } from '../entities/vote.entity.js';
import { CommitteeService } from './committee.service.js';

const euro = (cents: number | null) =>
  cents === null
    ? ''
    : new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, useGrouping: 'always' }).format(
        cents / 100,
      );
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Rome' }).format(
    new Date(`${iso}T12:00:00Z`),
  );

/** Votes, outcomes and kinds of funding in the words of an Italian verbale. */
export const VOTE_WORDS: Record<string, string> = { APPROVE: 'favorevole', REJECT: 'contrario', ABSTAIN: 'astenuto' };
export const OUTCOME_WORDS: Record<string, string> = { APPROVED: 'APPROVATO', REJECTED: 'RESPINTO', POSTPONED: 'RINVIATO' };
const FUNDING_WORDS: Record<string, string> = {
  LOAN: 'prestito sociale',
  GRANT: 'contributo a fondo perduto',
  NON_CASH: 'sostegno non monetario',
};
const NON_CASH_WORDS: Record<string, string> = {
  COURSE_FEES: 'corso pagato',
  STAGE_FUNDING: 'stage finanziati',
  SERVICES_IN_KIND: 'servizi in natura',
};

/**
 * The verbale (minutes) of a session in Italian, from the agenda, the votes and the decisions (pure: easy to test):
 * who sat, each member's vote in words (favorevole, contrario, astenuto) or the conflict of interest declared, and each
 * decision with its counts, the funding with amounts and term, and its conditions. Staff and members edit it afterwards.
 */
export function draftMinutes(input: {
  committee: Committee;
  session: CommitteeSession;
  members: CommitteeMember[];
  items: AgendaItem[];
  votes: Vote[];
  decisions: Decision[];
}): string {
  const { committee, session, members, items, votes, decisions } = input;
  const name = new Map(members.map((m) => [m.id, m.displayName]));
  const present = members.filter((m) => m.active);
  const lines = [
    `VERBALE DELLA SEDUTA — ${committee.name}`,
    `Seduta del ${longDate(session.heldOn)}${session.location ? `, ${session.location}` : ''}.`,
    '',
    `Componenti: ${present.map((m) => (m.represents ? `${m.displayName} (${m.represents})` : m.displayName)).join(', ') || 'nessuno'}.`,
    `Numero legale: ${committee.quorum} ${committee.quorum === 1 ? 'componente votante' : 'componenti votanti'}.`,
    '',
    'Ordine del giorno',
  ];
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    lines.push('', `${item.position}. ${item.topic}`);
    const itemVotes = votes.filter((v) => v.agendaItemId === item.id);
    if (itemVotes.length) lines.push('   Votazione:');
    for (const v of itemVotes)
      lines.push(
        `   - ${name.get(v.memberId) ?? 'Componente'}: ${
          v.conflictOfInterest
            ? `ha dichiarato un conflitto di interessi${v.conflictNote ? ` (${v.conflictNote})` : ''} e non ha votato`
            : (VOTE_WORDS[v.choice ?? ''] ?? 'non ha votato')
        }`,
      );
    const d = decisions.find((x) => x.agendaItemId === item.id);
    if (d) {
      lines.push(
        `   Decisione: ${OUTCOME_WORDS[d.outcome] ?? d.outcome} il ${longDate(d.decidedOn)} (favorevoli ${d.votesFor}, contrari ${d.votesAgainst}, astenuti ${d.abstentions}, esclusi per conflitto di interessi ${d.excludedForConflict}).`,
      );
      if (d.fundingKind)
        lines.push(
          `   ${d.committeeKind === 'EVALUATION' ? 'Forma di sostegno scelta' : 'Finanziamento'}: ${FUNDING_WORDS[d.fundingKind] ?? d.fundingKind} di ${euro(d.amountCents)}${d.termMonths ? `, durata ${d.termMonths} mesi di cui ${d.graceMonths ?? 0} di preammortamento` : ''}${d.investmentCents !== null ? ` (investimenti ${euro(d.investmentCents)}, servizi ${euro(d.servicesCents)})` : ''}${d.nonCashItems?.length ? ` (${d.nonCashItems.map((i) => `${NON_CASH_WORDS[i.kind] ?? i.kind}: ${i.description}, ${euro(i.valueCents)}`).join('; ')})` : ''}.`,
        );
      if (d.conditions) lines.push(`   Condizioni: ${d.conditions}`);
    } else if (item.subjectId) lines.push('   Nessuna decisione registrata.');
  }
  lines.push('', 'Letto, approvato e sottoscritto.');
  return lines.join('\n');
}

/** Minutes: generated draft → edited → approved (then frozen). Staff or members of the committee. */
export class MinutesService {
  constructor(private readonly em: EntityManager) {}

  async generateDraft(caller: Caller, sessionId: string): Promise<CommitteeSession> {
    const session = await new CommitteeService(this.em).session(caller, sessionId);
    if (session.minutesStatus === MinutesStatus.APPROVED) throw new DomainError('MINUTES_APPROVED', {}, 'sessionId');
    const committee = await this.em.findOneOrFail(Committee, { id: session.committeeId });
    const items = await this.em.find(AgendaItem, { sessionId });
    const ids = items.map((i) => i.id);
    const [members, votes, decisions] = await Promise.all([
      this.em.find(CommitteeMember, { committeeId: committee.id }),
      ids.length ? this.em.find(Vote, { agendaItemId: { $in: ids } }) : Promise.resolve([]),
      this.em.find(Decision, { sessionId }),
    ]);
    session.minutes = draftMinutes({ committee, session, members, items, votes, decisions });
    session.minutesStatus = MinutesStatus.DRAFT;
    await this.em.flush();
    return session;
  }

  async update(caller: Caller, sessionId: string, text: string): Promise<CommitteeSession> {
    const session = await new CommitteeService(this.em).session(caller, sessionId);
    if (session.minutesStatus === MinutesStatus.APPROVED) throw new DomainError('MINUTES_APPROVED', {}, 'sessionId');
    if (!text.trim()) throw badInput('text', 'MINUTES_EMPTY');
    session.minutes = text;
    session.minutesStatus = MinutesStatus.DRAFT;
    await this.em.flush();
    return session;
  }

  async approve(caller: Caller, sessionId: string): Promise<CommitteeSession> {
    const session = await new CommitteeService(this.em).session(caller, sessionId);
    if (session.minutesStatus !== MinutesStatus.DRAFT || !session.minutes)
      throw new DomainError('MINUTES_ONLY_DRAFT_APPROVED', {}, 'sessionId');
    session.minutesStatus = MinutesStatus.APPROVED;
    session.minutesApprovedAt = new Date();
    await this.em.flush();
    return session;
  }
}
