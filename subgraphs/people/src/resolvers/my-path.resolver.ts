import { Ctx, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { StatusChange } from '../entities/status-change.entity.js';
import { StatusService } from '../services/status.service.js';

/** The signed-in beneficiary's own path: every status change, oldest first. */
@Resolver(() => StatusChange)
export class MyPathResolver {
  @Query(() => [StatusChange], {
    description: 'Beneficiary: the own path history (status changes), oldest first; empty for other accounts',
  })
  async myStatusHistory(@Ctx() ctx: SubgraphContext): Promise<StatusChange[]> {
    return new StatusService(ctx.em).myHistory(ctx.caller);
  }
}
