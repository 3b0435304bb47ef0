import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { isStaff, type Caller } from '@ixl/auth';
import { liveEvents, loadById, requireAuthenticated, requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import type { DomainEvent } from '@ixl/events';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { Interview } from '../entities/interview.entity.js';
import { FuoriProtocolloReason, PersonalDataAction } from '../entities/enums.js';
import { auditPeopleRead } from '../services/audit.service.js';

@ObjectType()
export class BeneficiaryStatusUpdate {
  @Field(() => Beneficiary) beneficiary!: Beneficiary;
  @Field(() => BeneficiaryStatus) from!: BeneficiaryStatus;
  @Field(() => BeneficiaryStatus) to!: BeneficiaryStatus;
  @Field(() => FuoriProtocolloReason, { nullable: true }) fuoriProtocolloReason!: FuoriProtocolloReason | null;
  @Field(() => Date) at!: Date;
}

/** Staff see every person; a beneficiary only itself; nobody else anything. */
const mayFollow = (caller: Caller, beneficiaryId: string) => isStaff(caller) || (caller.role === 'BENEFICIARY' && caller.beneficiaryId === beneficiaryId);

/** The person an event is about, when the subscriber may read it (staff deliveries are audited). */
async function personFor(event: DomainEvent, ctx: SubgraphContext): Promise<Beneficiary | undefined> {
  if (!mayFollow(ctx.caller, event.aggregateId)) return undefined;
  const b = await ctx.em.findOne(Beneficiary, { id: event.aggregateId });
  if (!b) return undefined;
  await auditPeopleRead(ctx.em, ctx.caller, [b.id], PersonalDataAction.READ, `live:${event.type}`);
  return b;
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
      return liveEvents(context as SubgraphContext, ['BeneficiaryStatusChanged'], async (event, ctx) => {
        const beneficiary = await personFor(event, ctx);
        if (!beneficiary) return undefined;
        const p = event.payload as { from: BeneficiaryStatus; to: BeneficiaryStatus; reason: string | null; at: string };
        const fuori = p.to === BeneficiaryStatus.FUORI_PROTOCOLLO && (Object.values(FuoriProtocolloReason) as string[]).includes(p.reason ?? '') ? (p.reason as FuoriProtocolloReason) : null;
        return { beneficiary, from: p.from, to: p.to, fuoriProtocolloReason: fuori, at: new Date(p.at) };
      });
    },
  })
  beneficiaryStatusChanged(@Root() update: BeneficiaryStatusUpdate): BeneficiaryStatusUpdate {
    return update;
  }

  @Subscription(() => Interview, {
    description: 'Intake interviews as they are scheduled or their outcome recorded: staff see all, a beneficiary its own',
    subscribe: ({ context }) => {
      requireAuthenticated((context as SubgraphContext).caller);
      return liveEvents(context as SubgraphContext, ['InterviewScheduled', 'InterviewCompleted'], async (event, ctx) => {
        if (!mayFollow(ctx.caller, event.aggregateId)) return undefined;
        const id = (event.payload as { interviewId?: string }).interviewId;
        return (id && (await ctx.em.findOne(Interview, { id }))) || undefined;
      });
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
    if (!mayFollow(ctx.caller, i.beneficiaryId)) return null;
    const b = await loadById(ctx, Beneficiary, i.beneficiaryId);
    if (b) await auditPeopleRead(ctx.em, ctx.caller, [b.id], PersonalDataAction.READ, 'interview');
    return b;
  }
}
