import { isStaff } from '@ixl/auth';
import { DomainError, groupByKeys, loader, type SubgraphContext } from '@ixl/subgraph-kit';

/** Health and fragility data, and the operators' working data, are for STAFF/ADMIN only. */
export function requireStaffReader(ctx: SubgraphContext): void {
  if (!isStaff(ctx.caller)) throw new DomainError('STAFF_ONLY_INFORMATION', {});
}

/** Rows of `entity` per beneficiary, one query per request for all people in the response. */
export function rowsPerPerson<T extends { beneficiaryId: string }>(
  ctx: SubgraphContext,
  entity: new () => T,
  orderBy: Record<string, 'asc' | 'desc'>,
  id: string,
): Promise<T[]> {
  return loader<string, T[]>(ctx, `perPerson:${entity.name}`, async (ids) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const rows = await ctx.em.find(entity, { beneficiaryId: { $in: [...new Set(ids)] } } as any, { orderBy } as any);
    return groupByKeys(ids, rows as T[], (r) => r.beneficiaryId);
  }).load(id);
}
