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
  cents === null ? '' : `€${(cents / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Minutes text from the agenda, the votes and the decisions (pure: easy to test). */
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
  const lines = [
    `Minutes — ${committee.name}, session of ${session.heldOn}${session.location ? `, ${session.location}` : ''}`,
    `Quorum: ${committee.quorum} voting member(s).`,
    '',
  ];
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    lines.push(`${item.position}. ${item.topic}`);
    const itemVotes = votes.filter((v) => v.agendaItemId === item.id);
    for (const v of itemVotes)
      lines.push(
        `   - ${name.get(v.memberId) ?? 'Member'}: ${v.conflictOfInterest ? `conflict of interest declared (${v.conflictNote ?? ''}), did not vote` : v.choice}`,
      );
    const d = decisions.find((x) => x.agendaItemId === item.id);
    if (d) {
      lines.push(
        `   Decision: ${d.outcome} (for ${d.votesFor}, against ${d.votesAgainst}, abstained ${d.abstentions}, excluded ${d.excludedForConflict}).`,
      );
      if (d.fundingKind)
        lines.push(
          `   Funding: ${d.fundingKind} ${euro(d.amountCents)}${d.termMonths ? `, ${d.termMonths} months incl. ${d.graceMonths ?? 0} of pre-amortisation` : ''}${d.investmentCents !== null ? ` (investments ${euro(d.investmentCents)}, services ${euro(d.servicesCents)})` : ''}.`,
        );
      if (d.conditions) lines.push(`   Conditions: ${d.conditions}`);
    } else if (item.subjectId) lines.push('   No decision recorded.');
  }
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
