import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { Placement } from '../entities/placement.entity.js';
import { placementsAtCompany } from '../services/placement-list.service.js';

/**
 * "My placements" for the companies' portal: the placements at one company, newest first.
 * A company user gets its own company's (asking for another company is FORBIDDEN); staff name the company.
 */
@Resolver(() => Placement)
export class CompanyPlacementsResolver {
  @Query(() => [Placement], {
    description: 'Placements at a company, newest start first. Company user: its own (companyId optional); staff: companyId required',
  })
  async companyPlacements(
    @Arg('companyId', () => ID, { nullable: true }) companyId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Placement[]> {
    return placementsAtCompany(ctx, companyId);
  }
}
