import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isStaff } from '@ixl/auth';
import { forbidden, loadById, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { ChangeCandidateStatusInput, ProposeCandidateInput } from '../dto/candidate.input.js';
import { BeneficiaryRef } from '../entities/beneficiary.ref.js';
import { CandidateRecord, CandidateStatus } from '../entities/candidate.entity.js';
import { CompanyCefrLevel, WorkShift } from '../entities/enums.js';
import { Vacancy } from '../entities/vacancy.entity.js';
import { CandidateService } from '../services/candidate.service.js';
import { loadProfile } from '../services/profile-loader.js';

/**
 * The `Candidate` type. A company receives candidate records only for its own vacancies (services
 * filter them), so the profile fields below are the minimum it needs; staff-only fields check the role.
 */
@Resolver(() => CandidateRecord)
export class CandidateResolver {
  @Query(() => [CandidateRecord], { description: 'Candidates of a vacancy: staff all; the company its proposed ones; FORBIDDEN otherwise' })
  async vacancyCandidates(@Arg('vacancyId', () => ID) vacancyId: string, @Ctx() ctx: SubgraphContext): Promise<CandidateRecord[]> {
    return new CandidateService(ctx.em).listForVacancy(ctx.caller, vacancyId);
  }

  @Mutation(() => CandidateRecord, { description: 'Staff: put a person on the shortlist of an OPEN vacancy (not visible to the company)' })
  async shortlistCandidate(
    @Arg('input', () => ProposeCandidateInput) input: ProposeCandidateInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CandidateRecord> {
    return new CandidateService(ctx.em).add(ctx.caller, input, CandidateStatus.SHORTLISTED);
  }

  @Mutation(() => CandidateRecord, { description: 'Staff: propose a person (or a shortlisted one) to the company' })
  async proposeCandidate(
    @Arg('input', () => ProposeCandidateInput) input: ProposeCandidateInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CandidateRecord> {
    return new CandidateService(ctx.em).add(ctx.caller, input, CandidateStatus.PROPOSED);
  }

  @Mutation(() => CandidateRecord, {
    description: 'Next pipeline step. Company: INTERVIEW, HIRED, REJECTED_BY_COMPANY on its own candidates; staff: every step',
  })
  async changeCandidateStatus(
    @Arg('input', () => ChangeCandidateStatusInput) input: ChangeCandidateStatusInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CandidateRecord> {
    return new CandidateService(ctx.em).changeStatus(ctx.caller, input);
  }

  @FieldResolver(() => Vacancy)
  async vacancy(@Root() c: CandidateRecord, @Ctx() ctx: SubgraphContext): Promise<Vacancy | null> {
    return loadById(ctx, Vacancy, c.vacancy.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'First name (null after a GDPR erasure)' })
  async firstName(@Root() c: CandidateRecord, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return (await loadProfile(ctx, c.beneficiaryId))?.firstName || null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Initials, e.g. "G. R."' })
  async initials(@Root() c: CandidateRecord, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    const p = await loadProfile(ctx, c.beneficiaryId);
    if (!p?.firstName) return null;
    return `${p.firstName.charAt(0).toUpperCase()}.${p.lastInitial ? ` ${p.lastInitial.charAt(0).toUpperCase()}.` : ''}`;
  }

  @FieldResolver(() => [String])
  async skills(@Root() c: CandidateRecord, @Ctx() ctx: SubgraphContext): Promise<string[]> {
    return (await loadProfile(ctx, c.beneficiaryId))?.skills ?? [];
  }

  @FieldResolver(() => CompanyCefrLevel, { nullable: true })
  async italianLevel(@Root() c: CandidateRecord, @Ctx() ctx: SubgraphContext): Promise<CompanyCefrLevel | null> {
    const level = (await loadProfile(ctx, c.beneficiaryId))?.italianLevel;
    return level && level in CompanyCefrLevel ? (level as CompanyCefrLevel) : null;
  }

  @FieldResolver(() => [WorkShift], { description: 'Shifts the person is available for' })
  async shifts(@Root() c: CandidateRecord, @Ctx() ctx: SubgraphContext): Promise<WorkShift[]> {
    return ((await loadProfile(ctx, c.beneficiaryId))?.shifts ?? []).filter((s): s is WorkShift => s in WorkShift);
  }

  @FieldResolver(() => Int, { nullable: true })
  async availableHoursPerWeek(@Root() c: CandidateRecord, @Ctx() ctx: SubgraphContext): Promise<number | null> {
    return (await loadProfile(ctx, c.beneficiaryId))?.availableHoursPerWeek ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'The person agreed to share the CV with companies (download: people subgraph)' })
  async cvAvailable(@Root() c: CandidateRecord, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    return (await loadProfile(ctx, c.beneficiaryId))?.cvShareConsent === true;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Staff only: matching score when shortlisted/proposed' })
  score(@Root() c: CandidateRecord, @Ctx() ctx: SubgraphContext): number | null {
    if (!isStaff(ctx.caller)) throw forbidden('MATCH_SCORES_STAFF_ONLY');
    return c.score;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Staff only' })
  staffNote(@Root() c: CandidateRecord, @Ctx() ctx: SubgraphContext): string | null {
    if (!isStaff(ctx.caller)) throw forbidden('STAFF_NOTES_STAFF_ONLY');
    return c.staffNote;
  }

  @FieldResolver(() => BeneficiaryRef, { nullable: true, description: 'Staff only: the full person (people subgraph)' })
  beneficiary(@Root() c: CandidateRecord, @Ctx() ctx: SubgraphContext): BeneficiaryRef {
    if (!isStaff(ctx.caller)) throw forbidden('CANDIDATE_PERSON_STAFF_ONLY');
    return { id: c.beneficiaryId };
  }
}

/** Adds `candidacies` to the people subgraph's Beneficiary (staff; the person sees its own proposals). */
@Resolver(() => BeneficiaryRef)
export class BeneficiaryCandidaciesResolver {
  @FieldResolver(() => [CandidateRecord], {
    nullable: true,
    description:
      'Vacancies the person is a candidate for (staff; the person: from the proposal on; null only when the companies service cannot answer)',
  })
  async candidacies(@Root() beneficiary: BeneficiaryRef, @Ctx() ctx: SubgraphContext): Promise<CandidateRecord[]> {
    return loader<string, CandidateRecord[]>(ctx, 'candidaciesByBeneficiary', (ids) =>
      new CandidateService(ctx.em).forBeneficiaries(ctx.caller, ids),
    ).load(beneficiary.id);
  }
}
