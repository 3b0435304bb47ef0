import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Caller } from '@ixl/auth';
import { badInput, isAuditedReader, requireRole } from '@ixl/subgraph-kit';
import { SUBGRAPH_NAMES } from '@ixl/registry';
import { AuditEntry } from '../entities/audit-entry.entity.js';
import { requireUuid } from './ids.js';
import { PersonalDataAction } from '../entities/enums.js';

/** Subgraphs whose reads and changes are in the audit log (every one of the registry); `detail` starts with `<source>:`. */
export const AUDIT_SOURCES = SUBGRAPH_NAMES;

/**
 * Writes one audit row per person read by someone other than the person (staff, or an organisation
 * role: company, training body, committee member), one insert for a whole page; `detail` is shown as
 * `people:<detail>`. The person reading their own data is not audited.
 */
export async function auditPeopleRead(
  em: EntityManager,
  caller: Caller,
  beneficiaryIds: readonly string[],
  action: PersonalDataAction,
  detail: string | null = null,
): Promise<void> {
  if (!isAuditedReader(caller) || !beneficiaryIds.length) return;
  const at = new Date();
  const shown = `people:${detail ?? action.toLowerCase()}`;
  const rows = [...new Set(beneficiaryIds)].map((beneficiaryId) => ({
    id: randomUUID(),
    at,
    actorId: caller.userId ?? 'unknown',
    actorRole: caller.role,
    action,
    beneficiaryId,
    detail: shown,
    extra: caller.requestId ? { requestId: caller.requestId } : null,
  }));
  await em.fork().insertMany(AuditEntry, rows);
}

export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /** ADMIN: the audit log, newest first, filtered by person, actor, action, source subgraph and time range. */
  async search(
    caller: Caller,
    filter: {
      beneficiaryId?: string | null;
      actorId?: string | null;
      action?: PersonalDataAction | null;
      source?: string | null;
      from?: Date | null;
      to?: Date | null;
      first: number;
    },
  ): Promise<{ nodes: AuditEntry[]; totalCount: number }> {
    requireRole(caller, 'ADMIN');
    if (!Number.isInteger(filter.first) || filter.first < 1 || filter.first > 1000) throw badInput('first', 'AUDIT_PAGE_SIZE');
    const where: Record<string, unknown> = {};
    if (filter.beneficiaryId) where.beneficiaryId = requireUuid('beneficiaryId', filter.beneficiaryId);
    if (filter.actorId) where.actorId = filter.actorId;
    if (filter.action) where.action = filter.action;
    if (filter.source) {
      if (!(AUDIT_SOURCES as readonly string[]).includes(filter.source))
        throw badInput('source', 'AUDIT_SOURCE_UNKNOWN', { sources: AUDIT_SOURCES.join(', ') });
      where.detail = { $like: `${filter.source}:%` };
    }
    if (filter.from || filter.to) where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    const [nodes, totalCount] = await Promise.all([
      this.em.find(AuditEntry, where, { orderBy: { at: 'desc', id: 'desc' }, limit: filter.first }),
      this.em.count(AuditEntry, where),
    ]);
    return { nodes, totalCount };
  }
}
