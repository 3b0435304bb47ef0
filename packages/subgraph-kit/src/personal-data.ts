import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import type { SubgraphContext } from './context.js';
import { DomainError } from './errors.js';
import { isUuid } from './ids.js';
import { auditPersonalDataReadInBatch } from './read-audit.js';

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

/** GDPR access to one person's data: the person itself (BENEFICIARY), STAFF and ADMIN; anyone else FORBIDDEN. */
export function requirePersonalDataAccess(caller: Caller, beneficiaryId: string): void {
  if (caller.role === 'ANONYMOUS' || !caller.userId) throw new DomainError('LOGIN_REQUIRED', {});
  if (isStaff(caller)) return;
  if (caller.role === 'BENEFICIARY' && caller.beneficiaryId === beneficiaryId) return;
  throw new DomainError('PERSONAL_DATA_FORBIDDEN', {});
}

export interface PersonalDataOptions {
  /** Tables of the schema left out (e.g. internal bookkeeping). */
  skipTables?: readonly string[];
  /** Columns never exported (secrets). */
  skipColumns?: readonly string[];
}

const jsonValue = (v: unknown): unknown =>
  Buffer.isBuffer(v) ? { bytes: v.length } : v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? v.toString() : v;

/**
 * Every row of `schema` that is about the person: all tables with a `beneficiary_id` column (new
 * tables are included without code changes), keyed by table name; binary columns as their size.
 */
export async function personalDataRows(
  em: EntityManager,
  schema: string,
  beneficiaryId: string,
  options: PersonalDataOptions = {},
): Promise<Record<string, Record<string, unknown>[]>> {
  if (!IDENT.test(schema)) throw new Error(`invalid schema ${schema}`);
  if (!isUuid(beneficiaryId)) return {};
  const tables = await em.execute<{ table_name: string }[]>(
    `select c.table_name from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
     where c.table_schema = ? and c.column_name = 'beneficiary_id' and t.table_type = 'BASE TABLE' order by c.table_name`,
    [schema],
  );
  const skipColumns = new Set(options.skipColumns ?? []);
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const { table_name: table } of tables) {
    if (!IDENT.test(table) || options.skipTables?.includes(table)) continue;
    const rows = await em.execute<Record<string, unknown>[]>(`select * from "${schema}"."${table}" where "beneficiary_id" = ?`, [
      beneficiaryId,
    ]);
    out[table] = rows.map((row) =>
      Object.fromEntries(
        Object.entries(row)
          .filter(([k]) => !skipColumns.has(k))
          .map(([k, v]) => [k, jsonValue(v)]),
      ),
    );
  }
  return out;
}

/**
 * Adds `<subgraph>PersonalData: JSONObject` to the federated Beneficiary (`beneficiaryType`, the
 * subgraph's `@key(fields: "id")` stub): what this subgraph holds about the person, for the GDPR export.
 * `collect` defaults to `personalDataRows` of the subgraph's schema.
 */
export function personalDataResolver(
  subgraph: string,
  beneficiaryType: new () => { id: string },
  collect?: (ctx: SubgraphContext, beneficiaryId: string) => Promise<Record<string, unknown>>,
) {
  @Resolver(() => beneficiaryType)
  class PersonalDataResolver {
    @FieldResolver(() => GraphQLJSONObject, {
      name: `${subgraph}PersonalData`,
      nullable: true,
      description: `GDPR export: what the ${subgraph} subgraph holds about the person (the person itself, staff)`,
    })
    async personalData(@Root() b: { id: string }, @Ctx() ctx: SubgraphContext): Promise<Record<string, unknown>> {
      requirePersonalDataAccess(ctx.caller, b.id);
      const rows = await (collect ? collect(ctx, b.id) : personalDataRows(ctx.em, subgraph, b.id));
      await auditPersonalDataReadInBatch(ctx, [b.id], 'READ', 'personalDataExport');
      return rows;
    }
  }
  Object.defineProperty(PersonalDataResolver, 'name', { value: `${subgraph}PersonalDataResolver` });
  return PersonalDataResolver;
}
