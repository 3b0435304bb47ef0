import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { isStaff } from '@ixl/auth';
import { auditPersonalDataRead, badInput, forbidden, requireRole, type SubgraphContext } from '@ixl/subgraph-kit';
import { Placement } from '../entities/placement.entity.js';

/**
 * "My placements" for the companies' portal: the placements at one company, newest first.
 * A company user gets its own company's (asking for another company is FORBIDDEN); staff name the company.
 */
@Resolver(() => Placement)
export class CompanyPlacementsResolver {
  @Query(() => [Placement], { description: 'Placements at a company, newest start first. Company user: its own (companyId optional); staff: companyId required' })
  async companyPlacements(@Arg('companyId', () => ID, { nullable: true }) companyId: string | null, @Ctx() ctx: SubgraphContext): Promise<Placement[]> {
    const { caller } = ctx;
    requireRole(caller, 'STAFF', 'ADMIN', 'COMPANY');
    let company: string;
    if (isStaff(caller)) {
      if (!companyId) throw badInput('companyId', 'Choose the company');
      company = companyId;
    } else {
      if (!caller.companyId || (companyId && companyId !== caller.companyId)) throw forbidden('You can only see the placements at your own company');
      company = caller.companyId;
    }
    const rows = await ctx.em.find(Placement, { company }, { orderBy: { startDate: 'desc', id: 'asc' }, limit: 500 });
    await auditPersonalDataRead(ctx.em, caller, { beneficiaryIds: rows.map((p) => p.beneficiaryId), action: 'LIST', detail: 'companyPlacements' });
    return rows;
  }
}
