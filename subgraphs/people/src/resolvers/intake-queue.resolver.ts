import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { IntakeQueueService, interviewDaysLeft } from '../services/intake-queue.service.js';
import { InterviewSlaView } from './beneficiary-fields.resolver.js';

@ObjectType()
class IntakeInterviewQueue {
  @Field(() => [Beneficiary])
  nodes!: Beneficiary[];

  @Field(() => Int)
  totalCount!: number;
}

/** The staff work queue of first interviews within the 15-day SLA (the overdue ones: `overdueIntakeInterviews`). */
@Resolver()
export class IntakeQueueResolver {
  @Query(() => IntakeInterviewQueue, {
    description: 'Staff: people waiting for the intake interview whose 15-day due date is today or later, earliest due first',
  })
  intakeInterviewsDue(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<IntakeInterviewQueue> {
    return new IntakeQueueService(ctx.em).dueWithinSla(ctx.caller, first);
  }
}

@Resolver(() => InterviewSlaView)
export class InterviewSlaDaysLeftResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Days left to the due date (Europe/Rome; 0 on the day, negative when overdue); null once interviewed',
  })
  daysLeft(@Root() sla: InterviewSlaView): number | null {
    return interviewDaysLeft(sla);
  }
}
