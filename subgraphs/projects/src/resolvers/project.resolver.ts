import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isStaff } from '@ixl/auth';
import { DomainError, forbidden, loadById, loader, requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { Call } from '../entities/call.entity.js';
import { Decision } from '../entities/decision.entity.js';
import { MeetingKind, PathMeeting } from '../entities/path-meeting.entity.js';
import { Project } from '../entities/project.entity.js';
import { ProjectOutcome } from '../entities/project-outcome.entity.js';
import { StatusChange } from '../entities/status-change.entity.js';
import { ProjectApplicationInput, ProjectApplicationReceipt } from '../dto/project.input.js';
import { ProjectAccess } from '../services/access.service.js';
import { ApplicationService } from '../services/application.service.js';
import { labDeadline, monitoringEnd } from '../services/time-limits.rules.js';
import { decisionsOf, historyOf, meetingsOf, outcomesOf } from '../services/loaders.js';

/** Batched, authorised project reads: staff, the applicant's account, members of committees with the dossier. */
function readProject(ctx: SubgraphContext, id: string): Promise<Project | null> {
  return loader<string, Project | null>(ctx, 'projectReadable', async (ids) => {
    const rows = await ctx.em.find(Project, { id: { $in: [...new Set(ids)] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return new ProjectAccess(ctx.em).readable(ctx.caller, ids.map((i) => byId.get(i) ?? null));
  }).load(id);
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => [Project], { description: 'Staff: every project, newest first' })
  async projects(@Ctx() ctx: SubgraphContext): Promise<Project[]> {
    requireStaff(ctx.caller);
    return ctx.em.find(Project, {}, { orderBy: { submittedAt: 'desc' } });
  }

  @Query(() => Project, { nullable: true, description: 'Staff; the applicant account; members of a committee with the dossier on a session agenda' })
  async project(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Project | null> {
    if (ctx.caller.role === 'ANONYMOUS') throw new DomainError('UNAUTHENTICATED', 'Please log in');
    const p = await readProject(ctx, id);
    if (!p && !isStaff(ctx.caller)) throw forbidden();
    return p;
  }

  @Query(() => [Project], { description: 'Applications submitted from the caller’s account' })
  async myProjectApplications(@Ctx() ctx: SubgraphContext): Promise<Project[]> {
    return new ApplicationService(ctx.em).mine(ctx.caller);
  }

  @Mutation(() => ProjectApplicationReceipt, { description: 'Public application form (anonymous allowed); returns the tracking code' })
  async submitProjectApplication(@Arg('input', () => ProjectApplicationInput) input: ProjectApplicationInput, @Ctx() ctx: SubgraphContext): Promise<ProjectApplicationReceipt> {
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
    return (await meetingsOf(ctx, p.id)).filter((m) => m.kind === MeetingKind.LAB);
  }

  @FieldResolver(() => [PathMeeting])
  async monitoringMeetings(@Root() p: Project, @Ctx() ctx: SubgraphContext): Promise<PathMeeting[]> {
    return (await meetingsOf(ctx, p.id)).filter((m) => m.kind === MeetingKind.MONITORING);
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

export async function resolveProjectReference(ref: { id: string }, ctx: SubgraphContext) {
  const p = await readProject(ctx, ref.id);
  if (!p && !isStaff(ctx.caller)) throw forbidden();
  return p;
}
