import { ReadableBy } from '@ixl/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadById, type SubgraphContext } from '@ixl/subgraph-kit';
import { AgendaItem } from '../entities/committee-session.entity.js';
import { Decision } from '../entities/decision.entity.js';
import { SubjectKind } from '../entities/enums.js';
import { PathMeeting } from '../entities/path-meeting.entity.js';
import { Project } from '../entities/project.entity.js';
import { SelfEmployment } from '../entities/self-employment.entity.js';
import { StatusChange } from '../entities/status-change.entity.js';
import {
  BusinessPlanInput,
  MoveSelfEmploymentInput,
  SelfEmploymentApplicationInput,
  SelfEmploymentMeetingInput,
} from '../dto/self-employment.input.js';
import {
  agendaSelfEmploymentPath,
  listSelfEmploymentPaths,
  mySelfEmploymentPaths,
  readSelfEmployment,
} from '../services/self-employment-query.service.js';
import { SelfEmploymentService } from '../services/self-employment.service.js';
import { decisionsOf, historyOf, meetingsOf } from '../services/loaders.js';

export const resolveSelfEmploymentReference = (ref: { id: string }, ctx: SubgraphContext) => readSelfEmployment(ctx, ref.id);

@Resolver(() => SelfEmployment)
export class SelfEmploymentResolver {
  @Query(() => [SelfEmployment], { description: 'Staff: every self-employment path, newest first' })
  async selfEmploymentPaths(@Ctx() ctx: SubgraphContext): Promise<SelfEmployment[]> {
    return listSelfEmploymentPaths(ctx);
  }

  @Query(() => [SelfEmployment], { description: 'Beneficiary: its own self-employment paths' })
  mySelfEmploymentPaths(@Ctx() ctx: SubgraphContext): Promise<SelfEmployment[]> {
    return mySelfEmploymentPaths(ctx);
  }

  @Query(() => SelfEmployment, { nullable: true, description: 'Staff, the beneficiary, or members of a committee with the dossier' })
  selfEmploymentPath(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<SelfEmployment | null> {
    return readSelfEmployment(ctx, id);
  }

  @Mutation(() => SelfEmployment, {
    description: 'A beneficiary applies for a self-employment path (staff may open one for a beneficiary)',
  })
  applySelfEmployment(
    @Arg('input', () => SelfEmploymentApplicationInput) input: SelfEmploymentApplicationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SelfEmployment> {
    return new SelfEmploymentService(ctx.em).apply(ctx.caller, input);
  }

  @Mutation(() => SelfEmployment, { description: 'Staff: move a self-employment path (history kept)' })
  moveSelfEmploymentPath(
    @Arg('input', () => MoveSelfEmploymentInput) input: MoveSelfEmploymentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SelfEmployment> {
    return new SelfEmploymentService(ctx.em).move(ctx.caller, input);
  }

  @Mutation(() => SelfEmployment, {
    description: 'Staff or the beneficiary: the business plan (revenue, costs, 3-year projection, funding need)',
  })
  submitSelfEmploymentBusinessPlan(
    @Arg('input', () => BusinessPlanInput) input: BusinessPlanInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SelfEmployment> {
    return new SelfEmploymentService(ctx.em).submitBusinessPlan(ctx.caller, input);
  }

  @Mutation(() => PathMeeting, { description: 'Staff: a one-to-one or monitoring meeting' })
  recordSelfEmploymentMeeting(
    @Arg('input', () => SelfEmploymentMeetingInput) input: SelfEmploymentMeetingInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PathMeeting> {
    return new SelfEmploymentService(ctx.em).recordMeeting(ctx.caller, input);
  }

  @Mutation(() => SelfEmployment, { description: 'Staff: outcome notes' })
  recordSelfEmploymentOutcome(
    @Arg('pathId', () => ID) pathId: string,
    @Arg('outcome', () => String) outcome: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SelfEmployment> {
    return new SelfEmploymentService(ctx.em).recordOutcome(ctx.caller, pathId, outcome);
  }

  @FieldResolver(() => [StatusChange], { description: 'STAFF/ADMIN and the person only' })
  @ReadableBy('STAFF', 'ADMIN', 'BENEFICIARY')
  history(@Root() s: SelfEmployment, @Ctx() ctx: SubgraphContext): Promise<StatusChange[]> {
    return historyOf(ctx, s.id);
  }

  @FieldResolver(() => [PathMeeting], { description: 'STAFF/ADMIN and the person only (meeting notes)' })
  @ReadableBy('STAFF', 'ADMIN', 'BENEFICIARY')
  meetings(@Root() s: SelfEmployment, @Ctx() ctx: SubgraphContext): Promise<PathMeeting[]> {
    return meetingsOf(ctx, s.id);
  }

  @FieldResolver(() => [Decision])
  decisions(@Root() s: SelfEmployment, @Ctx() ctx: SubgraphContext): Promise<Decision[]> {
    return decisionsOf(ctx, s.id);
  }
}

/** The dossier behind an agenda item (the item is reachable only through an authorised session). */
@Resolver(() => AgendaItem)
export class AgendaDossierResolver {
  @FieldResolver(() => Project, { nullable: true })
  project(@Root() item: AgendaItem, @Ctx() ctx: SubgraphContext): Promise<Project | null> | null {
    return item.subjectKind === SubjectKind.PROJECT && item.subjectId ? loadById(ctx, Project, item.subjectId) : null;
  }

  @FieldResolver(() => SelfEmployment, { nullable: true })
  async selfEmploymentPath(@Root() item: AgendaItem, @Ctx() ctx: SubgraphContext): Promise<SelfEmployment | null> {
    return item.subjectKind === SubjectKind.SELF_EMPLOYMENT && item.subjectId ? agendaSelfEmploymentPath(ctx, item.subjectId) : null;
  }
}
