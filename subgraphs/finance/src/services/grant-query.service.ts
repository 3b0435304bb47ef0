import {
  auditPersonalDataRead,
  auditPersonalDataReadInBatch,
  forbidden,
  groupByKeys,
  loadById,
  loader,
  type SubgraphContext,
} from '@ixl/subgraph-kit';
import { Grant, GrantExpenseLine } from '../entities/grant.entity.js';
import { LedgerAccount } from '../entities/enums.js';
import { canSeeFunding, fundingFilter } from './finance-access.js';
import { ledgerSums } from './ledger.service.js';

/** The grants the caller may see (staff: all; an applicant or beneficiary: its own), audited. */
export async function listGrants(ctx: SubgraphContext): Promise<Grant[]> {
  const rows = await ctx.em.find(Grant, fundingFilter(ctx.caller), { orderBy: { approvedOn: 'desc', id: 'asc' } });
  await auditPersonalDataRead(ctx.em, ctx.caller, { beneficiaryIds: rows.map((g) => g.beneficiaryId), action: 'LIST', detail: 'grants' });
  return rows;
}

/** One grant; FORBIDDEN unless the caller may see it (existence is not revealed). */
export async function visibleGrant(ctx: SubgraphContext, id: string): Promise<Grant> {
  fundingFilter(ctx.caller);
  const grant = await loadById(ctx, Grant, id);
  if (!grant || !canSeeFunding(ctx.caller, grant)) throw forbidden();
  await auditPersonalDataReadInBatch(ctx, [grant.beneficiaryId], 'READ', 'grant');
  return grant;
}

/** The planned expenses of a grant (batched per request). */
export function grantExpenseLines(ctx: SubgraphContext, grantId: string): Promise<GrantExpenseLine[]> {
  return loader<string, GrantExpenseLine[]>(ctx, 'linesByGrant', async (ids) => {
    const rows = await ctx.em.find(GrantExpenseLine, { grantId: { $in: [...new Set(ids)] } }, { orderBy: { category: 'asc', id: 'asc' } });
    return groupByKeys(ids, rows, (r) => r.grantId);
  }).load(grantId);
}

/** Paid out so far on a grant, or on one of its expense lines, from the journal (batched per request). */
export function grantDisbursedCents(ctx: SubgraphContext, by: 'grant_id' | 'expense_line_id', id: string): Promise<number> {
  return loader<string, number>(ctx, by === 'grant_id' ? 'grantDisbursed' : 'lineDisbursed', async (ids) => {
    const sums = await ledgerSums(ctx.em, LedgerAccount.GRANT_DISBURSED, by, ids);
    return ids.map((key) => sums.get(key) ?? 0);
  }).load(id);
}

/** The grants of a project the caller may see (batched per request, audited). */
export function projectGrants(ctx: SubgraphContext, projectId: string): Promise<Grant[]> {
  const filter = fundingFilter(ctx.caller);
  return loader<string, Grant[]>(ctx, 'grantsByProject', async (ids) => {
    const rows = await ctx.em.find(
      Grant,
      { $and: [{ projectId: { $in: [...new Set(ids)] } }, filter] },
      { orderBy: { approvedOn: 'asc', id: 'asc' } },
    );
    await auditPersonalDataRead(ctx.em, ctx.caller, {
      beneficiaryIds: rows.map((g) => g.beneficiaryId),
      action: 'LIST',
      detail: 'projectGrants',
    });
    return groupByKeys(ids, rows, (g) => g.projectId);
  }).load(projectId);
}
