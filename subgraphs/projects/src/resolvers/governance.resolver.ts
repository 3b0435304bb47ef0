import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { GovernanceMeetingInput, WorkPlanInput } from '../dto/governance.input.js';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { GovernanceDueKind, GovernanceTable } from '../entities/enums.js';
import { GovernanceMeeting, WorkPlan } from '../entities/governance.entity.js';
import { GovernanceService } from '../services/governance.service.js';

@ObjectType({ description: 'Something the governance owes: a table’s next meeting, a work plan’s approval or public presentation' })
export class GovernanceDue {
  @Field(() => GovernanceDueKind) kind!: GovernanceDueKind;
  @Field(() => GovernanceTable, { nullable: true }) table!: GovernanceTable | null;
  @Field(() => Int, { nullable: true, description: 'Work plan year' }) year!: number | null;
  @Field(() => String, { nullable: true, description: 'ISO date of the last meeting held' }) lastOn!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date (Europe/Rome) it is due by; null: never held, due now' })
  dueOn!: string | null;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => Int) daysOverdue!: number;
}

@Resolver()
export class GovernanceResolver {
  @Mutation(() => GovernanceMeeting, { description: 'Staff: a meeting a governance table held (not in the future)' })
  recordGovernanceMeeting(
    @Arg('input', () => GovernanceMeetingInput) input: GovernanceMeetingInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<GovernanceMeeting> {
    return new GovernanceService(ctx.em).recordMeeting(ctx.caller, input);
  }

  @Mutation(() => WorkPlan, { description: 'Staff: the yearly work plan approved by the Tavolo di coordinamento and/or presented' })
  recordWorkPlan(@Arg('input', () => WorkPlanInput) input: WorkPlanInput, @Ctx() ctx: SubgraphContext): Promise<WorkPlan> {
    return new GovernanceService(ctx.em).recordWorkPlan(ctx.caller, input);
  }

  @Query(() => [GovernanceMeeting], { description: 'Staff: governance meetings held, newest first' })
  governanceMeetings(
    @Arg('table', () => GovernanceTable, { nullable: true }) table: GovernanceTable | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<GovernanceMeeting[]> {
    return new GovernanceService(ctx.em).meetings(ctx.caller, table);
  }

  @Query(() => [WorkPlan], { description: 'Staff: yearly work plans, newest first' })
  workPlans(@Ctx() ctx: SubgraphContext): Promise<WorkPlan[]> {
    return new GovernanceService(ctx.em).workPlans(ctx.caller);
  }

  @Query(() => [GovernanceDue], { description: 'Staff: next governance meetings and work-plan steps due, overdue first' })
  governanceDue(
    @Arg('asOf', () => String, { nullable: true, description: 'ISO date (default today, Europe/Rome)' }) asOf: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<GovernanceDue[]> {
    return new GovernanceService(ctx.em).due(ctx.caller, asOf);
  }
}
