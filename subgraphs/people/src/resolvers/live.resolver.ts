import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { liveEvents, requireAuthenticated, requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { Interview } from '../entities/interview.entity.js';
import { FuoriProtocolloReason } from '../entities/enums.js';
import { interviewFor, interviewedPerson, personFor, statusUpdateFor } from '../services/live.service.js';

@ObjectType()
export class BeneficiaryStatusUpdate {
  @Field(() => Beneficiary) beneficiary!: Beneficiary;
  @Field(() => BeneficiaryStatus) from!: BeneficiaryStatus;
  @Field(() => BeneficiaryStatus) to!: BeneficiaryStatus;
  @Field(() => FuoriProtocolloReason, { nullable: true }) fuoriProtocolloReason!: FuoriProtocolloReason | null;
  @Field(() => Date) at!: Date;
}

/** Live updates for the staff portal (and a beneficiary's own page), fed by the people outbox. */
@Resolver()
export class PeopleLiveResolver {
  @Subscription(() => Beneficiary, {
    description: 'Staff: people as they register',
    subscribe: ({ context }) => {
      requireStaff((context as SubgraphContext).caller);
      return liveEvents(context as SubgraphContext, ['BeneficiaryRegistered'], personFor);
    },
  })
  beneficiaryRegistered(@Root() b: Beneficiary): Beneficiary {
    return b;
  }

  @Subscription(() => Beneficiary, {
    description: 'Staff: a first interview is due within 3 days or overdue (15-day SLA), once per person and due date',
    subscribe: ({ context }) => {
      requireStaff((context as SubgraphContext).caller);
      return liveEvents(context as SubgraphContext, ['InterviewDue'], personFor);
    },
  })
  interviewDue(@Root() b: Beneficiary): Beneficiary {
    return b;
  }

  @Subscription(() => BeneficiaryStatusUpdate, {
    description: 'Status changes: staff see everyone, a beneficiary only itself',
    subscribe: ({ context }) => {
      requireAuthenticated((context as SubgraphContext).caller);
      return liveEvents(context as SubgraphContext, ['BeneficiaryStatusChanged'], statusUpdateFor);
    },
  })
  beneficiaryStatusChanged(@Root() update: BeneficiaryStatusUpdate): BeneficiaryStatusUpdate {
    return update;
  }

  @Subscription(() => Interview, {
    description: 'Intake interviews as they are scheduled or their outcome recorded: staff see all, a beneficiary its own',
    subscribe: ({ context }) => {
      requireAuthenticated((context as SubgraphContext).caller);
      return liveEvents(context as SubgraphContext, ['InterviewScheduled', 'InterviewCompleted'], interviewFor);
    },
  })
  intakeInterviewUpdated(@Root() interview: Interview): Interview {
    return interview;
  }
}

@Resolver(() => Interview)
export class InterviewBeneficiaryResolver {
  @FieldResolver(() => Beneficiary, { nullable: true, description: 'The person interviewed' })
  async beneficiary(@Root() i: Interview, @Ctx() ctx: SubgraphContext): Promise<Beneficiary | null> {
    return interviewedPerson(ctx, i.beneficiaryId);
  }
}
