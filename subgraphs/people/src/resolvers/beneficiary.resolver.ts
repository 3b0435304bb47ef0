import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { BeneficiaryFilter } from '../dto/beneficiary-filter.input.js';
import { BeneficiaryService } from '../services/beneficiary.service.js';
import { InterviewService } from '../services/interview.service.js';

@ObjectType()
class BeneficiaryPage {
  @Field(() => [Beneficiary])
  nodes!: Beneficiary[];

  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType()
class OverdueInterviewList {
  @Field(() => [Beneficiary])
  nodes!: Beneficiary[];

  @Field(() => Int)
  totalCount!: number;
}

@Resolver(() => Beneficiary)
export class BeneficiaryResolver {
  @Query(() => Beneficiary, { nullable: true })
  async beneficiary(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Beneficiary | null> {
    return new BeneficiaryService(ctx.em).get(ctx.caller, id);
  }

  @Query(() => BeneficiaryPage, { description: 'Staff: registered people, newest first, with filters' })
  async beneficiaries(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => BeneficiaryFilter, { nullable: true }) filter: BeneficiaryFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<BeneficiaryPage> {
    return new BeneficiaryService(ctx.em).list(ctx.caller, first, after, filter);
  }

  @Query(() => OverdueInterviewList, {
    description: 'Staff: people still waiting for the intake interview after its 15-day due date, longest wait first',
  })
  async overdueIntakeInterviews(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OverdueInterviewList> {
    return new InterviewService(ctx.em).overdue(ctx.caller, first);
  }
}

/** Entity reference resolution, batched per request. */
export function resolveBeneficiaryReference(ref: { id: string }, ctx: SubgraphContext) {
  return loader<string, Beneficiary | null>(ctx, 'beneficiary', (ids) => new BeneficiaryService(ctx.em).getMany(ctx.caller, ids)).load(
    ref.id,
  );
}
