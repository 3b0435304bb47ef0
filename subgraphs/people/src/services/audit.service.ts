import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { isStaff, type Caller } from '@ixl/auth';
import { badInput, requireRole } from '@ixl/subgraph-kit';
import { AuditEntry } from '../entities/audit-entry.entity.js';
import { requireUuid } from '../domain/ids.js';
import { PersonalDataAction } from '../domain/enums.js';

/** Writes one audit row per person read by staff (one insert for a whole page). */
export async function auditStaffRead(em: EntityManager, caller: Caller, beneficiaryIds: readonly string[], action: PersonalDataAction, detail: string | null = null): Promise<void> {
  if (!isStaff(caller) || !beneficiaryIds.length) return;
  const at = new Date();
  const rows = [...new Set(beneficiaryIds)].map((beneficiaryId) => ({ id: randomUUID(), at, actorId: caller.userId ?? 'unknown', actorRole: caller.role, action, beneficiaryId, detail, extra: caller.requestId ? { requestId: caller.requestId } : null }));
  await em.fork().insertMany(AuditEntry, rows);
}

export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /** ADMIN: the audit log, newest first, filtered by person, actor, action and time range. */
  async search(caller: Caller, filter: { beneficiaryId?: string | null; actorId?: string | null; action?: PersonalDataAction | null; from?: Date | null; to?: Date | null; first: number }): Promise<{ nodes: AuditEntry[]; totalCount: number }> {
    requireRole(caller, 'ADMIN');
    if (!Number.isInteger(filter.first) || filter.first < 1 || filter.first > 1000) throw badInput('first', 'first must be between 1 and 1000');
    const where: Record<string, unknown> = {};
    if (filter.beneficiaryId) where.beneficiaryId = requireUuid('beneficiaryId', filter.beneficiaryId);
    if (filter.actorId) where.actorId = filter.actorId;
    if (filter.action) where.action = filter.action;
    if (filter.from || filter.to) where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    const [nodes, totalCount] = await Promise.all([this.em.find(AuditEntry, where, { orderBy: { at: 'desc', id: 'desc' }, limit: filter.first }), this.em.count(AuditEntry, where)]);
    return { nodes, totalCount };
  }
}
