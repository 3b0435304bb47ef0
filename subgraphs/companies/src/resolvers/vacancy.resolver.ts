import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isStaff } from '@ixl/auth';
import { loadById, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { PostVacancyInput, VacancyFieldsInput } from '../dto/vacancy.input.js';
import { CandidateRecord } from '../entities/candidate.entity.js';
import { Company } from '../entities/company.entity.js';
import { Vacancy, VacancyStatus } from '../entities/vacancy.entity.js';
import { CandidateService } from '../services/candidate.service.js';
import { CompanyService } from '../services/company.service.js';
import { accessibleVacancy } from '../services/vacancy-access.js';
import { VacancyService } from '../services/vacancy.service.js';

@Resolver(() => Vacancy)
export class VacancyResolver {
  @Query(() => [Vacancy], { description: 'Staffing needs; a company user sees only its own' })
  async vacancies(
    @Arg('companyId', () => ID, { nullable: true }) companyId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Vacancy[]> {
    return new CompanyService(ctx.em).vacancies(ctx.caller, companyId);
  }

  @Query(() => Vacancy, { description: 'One staffing need: staff any, a company user its own (FORBIDDEN otherwise)' })
  async vacancy(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Vacancy> {
    return accessibleVacancy(ctx.em, ctx.caller, id);
  }

  @Mutation(() => Vacancy, { description: 'A company user posts for its own company; staff for any (companyId)' })
  async postVacancy(@Arg('input', () => PostVacancyInput) input: PostVacancyInput, @Ctx() ctx: SubgraphContext): Promise<Vacancy> {
    return new VacancyService(ctx.em).post(ctx.caller, input);
  }

  @Mutation(() => Vacancy, { description: 'Changes the fields given (DRAFT or OPEN vacancies)' })
  async updateVacancy(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => VacancyFieldsInput) input: VacancyFieldsInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Vacancy> {
    return new VacancyService(ctx.em).update(ctx.caller, id, input);
  }

  @Mutation(() => Vacancy, { description: 'DRAFT → OPEN/CLOSED, OPEN → FILLED/CLOSED, FILLED → OPEN/CLOSED, CLOSED → OPEN' })
  async changeVacancyStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => VacancyStatus) status: VacancyStatus,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Vacancy> {
    return new VacancyService(ctx.em).changeStatus(ctx.caller, id, status);
  }

  @FieldResolver(() => Company)
  async company(@Root() vacancy: Vacancy, @Ctx() ctx: SubgraphContext): Promise<Company | null> {
    return loadById(ctx, Company, vacancy.company.id);
  }

  @FieldResolver(() => [CandidateRecord], {
    description: 'Staff: every candidate; the company: proposed candidates of its own vacancies; others: none',
  })
  async candidates(@Root() vacancy: Vacancy, @Ctx() ctx: SubgraphContext): Promise<CandidateRecord[]> {
    return loader<string, CandidateRecord[]>(ctx, 'candidatesByVacancy', (ids) =>
      new CandidateService(ctx.em).forVacancies(ctx.caller, ids),
    ).load(vacancy.id);
  }
}

/** Vacancies referenced from other subgraphs: staff any, a company its own, other users OPEN ones. */
export async function resolveVacancyReference(ref: { id: string }, ctx: SubgraphContext) {
  if (ctx.caller.role === 'ANONYMOUS') return null;
  const v = await loadById(ctx, Vacancy, ref.id);
  if (!v || isStaff(ctx.caller)) return v;
  if (ctx.caller.role === 'COMPANY') return v.company.id === ctx.caller.companyId ? v : null;
  return v.status === VacancyStatus.OPEN ? v : null;
}
