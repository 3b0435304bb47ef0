import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { DomainError, badInput, forbidden } from '@ixl/subgraph-kit';
import { AgendaItem, CommitteeSession } from '../entities/committee-session.entity.js';
import { Decision } from '../entities/decision.entity.js';
import { VoteChoice } from '../entities/enums.js';
import { Vote } from '../entities/vote.entity.js';
import { ProjectAccess } from './access.service.js';

export interface VoteInput {
  agendaItemId: string;
  choice?: VoteChoice | null;
  conflictOfInterest?: boolean | null;
  conflictNote?: string | null;
}

/** Members vote on the dossiers of their committee's sessions (changeable until the decision). */
export class VoteService {
  constructor(private readonly em: EntityManager) {}

  async cast(caller: Caller, input: VoteInput): Promise<Vote> {
    if (caller.role === 'ANONYMOUS') throw new DomainError('LOGIN_REQUIRED', {});
    const item = await this.em.findOne(AgendaItem, { id: input.agendaItemId });
    const session = item ? await this.em.findOne(CommitteeSession, { id: item.sessionId }) : null;
    const member = session ? await new ProjectAccess(this.em).memberOf(caller, session.committeeId) : null;
    if (!item || !session || !member) throw forbidden('NOT_COMMITTEE_MEMBER');
    if (!item.subjectId) throw badInput('agendaItemId', 'GOVERNANCE_NOT_VOTED');
    if (await this.em.count(Decision, { agendaItemId: item.id })) throw new DomainError('DECISION_ALREADY_RECORDED', {}, 'agendaItemId');
    const conflict = input.conflictOfInterest ?? false;
    if (!conflict && !input.choice) throw badInput('choice', 'VOTE_CHOICE_REQUIRED');
    if (conflict && input.choice) throw badInput('choice', 'CONFLICTED_MEMBER_DOES_NOT_VOTE');
    if (conflict && !input.conflictNote?.trim()) throw badInput('conflictNote', 'CONFLICT_DESCRIPTION_REQUIRED');
    const existing = await this.em.findOne(Vote, { agendaItemId: item.id, memberId: member.id });
    const vote = existing ?? this.em.create(Vote, { id: randomUUID(), agendaItemId: item.id, memberId: member.id, castAt: new Date() });
    vote.choice = conflict ? null : (input.choice ?? null);
    vote.conflictOfInterest = conflict;
    vote.conflictNote = conflict ? (input.conflictNote?.trim() ?? null) : null;
    vote.castAt = new Date();
    await this.em.persist(vote).flush();
    return vote;
  }
}
