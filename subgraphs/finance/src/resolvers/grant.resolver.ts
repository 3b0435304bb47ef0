import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { auditPersonalDataRead, auditPersonalDataReadInBatch, forbidden, groupByKeys, loadById, loader, requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { Grant, GrantExpenseLine } from '../entities/grant.entity.js';
import { LedgerAccount } from '../entities/enums.js';
import { ProjectRef } from '../entities/project.ref.js';
import { canSeeFunding, fundingFilter } from '../services/finance-access.js';
import { ledgerSums } from '../services/ledger.service.js';
import { addExpenseLine, disburseTranche } from '../services/grant.service.js';
import { GrantExpenseLineInput, GrantTrancheInput } from '../dto/finance.input.js';

@Resolver(() => Grant)
export class GrantResolver {
  @Query(() => [Grant], { description: 'Fondo perduto grants: staff see all, an applicant or beneficiary its own' })
  async grants(@Ctx() ctx: SubgraphContext): Promise<Grant[]> {
    const rows = await ctx.em.find(Grant, fundingFilter(ctx.caller), { orderBy: { approvedOn: 'desc', id: 'asc' } });
    await auditPersonalDataRead(ctx.em, ctx.caller, { beneficiaryIds: rows.map((g) => g.beneficiaryId), action: 'LIST', detail: 'grants' });
    return rows;
  }

  @Query(() => Grant)
  async grant(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Grant> {
    return visibleGrant(ctx, id);
  }

  @FieldResolver(() => ProjectRef)
  project(@Root() grant: Grant): ProjectRef {
    return { id: grant.projectId };
  }

  @FieldResolver(() => [GrantExpenseLine])
  async expenseLines(@Root() grant: Grant, @Ctx() ctx: SubgraphContext): Promise<GrantExpenseLine[]> {
    return loader<string, GrantExpenseLine[]>(ctx, 'linesByGrant', async (ids) => {
      const rows = await ctx.em.find(GrantExpenseLine, { grantId: { $in: [...new Set(ids)] } }, { orderBy: { category: 'asc', id: 'asc' } });
      return groupByKeys(ids, rows, (r) => r.grantId);
    }).load(grant.id);
  }

  @FieldResolver(() => Int, { description: 'Paid out so far against receipts' })
  async disbursedCents(@Root() grant: Grant, @Ctx() ctx: SubgraphContext): Promise<number> {
    return loader<string, number>(ctx, 'grantDisbursed', async (ids) => {
      const sums = await ledgerSums(ctx.em, LedgerAccount.GRANT_DISBURSED, 'grant_id', ids);
      return ids.map((id) => sums.get(id) ?? 0);
    }).load(grant.id);
  }

  @Mutation(() => GrantExpenseLine, { description: 'Staff: a planned expense of a grant (category totals within the grant)' })
  async addGrantExpenseLine(@Arg('input', () => GrantExpenseLineInput) input: GrantExpenseLineInput, @Ctx() ctx: SubgraphContext): Promise<GrantExpenseLine> {
    requireStaff(ctx.caller);
    return addExpenseLine(ctx.em, input);
  }

  @Mutation(() => Grant, { description: 'Staff: pays a tranche of a grant against receipts' })
  async disburseGrantTranche(@Arg('input', () => GrantTrancheInput) input: GrantTrancheInput, @Ctx() ctx: SubgraphContext): Promise<Grant> {
    requireStaff(ctx.caller);
    return disburseTranche(ctx.em, input, ctx.caller.userId);
  }
}

@Resolver(() => GrantExpenseLine)
export class GrantExpenseLineResolver {
  @FieldResolver(() => Int)
  async disbursedCents(@Root() line: GrantExpenseLine, @Ctx() ctx: SubgraphContext): Promise<number> {
    return loader<string, number>(ctx, 'lineDisbursed', async (ids) => {
      const sums = await ledgerSums(ctx.em, LedgerAccount.GRANT_DISBURSED, 'expense_line_id', ids);
      return ids.map((id) => sums.get(id) ?? 0);
    }).load(line.id);
  }
}

/** Adds `grants` to the projects subgraph's Project. */
@Resolver(() => ProjectRef)
export class ProjectGrantsResolver {
  @FieldResolver(() => [Grant], { nullable: true, description: 'Grants of the project (null only when the finance service cannot answer)' })
  async grants(@Root() project: ProjectRef, @Ctx() ctx: SubgraphContext): Promise<Grant[]> {
    const filter = fundingFilter(ctx.caller);
    return loader<string, Grant[]>(ctx, 'grantsByProject', async (ids) => {
      const rows = await ctx.em.find(Grant, { $and: [{ projectId: { $in: [...new Set(ids)] } }, filter] }, { orderBy: { approvedOn: 'asc', id: 'asc' } });
      await auditPersonalDataRead(ctx.em, ctx.caller, { beneficiaryIds: rows.map((g) => g.beneficiaryId), action: 'LIST', detail: 'projectGrants' });
      return groupByKeys(ids, rows, (g) => g.projectId);
    }).load(project.id);
  }
}

export async function visibleGrant(ctx: SubgraphContext, id: string): Promise<Grant> {
  fundingFilter(ctx.caller);
  const grant = await loadById(ctx, Grant, id);
  if (!grant || !canSeeFunding(ctx.caller, grant)) throw forbidden();
  await auditPersonalDataReadInBatch(ctx, [grant.beneficiaryId], 'READ', 'grant');
  return grant;
}
