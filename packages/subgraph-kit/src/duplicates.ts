import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';

/**
 * Natural duplicates refused by the database: a unique constraint (SQLSTATE 23505) or an exclusion
 * constraint (23P01) fires inside the transaction, which rolls back; the error leaving the subgraph is
 * CONFLICT with the id of the record that already exists (`extensions.existingId`), for every mutation
 * without code in the resolvers.
 */
const DUPLICATE_STATES = new Set(['23505', '23P01']);

/** What PostgreSQL (through pg or MikroORM, which copies the fields) says about a violated constraint. */
export interface DuplicateViolation {
  code: string;
  detail?: string;
  constraint?: string;
  table?: string;
  schema?: string;
  /** Filled by `duplicateConflictPlugin` before the error is formatted. */
  existingId?: string | null;
}

/** The people-facing message (and the input field at fault) of a constraint, by constraint name. */
export type DuplicateMessages = Record<string, { message: string; field?: string }>;

export function isDuplicateViolation(err: unknown): err is DuplicateViolation & Error {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === 'string' && DUPLICATE_STATES.has(code);
}

/** Splits `a, f(b, c), [x,y)` at the top-level ", " (ranges and calls keep their commas). */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0 && text[i + 1] === ' ') {
      parts.push(text.slice(start, i));
      start = i + 2;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

/** `Key (cols)=(values)` → pairs; the last such key in `detail` when `which` is 'existing' (exclusion constraints). */
export function parseKey(detail: string, which: 'new' | 'existing' = 'new'): { columns: string[]; values: string[] } | null {
  const marker = which === 'existing' ? 'existing key (' : 'Key (';
  const at = which === 'existing' ? detail.lastIndexOf(marker) : detail.indexOf(marker);
  if (at < 0) return null;
  const rest = detail.slice(at + marker.length - 1);
  const split = findClosing(rest, 0);
  if (split < 0 || rest[split + 1] !== '=' || rest[split + 2] !== '(') return null;
  const valuesEnd = findClosing(rest, split + 2);
  if (valuesEnd < 0) return null;
  const columns = splitTopLevel(rest.slice(1, split));
  const values = splitTopLevel(rest.slice(split + 3, valuesEnd));
  return columns.length === values.length ? { columns, values } : null;
}

function findClosing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

const IDENTIFIER = /^"?([a-z_][a-z0-9_]*)"?$/;
const camel = (column: string) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/**
 * The id of the record already holding the key: an exclusion constraint lists `id WITH <>` last, so
 * PostgreSQL names it in the existing key; for a unique constraint the row is looked up by the key.
 */
export async function existingIdOf(
  err: DuplicateViolation,
  query: (sql: string, params: unknown[]) => Promise<{ id: string }[]>,
): Promise<string | null> {
  if (!err.detail) return null;
  const existing = err.code === '23P01' ? parseKey(err.detail, 'existing') : null;
  const idAt = existing?.columns.findIndex((c) => IDENTIFIER.exec(c)?.[1] === 'id') ?? -1;
  if (existing && idAt >= 0) return existing.values[idAt] ?? null;
  const key = parseKey(err.detail);
  if (err.code !== '23505' || !key || !err.table || !err.schema) return null;
  const columns = key.columns.map((c) => IDENTIFIER.exec(c)?.[1]);
  if (columns.some((c) => !c) || !IDENTIFIER.test(err.table) || !IDENTIFIER.test(err.schema)) return null;
  const where = columns.map((c) => `"${c}"::text = ?`).join(' and '); // MikroORM's `execute` binds `?`
  const rows = await query(`select "id"::text as "id" from "${err.schema}"."${err.table}" where ${where} limit 1`, key.values);
  return rows[0]?.id ?? null;
}

/** The CONFLICT a duplicate becomes (message from `messages` by constraint, else a generic one naming the key). */
export function duplicateConflict(err: DuplicateViolation, messages: DuplicateMessages = {}) {
  const own = err.constraint ? messages[err.constraint] : undefined;
  const key = err.detail ? parseKey(err.detail) : null;
  const fields = (key?.columns ?? []).flatMap((c) => {
    const name = IDENTIFIER.exec(c)?.[1];
    return name && name !== 'id' ? [camel(name)] : [];
  });
  const what = (err.table ?? 'record').replace(/_/g, ' ');
  const message =
    own?.message ??
    (err.code === '23P01'
      ? `It overlaps an existing ${what}`
      : `A ${what} with the same ${fields.length ? fields.join(', ') : 'key'} already exists`);
  return {
    message,
    extensions: {
      code: 'CONFLICT',
      reason: err.code === '23P01' ? 'OVERLAPS_EXISTING' : 'DUPLICATE',
      ...(own?.field ? { field: own.field } : {}),
      ...(err.constraint ? { constraint: err.constraint } : {}),
      ...(err.existingId ? { existingId: err.existingId } : {}),
    },
  };
}

/**
 * Looks up the existing record of each duplicate error before Apollo formats the errors
 * (`didEncounterErrors` is awaited first), so `formatSubgraphError` can name it synchronously.
 */
export function duplicateConflictPlugin(
  query: (sql: string, params: unknown[]) => Promise<{ id: string }[]>,
  onLookupError: (err: unknown) => void = () => undefined,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const e of errors) {
            const original = unwrapResolverError(e);
            if (!isDuplicateViolation(original) || original.existingId !== undefined) continue;
            original.existingId = await existingIdOf(original, query).catch((err: unknown) => {
              onLookupError(err);
              return null;
            });
          }
        },
      };
    },
  };
}
