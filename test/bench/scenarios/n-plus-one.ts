import pg from 'pg';
import type { Agent } from 'node:http';
import { SUBGRAPHS } from '@ixl/registry';
import { post } from '../lib/load.js';

const SCHEMAS = SUBGRAPHS.map((s) => s.schema);

/**
 * SQL statements one request costs, from pg_stat_statements (outbox tails, the event bus and health
 * checks excluded), for growing list sizes: with DataLoaders it must not grow with the list.
 */
export async function statementsPerRequest(
  adminUrl: string,
  database: string,
  gatewayUrl: string,
  token: string,
  agent: Agent,
  sizes: number[],
): Promise<{ size: number; statements: number; bySchema: Record<string, number> }[]> {
  const client = new pg.Client({ connectionString: adminUrl.replace(/\/[^/]*$/, `/${database}`) });
  await client.connect();
  await client.query('create extension if not exists pg_stat_statements');
  const query =
    'query($n: Int!) { beneficiaries(first: $n) { nodes { id firstName placements { type company { name } } enrolments { edition { title trainingBody { name } } } } } }';
  const out: { size: number; statements: number; bySchema: Record<string, number> }[] = [];
  try {
    for (const size of sizes) {
      const body = JSON.stringify({ query, variables: { n: size } });
      await post({ url: gatewayUrl, body, headers: { authorization: `Bearer ${token}` } }, agent); // warm caches and plans
      await client.query('select pg_stat_statements_reset()');
      const r = await post({ url: gatewayUrl, body, headers: { authorization: `Bearer ${token}` } }, agent);
      if (!r.ok) throw new Error(`list of ${size} failed: ${r.body.slice(0, 300)}`);
      const { rows } = await client.query<{ query: string; calls: string }>(
        `select query, calls::text from pg_stat_statements s join pg_database d on d.oid = s.dbid
         where d.datname = $1 and query !~* '(outbox_event|event_consumer_offset|event_dead_letter|mail_outbox|pg_stat_statements|pg_notify|^listen|^select \\$1$|^begin|^commit|^rollback|^set |^show |pg_snapshot|advisory|interview_due_alert)'`,
        [database],
      );
      const bySchema: Record<string, number> = {};
      let statements = 0;
      for (const row of rows) {
        const schema = SCHEMAS.find((s) => row.query.includes(`"${s}".`)) ?? 'other';
        bySchema[schema] = (bySchema[schema] ?? 0) + Number(row.calls);
        statements += Number(row.calls);
      }
      out.push({ size, statements, bySchema });
    }
  } finally {
    await client.end();
  }
  return out;
}
