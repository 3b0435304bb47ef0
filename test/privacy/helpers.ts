import { SUBGRAPHS } from '@ixl/registry';
import type { TestStack } from '@ixl/testkit';

const SCHEMAS = SUBGRAPHS.map((s) => s.schema);

/** Raw SQL through the people subgraph's connection (the test database holds every schema). */
export async function sql<T = Record<string, unknown>>(t: TestStack, query: string, params: unknown[] = []): Promise<T[]> {
  return t.stack.subgraphs.people.orm.em.getConnection().execute<T[]>(query, params);
}

/** `GET /privacy/export` through the gateway. */
export async function privacyExport(
  t: TestStack,
  token: string | null,
  beneficiaryId?: string,
): Promise<{
  status: number;
  headers: Headers;
  body: Record<string, unknown> & { subgraphs?: Record<string, Record<string, unknown> | null> };
  text: string;
}> {
  const url = new URL(t.url.replace(/\/graphql$/, '/privacy/export'));
  if (beneficiaryId) url.searchParams.set('beneficiaryId', beneficiaryId);
  const r = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await r.text();
  return { status: r.status, headers: r.headers, body: JSON.parse(text) as Record<string, unknown>, text };
}

/** Every table (of every subgraph schema of the registry) with at least one row whose text contains `needle`. */
export async function tablesContaining(t: TestStack, needle: string): Promise<string[]> {
  const tables = await sql<{ s: string; n: string }>(
    t,
    `select table_schema as s, table_name as n from information_schema.tables where table_schema in (${SCHEMAS.map(() => '?').join(', ')}) and table_type = 'BASE TABLE'`,
    SCHEMAS,
  );
  const found: string[] = [];
  for (const { s, n } of tables) {
    const [row] = await sql<{ c: number }>(
      t,
      `select count(*)::int as c from "${s}"."${n}" x where position(lower(?) in lower(x::text)) > 0`,
      [needle],
    );
    if ((row?.c ?? 0) > 0) found.push(`${s}.${n}`);
  }
  return found;
}
