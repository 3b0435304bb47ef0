import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { groupByKeys, requireAuthenticated } from '@ixl/subgraph-kit';
import { Placement } from '../entities/placement.entity.js';

export class PlacementService {
  constructor(private readonly em: EntityManager) {}

  /** Placements per person, in one query; each caller sees only what it may (staff: all, a person: own, a company: at itself). */
  async forBeneficiaries(caller: Caller, beneficiaryIds: readonly string[]): Promise<Placement[][]> {
    requireAuthenticated(caller);
    const ids = [...new Set(beneficiaryIds)].filter((id) => isStaff(caller) || (caller.role === 'BENEFICIARY' && caller.beneficiaryId === id) || caller.role === 'COMPANY');
    const where: Record<string, unknown> = { beneficiaryId: { $in: ids } };
    if (caller.role === 'COMPANY') where.company = caller.companyId ?? '00000000-0000-0000-0000-000000000000';
    const rows = ids.length ? await this.em.find(Placement, where, { orderBy: { startDate: 'asc', id: 'asc' } }) : [];
    return groupByKeys(beneficiaryIds, rows, (p) => p.beneficiaryId);
  }
}
