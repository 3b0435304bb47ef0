import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loadById, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { BeneficiaryRef } from '../entities/beneficiary.ref.js';
import { Company } from '../entities/company.entity.js';
import { Placement } from '../entities/placement.entity.js';
import { PlacementService } from '../services/placement.service.js';

@Resolver(() => Placement)
export class PlacementResolver {
  @FieldResolver(() => BeneficiaryRef, { description: 'The person placed (resolved by the people subgraph)' })
  beneficiary(@Root() placement: Placement): BeneficiaryRef {
    return { id: placement.beneficiaryId };
  }

  @FieldResolver(() => Company, { nullable: true })
  async company(@Root() placement: Placement, @Ctx() ctx: SubgraphContext): Promise<Company | null> {
    return placement.company ? loadById(ctx, Company, placement.company.id) : null;
  }
}

/** Adds `placements` to the people subgraph's Beneficiary. */
@Resolver(() => BeneficiaryRef)
export class BeneficiaryPlacementsResolver {
  @FieldResolver(() => [Placement])
  async placements(@Root() beneficiary: BeneficiaryRef, @Ctx() ctx: SubgraphContext): Promise<Placement[]> {
    return loader<string, Placement[]>(ctx, 'placementsByBeneficiary', (ids) => new PlacementService(ctx.em).forBeneficiaries(ctx.caller, ids)).load(beneficiary.id);
  }
}
