import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isStaff } from '@ixl/auth';
import { loadById, type SubgraphContext } from '@ixl/subgraph-kit';
import { ConfirmHireInput, ConfirmPlacementDraftInput, PlacementDraftFilter } from '../dto/placement-draft.input.js';
import { BeneficiaryRef } from '../entities/beneficiary.ref.js';
import { Company } from '../entities/company.entity.js';
import { PlacementDraft } from '../entities/placement-draft.entity.js';
import { Placement } from '../entities/placement.entity.js';
import { Vacancy } from '../entities/vacancy.entity.js';
import { PlacementDraftService } from '../services/placement-draft.service.js';
import { personLabel } from '../services/person-label.js';

@Resolver(() => PlacementDraft)
export class PlacementDraftResolver {
  @Mutation(() => PlacementDraft, {
    description:
      'Company (its own candidates in INTERVIEW) or staff: "Conferma assunzione" — the candidate becomes HIRED and a placement draft with contract, start and hours waits for staff',
  })
  async confirmHire(@Arg('input', () => ConfirmHireInput) input: ConfirmHireInput, @Ctx() ctx: SubgraphContext): Promise<PlacementDraft> {
    return new PlacementDraftService(ctx.em).confirmHire(ctx.caller, input);
  }

  @Query(() => [PlacementDraft], {
    description: 'Placement drafts from confirmed hires, newest first (PENDING unless asked): staff all, a company its own',
  })
  async placementDrafts(
    @Arg('filter', () => PlacementDraftFilter, { nullable: true }) filter: PlacementDraftFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PlacementDraft[]> {
    return new PlacementDraftService(ctx.em).list(ctx.caller, filter);
  }

  @Mutation(() => Placement, { description: 'Staff: confirm a pending placement draft (with corrections); it becomes a placement' })
  async confirmPlacementDraft(
    @Arg('input', () => ConfirmPlacementDraftInput) input: ConfirmPlacementDraftInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Placement> {
    return new PlacementDraftService(ctx.em).confirm(ctx.caller, input);
  }

  @FieldResolver(() => BeneficiaryRef, {
    nullable: true,
    description: 'The person hired (resolved by the people subgraph); staff only, null for others',
  })
  beneficiary(@Root() draft: PlacementDraft, @Ctx() ctx: SubgraphContext): BeneficiaryRef | null {
    return isStaff(ctx.caller) ? { id: draft.beneficiaryId } : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'First name and initial of the person hired, e.g. "Marta R." (null after erasure)',
  })
  async personName(@Root() draft: PlacementDraft, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return personLabel(ctx, draft.beneficiaryId);
  }

  @FieldResolver(() => Company)
  async company(@Root() draft: PlacementDraft, @Ctx() ctx: SubgraphContext): Promise<Company | null> {
    return loadById(ctx, Company, draft.company.id);
  }

  @FieldResolver(() => Vacancy, { nullable: true })
  async vacancy(@Root() draft: PlacementDraft, @Ctx() ctx: SubgraphContext): Promise<Vacancy | null> {
    return loadById(ctx, Vacancy, draft.vacancyId);
  }

  @FieldResolver(() => Placement, { nullable: true, description: 'The placement it became, once staff confirmed it' })
  async placement(@Root() draft: PlacementDraft, @Ctx() ctx: SubgraphContext): Promise<Placement | null> {
    return draft.placementId ? loadById(ctx, Placement, draft.placementId) : null;
  }
}
