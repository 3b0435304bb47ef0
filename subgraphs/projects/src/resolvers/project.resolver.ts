import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DomainError, countHit, loadById, throttleKey, type SubgraphContext } from '@ixl/subgraph-kit';
import { Call } from '../entities/call.entity.js';
import { Decision } from '../entities/decision.entity.js';
import { MeetingKind, PathMeeting } from '../entities/path-meeting.entity.js';
import { Project } from '../entities/project.entity.js';
import { ProjectOutcome } from '../entities/project-outcome.entity.js';
import { StatusChange } from '../entities/status-change.entity.js';
import { ProjectApplicationInput, ProjectApplicationReceipt } from '../dto/project.input.js';
import { listProjects, meetingsOfKind, projectById, visibleProject } from '../services/project-query.service.js';
import { ApplicationService } from '../services/application.service.js';
import { labDeadline, monitoringEnd } from '../services/time-limits.rules.js';
import { decisionsOf, historyOf, outcomesOf } from '../services/loaders.js';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => [Project], { description: 'Staff: every project, newest first' })
  async projects(@Ctx() ctx: SubgraphContext): Promise<Project[]> {
    return listProjects(ctx);
  }

  @Query(() => Project, {
    nullable: true,
    description: 'Staff; the applicant account; members of a committee with the dossier on a session agenda',
  })
  async project(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Project | null> {
    return projectById(ctx, id);
  }

  @Query(() => [Project], { description: 'Applications submitted from the caller’s account' })
  async myProjectApplications(@Ctx() ctx: SubgraphContext): Promise<Project[]> {
    return new ApplicationService(ctx.em).mine(ctx.caller);
  }

  @Mutation(() => ProjectApplicationReceipt, { description: 'Public application form (anonymous allowed); returns the tracking code' })
  async submitProjectApplication(
    @Arg('input', () => ProjectApplicationInput) input: ProjectApplicationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ProjectApplicationReceipt> {
    // Issue 18, finding 2: per client address, counted in PostgreSQL like registrations (APPLICATION_LIMIT_PER_IP).
    const { hits, retryAfterSeconds } = await countHit(
      ctx.em,
      '"projects"."request_throttle"',
      throttleKey(ctx.config.internalSecret, 'application', ctx.caller.clientIp ?? 'unknown'),
      ctx.config.people.loginLimit.windowMs / 1000,
    );
    if (hits > ctx.config.people.applicationLimitPerIp)
      throw new DomainError('APPLICATION_RATE_LIMITED', { retryAfterSeconds }, undefined, { retryAfterSeconds });
    const p = await new ApplicationService(ctx.em).submit(ctx.caller, input);
    return { projectId: p.id, trackingCode: p.trackingCode ?? '', status: p.status };
  }

  @FieldResolver(() => Call, { nullable: true })
  call(@Root() p: Project, @Ctx() ctx: SubgraphContext): Promise<Call | null> | null {
    return p.callId ? loadById(ctx, Call, p.callId) : null;
  }

  @FieldResolver(() => [StatusChange], { description: 'The path, oldest step first' })
  history(@Root() p: Project, @Ctx() ctx: SubgraphContext): Promise<StatusChange[]> {
    return historyOf(ctx, p.id);
  }

  @FieldResolver(() => [PathMeeting], { description: 'Accompaniment labs (date, facilitator, notes)' })
  async labs(@Root() p: Project, @Ctx() ctx: SubgraphContext): Promise<PathMeeting[]> {
    return meetingsOfKind(ctx, p.id, MeetingKind.LAB);
  }

  @FieldResolver(() => [PathMeeting])
  async monitoringMeetings(@Root() p: Project, @Ctx() ctx: SubgraphContext): Promise<PathMeeting[]> {
    return meetingsOfKind(ctx, p.id, MeetingKind.MONITORING);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Last day for the 3 labs: 2 months after the intake meeting' })
  labsDueBy(@Root() p: Project): string | null {
    return p.intakeMeetingOn ? labDeadline(p.intakeMeetingOn) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Weekly monitoring: last day (6 months after the start)' })
  monitoringEndsOn(@Root() p: Project): string | null {
    return p.monitoringMode && p.monitoringStartedOn ? monitoringEnd(p.monitoringMode, p.monitoringStartedOn) : null;
  }

  @FieldResolver(() => [Decision])
  decisions(@Root() p: Project, @Ctx() ctx: SubgraphContext): Promise<Decision[]> {
    return decisionsOf(ctx, p.id);
  }

  @FieldResolver(() => [ProjectOutcome], { description: 'Partnerships, stages, jobs and obligations' })
  outcomes(@Root() p: Project, @Ctx() ctx: SubgraphContext): Promise<ProjectOutcome[]> {
    return outcomesOf(ctx, p.id);
  }
}

export function resolveProjectReference(ref: { id: string }, ctx: SubgraphContext) {
  return visibleProject(ctx, ref.id);
}
