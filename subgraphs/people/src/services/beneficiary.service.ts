import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { DomainError, badInput, requireStaff } from '@ixl/subgraph-kit';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { PersonalDataAction } from '../entities/enums.js';
import type { BeneficiaryFilter } from '../dto/beneficiary-filter.input.js';
import { isUuid, requireUuid } from './ids.js';
import { auditPeopleRead } from './audit.service.js';
import { isoDateInRome } from '@ixl/calendar';

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
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(date.getTime())) throw badInput('after', 'INVALID_CURSOR');
  return { at: date, id };
}

/** ISO date `years` years before `today` (ISO). */
const yearsBefore = (today: string, years: number) => `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;

/** MikroORM conditions for a staff filter. */
export function filterConditions(f: BeneficiaryFilter | null | undefined, today = isoDateInRome(new Date())): Record<string, unknown>[] {
  if (!f) return [];
  const and: Record<string, unknown>[] = [];
  if (f.status?.length) and.push({ status: { $in: f.status } });
  if (f.profile?.length) and.push({ profile: { $in: f.profile } });
  if (f.readiness?.length) and.push({ readiness: { $in: f.readiness } });
  if (f.municipalityCodes?.length)
    and.push({ $or: [{ municipalityCode: { $in: f.municipalityCodes } }, { domicileMunicipalityCode: { $in: f.municipalityCodes } }] });
  for (const [field, v] of [
    ['ageMin', f.ageMin],
    ['ageMax', f.ageMax],
  ] as const) {
    if (v != null && (!Number.isInteger(v) || v < 0 || v > 120)) throw badInput(`filter.${field}`, 'AGE_RANGE');
  }
  if (f.ageMin != null) and.push({ birthDate: { $lte: yearsBefore(today, f.ageMin) } });
  if (f.ageMax != null) and.push({ birthDate: { $gt: yearsBefore(today, f.ageMax + 1) } });
  if (f.under35 != null) and.push({ birthDate: f.under35 ? { $gt: yearsBefore(today, 35) } : { $lte: yearsBefore(today, 35) } });
  if (f.citizenship?.length) and.push({ citizenship: { $in: f.citizenship.map((c) => c.trim().toUpperCase()) } });
  if (f.sex) and.push({ sex: f.sex });
  if (f.skills?.length)
    and.push({
      skillKeys: { $overlap: f.skills.map((s) => (/^https?:/.test(s.trim()) ? s.trim() : s.trim().toLowerCase().replace(/\s+/g, ' '))) },
    });
  if (f.referringBody?.length) and.push({ referringBody: { $in: f.referringBody } });
  if (f.outOfArea != null) and.push({ outOfArea: f.outOfArea });
  if (f.search?.trim()) {
    const like = `%${f.search.trim().replace(/[%_\\]/g, '\\$&')}%`;
    and.push({ $or: [{ firstName: { $ilike: like } }, { lastName: { $ilike: like } }, { codiceFiscale: { $ilike: like } }] });
  }
  return and;
}

/** Not signed in: UNAUTHENTICATED (log in first); signed in as someone else: FORBIDDEN. */
const refusal = (caller: Caller) =>
  caller.role === 'ANONYMOUS' || !caller.userId ? new DomainError('LOGIN_REQUIRED', {}) : new DomainError('PERSON_READ_FORBIDDEN', {});

export class BeneficiaryService {
  constructor(private readonly em: EntityManager) {}

  /** May the caller read this person's record? Staff: anyone; a beneficiary: only itself. */
  canRead(caller: Caller, beneficiaryId: string): boolean {
    return isStaff(caller) || (caller.role === 'BENEFICIARY' && caller.beneficiaryId === beneficiaryId);
  }

  async get(caller: Caller, id: string): Promise<Beneficiary | null> {
    if (!this.canRead(caller, id)) throw refusal(caller);
    requireUuid('id', id);
    const b = await this.em.findOne(Beneficiary, { id });
    if (b) await auditPeopleRead(this.em, caller, [b.id], PersonalDataAction.READ, 'beneficiary');
    return b;
  }

  /** Batch read for entity references; rows the caller may not read come back as FORBIDDEN errors. */
  async getMany(caller: Caller, ids: readonly string[]): Promise<(Beneficiary | Error | null)[]> {
    const readable = ids.filter((id) => this.canRead(caller, id) && isUuid(id));
    const rows = readable.length ? await this.em.find(Beneficiary, { id: { $in: [...new Set(readable)] } }) : [];
    await auditPeopleRead(
      this.em,
      caller,
      rows.map((r) => r.id),
      PersonalDataAction.READ,
      'reference',
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => (this.canRead(caller, id) ? (byId.get(id) ?? null) : refusal(caller)));
  }

  /** Staff list, newest registrations first, filtered and cursor-paginated. */
  async list(caller: Caller, first: number, after?: string | null, filter?: BeneficiaryFilter | null): Promise<Page<Beneficiary>> {
    requireStaff(caller);
    if (!Number.isInteger(first) || first < 1 || first > 500) throw badInput('first', 'PAGE_SIZE_500');
    const conditions = filterConditions(filter);
    const page = [...conditions];
    if (after) {
      const c = decodeCursor(after);
      page.push({ $or: [{ registeredAt: { $lt: c.at } }, { registeredAt: c.at, id: { $lt: c.id } }] });
    }
    const [rows, totalCount] = await Promise.all([
      this.em.find(Beneficiary, page.length ? { $and: page } : {}, { orderBy: { registeredAt: 'desc', id: 'desc' }, limit: first + 1 }),
      this.em.count(Beneficiary, conditions.length ? { $and: conditions } : {}),
    ]);
    const nodes = rows.slice(0, first);
    await auditPeopleRead(
      this.em,
      caller,
      nodes.map((n) => n.id),
      PersonalDataAction.LIST,
      'beneficiaries',
    );
    const last = nodes[nodes.length - 1];
    return { nodes, endCursor: last ? encodeCursor(last) : null, hasNextPage: rows.length > first, totalCount };
  }
}
