import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { loadById, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { RecordPlacementInput } from '../dto/placement.input.js';
import { BeneficiaryRef } from '../entities/beneficiary.ref.js';
import { Company } from '../entities/company.entity.js';
import { Placement } from '../entities/placement.entity.js';
import { Vacancy } from '../entities/vacancy.entity.js';
import { PlacementService } from '../services/placement.service.js';
import { personLabel } from '../services/person-label.js';

@Resolver(() => Placement)
export class PlacementResolver {
  @Mutation(() => Placement, {
    description: 'Staff: record a placement (renewals, extensions, conversions are new placements linked to the previous one)',
  })
  async recordPlacement(
    @Arg('input', () => RecordPlacementInput) input: RecordPlacementInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Placement> {
    return new PlacementService(ctx.em).record(ctx.caller, input);
  }

  @FieldResolver(() => BeneficiaryRef, { description: 'The person placed (resolved by the people subgraph)' })
  beneficiary(@Root() placement: Placement): BeneficiaryRef {
    return { id: placement.beneficiaryId };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'First name and initial of the person placed, e.g. "Marta R." (null after erasure); on the placements the caller may see',
  })
  async personName(@Root() placement: Placement, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return personLabel(ctx, placement.beneficiaryId);
  }

  @FieldResolver(() => Company, { nullable: true })
  async company(@Root() placement: Placement, @Ctx() ctx: SubgraphContext): Promise<Company | null> {
    return placement.company ? loadById(ctx, Company, placement.company.id) : null;
  }

  @FieldResolver(() => Vacancy, { nullable: true })
  async vacancy(@Root() placement: Placement, @Ctx() ctx: SubgraphContext): Promise<Vacancy | null> {
    return placement.vacancyId ? loadById(ctx, Vacancy, placement.vacancyId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Course edition credited with the placement (training subgraph)' })
  sourceEditionId(@Root() placement: Placement): string | null {
    return placement.sourceEditionId;
  }

  @FieldResolver(() => Placement, { nullable: true, description: 'The placement this one renews, extends or converts' })
  async previousPlacement(@Root() placement: Placement, @Ctx() ctx: SubgraphContext): Promise<Placement | null> {
    if (!placement.previousPlacementId) return null;
    return loader<string, Placement | null>(ctx, 'placementById', (ids) => new PlacementService(ctx.em).byIds(ctx.caller, ids)).load(
      placement.previousPlacementId,
    );
  }

  @FieldResolver(() => [Placement], { description: 'Renewals, extensions and conversions of this placement' })
  async followUps(@Root() placement: Placement, @Ctx() ctx: SubgraphContext): Promise<Placement[]> {
    return loader<string, Placement[]>(ctx, 'followUpsByPlacement', (ids) =>
      new PlacementService(ctx.em).followUpsOf(ctx.caller, ids),
    ).load(placement.id);
  }
}

/** Adds `placements` to the people subgraph's Beneficiary. */
@Resolver(() => BeneficiaryRef)
export class BeneficiaryPlacementsResolver {
  @FieldResolver(() => [Placement], {
    nullable: true,
    description: 'Placements of the person (null only when the companies service cannot answer)',
  })
  async placements(@Root() beneficiary: BeneficiaryRef, @Ctx() ctx: SubgraphContext): Promise<Placement[]> {
    return loader<string, Placement[]>(ctx, 'placementsByBeneficiary', (ids) =>
      new PlacementService(ctx.em).forBeneficiaries(ctx.caller, ids),
    ).load(beneficiary.id);
  }
}
