import { Ctx, Query, Resolver } from 'type-graphql';
import { requireAuthenticated, type SubgraphContext } from '@ixl/subgraph-kit';
import { StatusChange } from '../entities/status-change.entity.js';

/** The signed-in beneficiary's own path: every status change, oldest first. */
@Resolver(() => StatusChange)
export class MyPathResolver {
  @Query(() => [StatusChange], { description: 'Beneficiary: the own path history (status changes), oldest first; empty for other accounts' })
  async myStatusHistory(@Ctx() ctx: SubgraphContext): Promise<StatusChange[]> {
    requireAuthenticated(ctx.caller);
    if (ctx.caller.role !== 'BENEFICIARY' || !ctx.caller.beneficiaryId) return [];
    return ctx.em.find(StatusChange, { beneficiaryId: ctx.caller.beneficiaryId }, { orderBy: { at: 'asc' } });
  }
}
