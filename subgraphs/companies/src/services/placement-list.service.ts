import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { isStaff } from '@ixl/auth';
import { auditPersonalDataRead, badInput, forbidden, requireRole, type SubgraphContext } from '@ixl/subgraph-kit';
import type { PlacementListFilter } from '../dto/placement-list.types.js';
import { Placement } from '../entities/placement.entity.js';
import { isIsoDate } from '@ixl/calendar';

export const MAX_PLACEMENT_PAGE = 200;

function isoDate(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!isIsoDate(value)) throw badInput(field, 'ISO_DATE_REQUIRED');
  return value;
}

/**
 * The placements of the programme, newest start first, filtered by type, company and period: staff all; a
 * company user those at its own company ("Inserimenti" in the companies' portal; another company is FORBIDDEN).
 */
export async function listPlacements(
  em: EntityManager,
  caller: Caller,
  filter: PlacementListFilter | null | undefined,
  first: number,
  offset: number,
): Promise<{ totalCount: number; nodes: Placement[] }> {
  requireRole(caller, 'STAFF', 'ADMIN', 'COMPANY');
  if (!isStaff(caller) && (!caller.companyId || (filter?.companyId && filter.companyId !== caller.companyId)))
    throw forbidden('OWN_COMPANY_PLACEMENTS_ONLY');
  if (first < 1 || first > MAX_PLACEMENT_PAGE) throw badInput('first', 'PAGE_SIZE_RANGE', { max: MAX_PLACEMENT_PAGE });
  if (offset < 0) throw badInput('offset', 'NOT_NEGATIVE');
  const from = isoDate('filter.from', filter?.from);
  const to = isoDate('filter.to', filter?.to);
  if (from && to && from > to) throw badInput('filter.to', 'PERIOD_ENDS_BEFORE_START');
  const where: Record<string, unknown> = {};
  if (filter?.type) where.type = filter.type;
  if (!isStaff(caller)) where.company = caller.companyId;
  else if (filter?.companyId) where.company = filter.companyId;
  if (from || to) where.startDate = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) };
  const [nodes, totalCount] = await em.findAndCount(Placement, where, { orderBy: { startDate: 'desc', id: 'asc' }, limit: first, offset });
  await auditPersonalDataRead(em, caller, { beneficiaryIds: nodes.map((p) => p.beneficiaryId), action: 'LIST', detail: 'placements' });
  return { totalCount, nodes };
}

/** The placements at one company, newest start first (at most 500): a company user its own (another is FORBIDDEN), staff the one they name. */
export async function placementsAtCompany(ctx: SubgraphContext, companyId: string | null): Promise<Placement[]> {
  const { caller } = ctx;
  requireRole(caller, 'STAFF', 'ADMIN', 'COMPANY');
  let company: string;
  if (isStaff(caller)) {
    if (!companyId) throw badInput('companyId', 'COMPANY_REQUIRED');
    company = companyId;
  } else {
    if (!caller.companyId || (companyId && companyId !== caller.companyId)) throw forbidden('OWN_PLACEMENTS_ONLY');
    company = caller.companyId;
  }
  const rows = await ctx.em.find(Placement, { company }, { orderBy: { startDate: 'desc', id: 'asc' }, limit: 500 });
  await auditPersonalDataRead(ctx.em, caller, {
    beneficiaryIds: rows.map((p) => p.beneficiaryId),
    action: 'LIST',
    detail: 'companyPlacements',
  });
  return rows;
}
