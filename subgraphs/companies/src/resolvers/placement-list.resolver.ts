import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { PlacementListFilter, PlacementPage } from '../dto/placement-list.types.js';
import { listPlacements } from '../services/placement-list.service.js';

@Resolver(() => PlacementPage)
export class PlacementListResolver {
  @Query(() => PlacementPage, {
    description: "Placements, newest start first, by type, company and start period: staff all; a company user its own company's",
  })
  async placements(
    @Arg('filter', () => PlacementListFilter, { nullable: true }) filter: PlacementListFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PlacementPage> {
    return listPlacements(ctx.em, ctx.caller, filter, first, offset);
  }
}
