import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { DomainError, badInput, requireStaff } from '@ixl/subgraph-kit';
import { Beneficiary } from '../entities/beneficiary.entity.js';

export interface Page<T> {
  nodes: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

const encodeCursor = (b: Beneficiary) => Buffer.from(`${b.registeredAt.toISOString()}|${b.id}`).toString('base64url');
function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime())) throw badInput('after', 'Invalid cursor');
  return { at: date, id };
}

export class BeneficiaryService {
  constructor(private readonly em: EntityManager) {}

  /** May the caller read this person's record? Staff: anyone; a beneficiary: only itself. */
  canRead(caller: Caller, beneficiaryId: string): boolean {
    return isStaff(caller) || (caller.role === 'BENEFICIARY' && caller.beneficiaryId === beneficiaryId);
  }

  async get(caller: Caller, id: string): Promise<Beneficiary | null> {
    if (!this.canRead(caller, id)) throw new DomainError('FORBIDDEN', 'You are not allowed to read this person');
    return this.em.findOne(Beneficiary, { id });
  }

  /** Batch read for entity references; rows the caller may not read come back as FORBIDDEN errors. */
  async getMany(caller: Caller, ids: readonly string[]): Promise<(Beneficiary | Error | null)[]> {
    const readable = ids.filter((id) => this.canRead(caller, id));
    const rows = readable.length ? await this.em.find(Beneficiary, { id: { $in: [...new Set(readable)] } }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => (this.canRead(caller, id) ? (byId.get(id) ?? null) : new DomainError('FORBIDDEN', 'You are not allowed to read this person')));
  }

  /** Staff list, newest registrations first, cursor-paginated. */
  async list(caller: Caller, first: number, after?: string | null): Promise<Page<Beneficiary>> {
    requireStaff(caller);
    if (!Number.isInteger(first) || first < 1 || first > 500) throw badInput('first', 'first must be between 1 and 500');
    const where = after
      ? (() => {
          const c = decodeCursor(after);
          return { $or: [{ registeredAt: { $lt: c.at } }, { registeredAt: c.at, id: { $lt: c.id } }] };
        })()
      : {};
    const [rows, totalCount] = await Promise.all([
      this.em.find(Beneficiary, where, { orderBy: { registeredAt: 'desc', id: 'desc' }, limit: first + 1 }),
      this.em.count(Beneficiary, {}),
    ]);
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return { nodes, endCursor: last ? encodeCursor(last) : null, hasNextPage: rows.length > first, totalCount };
  }
}
