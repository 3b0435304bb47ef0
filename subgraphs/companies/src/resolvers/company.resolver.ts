import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { loadById, type SubgraphContext } from '@ixl/subgraph-kit';
import { Company } from '../entities/company.entity.js';
import { Vacancy } from '../entities/vacancy.entity.js';
import { CompanyService } from '../services/company.service.js';

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => [Company], { description: 'Staff: every company; a company user: its own' })
  async companies(@Ctx() ctx: SubgraphContext): Promise<Company[]> {
    return new CompanyService(ctx.em).list(ctx.caller);
  }

  @Query(() => [Vacancy], { description: 'Staffing needs; a company user sees only its own' })
  async vacancies(@Arg('companyId', () => ID, { nullable: true }) companyId: string | null, @Ctx() ctx: SubgraphContext): Promise<Vacancy[]> {
    return new CompanyService(ctx.em).vacancies(ctx.caller, companyId);
  }
}

@Resolver(() => Vacancy)
export class VacancyResolver {
  @FieldResolver(() => Company)
  async company(@Root() vacancy: Vacancy, @Ctx() ctx: SubgraphContext): Promise<Company | null> {
    return loadById(ctx, Company, vacancy.company.id);
  }
}

/** Companies are referenced from other subgraphs (placements, courses' committed companies). */
export function resolveCompanyReference(ref: { id: string }, ctx: SubgraphContext) {
  if (ctx.caller.role === 'ANONYMOUS') return null;
  return loadById(ctx, Company, ref.id);
}

export function resolveVacancyReference(ref: { id: string }, ctx: SubgraphContext) {
  return loadById(ctx, Vacancy, ref.id);
}
