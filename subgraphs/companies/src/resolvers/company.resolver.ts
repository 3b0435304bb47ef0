import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadById, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { CompanyFieldsInput } from '../dto/company.input.js';
import { AddCompanyContactInput, CompanyPlacementRank } from '../dto/company.types.js';
import { Company } from '../entities/company.entity.js';
import { CompanyContact } from '../entities/company-contact.entity.js';
import { CompanySite } from '../entities/company-site.entity.js';
import { CompanyDetailsService } from '../services/company-details.service.js';
import { CompanyService } from '../services/company.service.js';
import { isBoardMemberOn } from '../services/company.rules.js';
import { RankingService } from '../services/ranking.service.js';

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => [Company], { description: 'Staff: every company; a company user: its own' })
  async companies(@Ctx() ctx: SubgraphContext): Promise<Company[]> {
    return new CompanyService(ctx.em).list(ctx.caller);
  }

  @Query(() => [CompanyPlacementRank], { description: 'Staff: companies by placements started in `year`, most first, ties by name' })
  async companyPlacementRanking(@Arg('year', () => Int) year: number, @Ctx() ctx: SubgraphContext): Promise<CompanyPlacementRank[]> {
    const rows = await new RankingService(ctx.em).companyPlacementRanking(ctx.caller, year);
    const companies = await Promise.all(rows.map((r) => loadById(ctx, Company, r.companyId)));
    return rows.map((r, i) => ({ rank: r.rank, placements: r.placements, company: companies[i] as Company }));
  }

  @FieldResolver(() => Boolean, { description: 'Member of the Board di imprese today (joined, not left)' })
  boardMember(@Root() company: Company): boolean {
    return isBoardMemberOn(company);
  }

  @FieldResolver(() => [CompanySite], { description: 'Sites (sedi); staff or the company itself' })
  async sites(@Root() company: Company, @Ctx() ctx: SubgraphContext): Promise<CompanySite[]> {
    return loader<string, CompanySite[]>(ctx, 'sitesByCompany', (ids) => new CompanyDetailsService(ctx.em).sitesFor(ctx.caller, ids)).load(
      company.id,
    );
  }

  @FieldResolver(() => [CompanyContact], { description: 'Contact people; staff or the company itself' })
  async contacts(@Root() company: Company, @Ctx() ctx: SubgraphContext): Promise<CompanyContact[]> {
    return loader<string, CompanyContact[]>(ctx, 'contactsByCompany', (ids) =>
      new CompanyDetailsService(ctx.em).contactsFor(ctx.caller, ids),
    ).load(company.id);
  }

  @Mutation(() => CompanySite, { description: 'Staff or the company itself' })
  async addCompanySite(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('name', () => String) name: string,
    @Arg('municipalityCode', () => String) municipalityCode: string,
    @Arg('address', () => String, { nullable: true }) address: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CompanySite> {
    return new CompanyDetailsService(ctx.em).addSite(ctx.caller, companyId, name, municipalityCode, address);
  }

  @Mutation(() => CompanyContact, { description: 'Staff or the company itself' })
  async addCompanyContact(
    @Arg('input', () => AddCompanyContactInput) input: AddCompanyContactInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CompanyContact> {
    return new CompanyDetailsService(ctx.em).addContact(ctx.caller, input.companyId, input);
  }

  @Mutation(() => Company, { description: 'Staff: register a company in contact with IXL (board member from boardJoinedOn)' })
  async registerCompany(@Arg('input', () => CompanyFieldsInput) input: CompanyFieldsInput, @Ctx() ctx: SubgraphContext): Promise<Company> {
    return new CompanyService(ctx.em).register(ctx.caller, input);
  }

  @Mutation(() => Company, { description: 'Staff: change the fields given, including Board di imprese join/leave dates (null clears)' })
  async updateCompany(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CompanyFieldsInput) input: CompanyFieldsInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Company> {
    return new CompanyService(ctx.em).update(ctx.caller, id, input);
  }
}

/** Companies are referenced from other subgraphs (placements, courses' committed companies). */
export function resolveCompanyReference(ref: { id: string }, ctx: SubgraphContext) {
  if (ctx.caller.role === 'ANONYMOUS') return null;
  return loadById(ctx, Company, ref.id);
}
