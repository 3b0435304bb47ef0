import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadById, type SubgraphContext } from '@ixl/subgraph-kit';
import { AgendaItem, CommitteeSession } from '../entities/committee-session.entity.js';
import { Committee, CommitteeMember } from '../entities/committee.entity.js';
import { Decision } from '../entities/decision.entity.js';
import { Vote } from '../entities/vote.entity.js';
import {
  CommitteeAgendaItemInput,
  CommitteeDecisionInput,
  CommitteeInput,
  CommitteeMemberInput,
  CommitteeSessionInput,
  CommitteeVoteInput,
} from '../dto/committee.input.js';
import {
  activeMembers,
  agendaItemDecision,
  agendaItemVotes,
  nextSessionDueBy,
  sessionAgenda,
} from '../services/committee-query.service.js';
import { CommitteeService } from '../services/committee.service.js';
import { DecisionService } from '../services/decision.service.js';
import { MinutesService } from '../services/minutes.service.js';
import { VoteService } from '../services/vote.service.js';

@Resolver(() => Committee)
export class CommitteeResolver {
  @Query(() => [Committee], { description: 'Staff: every committee; a member: the committees they sit on' })
  committees(@Ctx() ctx: SubgraphContext): Promise<Committee[]> {
    return new CommitteeService(ctx.em).committees(ctx.caller);
  }

  @FieldResolver(() => [CommitteeMember])
  async members(@Root() c: Committee, @Ctx() ctx: SubgraphContext): Promise<CommitteeMember[]> {
    return activeMembers(ctx, c.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Governance tables: the next session is due by this ISO date (coordination: 6 months after the last one, technical: 3 months)',
  })
  async nextSessionDueBy(@Root() c: Committee, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return nextSessionDueBy(ctx, c);
  }

  @Mutation(() => Committee, { description: 'Staff' })
  createCommittee(@Arg('input', () => CommitteeInput) input: CommitteeInput, @Ctx() ctx: SubgraphContext): Promise<Committee> {
    return new CommitteeService(ctx.em).createCommittee(ctx.caller, input);
  }

  @Mutation(() => CommitteeMember, { description: 'Staff: make a user account a member of a committee' })
  addCommitteeMember(
    @Arg('input', () => CommitteeMemberInput) input: CommitteeMemberInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CommitteeMember> {
    return new CommitteeService(ctx.em).addMember(ctx.caller, input);
  }
}

@Resolver(() => CommitteeMember)
export class CommitteeMemberResolver {
  @Mutation(() => CommitteeMember, { description: 'Staff: the member leaves the committee (past votes stay)' })
  removeCommitteeMember(@Arg('memberId', () => ID) memberId: string, @Ctx() ctx: SubgraphContext): Promise<CommitteeMember> {
    return new CommitteeService(ctx.em).removeMember(ctx.caller, memberId);
  }
}

@Resolver(() => CommitteeSession)
export class CommitteeSessionResolver {
  @Query(() => [CommitteeSession], { description: 'Sessions of the committees the caller may see, newest first' })
  committeeSessions(
    @Arg('committeeId', () => ID, { nullable: true }) committeeId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CommitteeSession[]> {
    return new CommitteeService(ctx.em).sessions(ctx.caller, committeeId);
  }

  @Query(() => CommitteeSession, { description: 'Staff or members of the session’s committee' })
  committeeSession(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<CommitteeSession> {
    return new CommitteeService(ctx.em).session(ctx.caller, id);
  }

  @FieldResolver(() => Committee)
  async committee(@Root() s: CommitteeSession, @Ctx() ctx: SubgraphContext): Promise<Committee | null> {
    return loadById(ctx, Committee, s.committeeId);
  }

  @FieldResolver(() => [AgendaItem], { description: 'The dossiers (and topics) of the session' })
  agenda(@Root() s: CommitteeSession, @Ctx() ctx: SubgraphContext): Promise<AgendaItem[]> {
    return sessionAgenda(ctx, s.id);
  }

  @Mutation(() => CommitteeSession, { description: 'Staff' })
  scheduleCommitteeSession(
    @Arg('input', () => CommitteeSessionInput) input: CommitteeSessionInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CommitteeSession> {
    return new CommitteeService(ctx.em).scheduleSession(ctx.caller, input);
  }

  @Mutation(() => CommitteeSession, {
    description: 'Staff: convene the session; every active member gets the convocation with the agenda by mail',
  })
  conveneCommitteeSession(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: SubgraphContext): Promise<CommitteeSession> {
    return new CommitteeService(ctx.em).convene(ctx.caller, sessionId);
  }

  @Mutation(() => CommitteeSession, { description: 'Draft minutes generated from the agenda, votes and decisions' })
  generateCommitteeMinutes(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: SubgraphContext): Promise<CommitteeSession> {
    return new MinutesService(ctx.em).generateDraft(ctx.caller, sessionId);
  }

  @Mutation(() => CommitteeSession, { description: 'Edit the draft minutes' })
  updateCommitteeMinutes(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('text', () => String) text: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CommitteeSession> {
    return new MinutesService(ctx.em).update(ctx.caller, sessionId, text);
  }

  @Mutation(() => CommitteeSession, { description: 'Approve the minutes (frozen afterwards)' })
  approveCommitteeMinutes(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: SubgraphContext): Promise<CommitteeSession> {
    return new MinutesService(ctx.em).approve(ctx.caller, sessionId);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => [Vote])
  votes(@Root() item: AgendaItem, @Ctx() ctx: SubgraphContext): Promise<Vote[]> {
    return agendaItemVotes(ctx, item.id);
  }

  @FieldResolver(() => Decision, { nullable: true })
  async decision(@Root() item: AgendaItem, @Ctx() ctx: SubgraphContext): Promise<Decision | null> {
    return agendaItemDecision(ctx, item.id);
  }

  @Mutation(() => AgendaItem, { description: 'Staff: put a dossier or a topic on a session agenda' })
  addCommitteeAgendaItem(
    @Arg('input', () => CommitteeAgendaItemInput) input: CommitteeAgendaItemInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AgendaItem> {
    return new CommitteeService(ctx.em).addAgendaItem(ctx.caller, input);
  }

  @Mutation(() => Vote, { description: 'A member votes (or declares a conflict of interest) on a dossier of their committee' })
  castCommitteeVote(@Arg('input', () => CommitteeVoteInput) input: CommitteeVoteInput, @Ctx() ctx: SubgraphContext): Promise<Vote> {
    return new VoteService(ctx.em).cast(ctx.caller, input);
  }

  @Mutation(() => Decision, { description: 'Staff or a member: record the decision (needs the quorum; follows the majority)' })
  recordCommitteeDecision(
    @Arg('input', () => CommitteeDecisionInput) input: CommitteeDecisionInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Decision> {
    return new DecisionService(ctx.em).record(ctx.caller, input);
  }
}
