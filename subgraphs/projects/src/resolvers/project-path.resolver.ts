import { ReadableBy } from '@ixl/subgraph-kit';
import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { PathMeeting } from '../entities/path-meeting.entity.js';
import { PlacementEntityRef } from '../entities/placement-ref.entity.js';
import { Project } from '../entities/project.entity.js';
import { ProjectOutcome } from '../entities/project-outcome.entity.js';
import { MoveProjectInput, ProjectMeetingInput, ProjectOutcomeInput } from '../dto/project.input.js';
import { DeadlineService } from '../services/deadline.service.js';
import { OutcomeService } from '../services/outcome.service.js';
import { ProjectPathService } from '../services/project-path.service.js';

@ObjectType({ description: 'A deadline staff must watch' })
export class ProjectDeadline {
  @Field(() => Project) project!: Project;
  @Field(() => String, {
    description:
      'LABS_DUE, LABS_OVERDUE (3 labs within 2 months of the intake meeting), MONITORING_ENDING (weekly monitoring ends within 30 days), MONITORING_ENDED',
  })
  kind!: string;
  @Field(() => String, { description: 'ISO date' }) dueOn!: string;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => String) detail!: string;
}

@Resolver()
export class ProjectPathResolver {
  @Mutation(() => Project, { description: 'Staff: move a project along its path (history kept); exits need a reason' })
  moveProject(@Arg('input', () => MoveProjectInput) input: MoveProjectInput, @Ctx() ctx: SubgraphContext): Promise<Project> {
    return new ProjectPathService(ctx.em).move(ctx.caller, input);
  }

  @Mutation(() => PathMeeting, { description: 'Staff: a lab of the 3-lab path (at most 3, within 2 months of the intake meeting)' })
  recordProjectLab(@Arg('input', () => ProjectMeetingInput) input: ProjectMeetingInput, @Ctx() ctx: SubgraphContext): Promise<PathMeeting> {
    return new ProjectPathService(ctx.em).recordLab(ctx.caller, input);
  }

  @Mutation(() => PathMeeting, { description: 'Staff: a monitoring meeting (3 × 1 hour, or 1 hour a week for at most 6 months)' })
  recordProjectMonitoringMeeting(
    @Arg('input', () => ProjectMeetingInput) input: ProjectMeetingInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PathMeeting> {
    return new ProjectPathService(ctx.em).recordMonitoringMeeting(ctx.caller, input);
  }

  @Mutation(() => ProjectOutcome, { description: 'Staff: a partnership, stage, job or fulfilled obligation' })
  recordProjectOutcome(
    @Arg('input', () => ProjectOutcomeInput) input: ProjectOutcomeInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ProjectOutcome> {
    return new OutcomeService(ctx.em).record(ctx.caller, input);
  }

  @Query(() => [ProjectDeadline], { description: 'Staff: labs due/overdue and monitoring ending, earliest first' })
  projectDeadlines(
    @Arg('asOf', () => String, { nullable: true, description: 'ISO date (default today, Europe/Rome)' }) asOf: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ProjectDeadline[]> {
    return new DeadlineService(ctx.em).list(ctx.caller, asOf);
  }
}

/** A job or stage outcome links to the placement owned by `companies`. */
@Resolver(() => ProjectOutcome)
export class ProjectOutcomeResolver {
  @FieldResolver(() => PlacementEntityRef, { nullable: true, description: 'STAFF/ADMIN only' })
  @ReadableBy('STAFF', 'ADMIN')
  placement(@Root() o: ProjectOutcome): PlacementEntityRef | null {
    return o.placementId ? { id: o.placementId } : null;
  }
}
