import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Fixed-window hit counters in PostgreSQL (issue 18): one row per key in `<schema>.<table>` (columns `key`,
 * `window_start`, `hits`), counted with one atomic upsert, so every replica shares them and they survive
 * restarts. Used by the people subgraph for logins, registrations and password requests, and by projects
 * for public applications.
 */
export async function countHit(
  em: EntityManager,
  table: string,
  key: string,
  windowSeconds: number,
): Promise<{ hits: number; retryAfterSeconds: number }> {
  const rows = await em.getConnection().execute<{ hits: number; retry_after: string | number }[]>(
    `insert into ${table} as t ("key", "window_start", "hits") values (?, now(), 1)
     on conflict ("key") do update set
       "hits" = case when excluded."window_start" - make_interval(secs => ?) >= t."window_start" then 1 else t."hits" + 1 end,
       "window_start" = case when excluded."window_start" - make_interval(secs => ?) >= t."window_start" then now() else t."window_start" end
     returning t."hits" as "hits", ceil(extract(epoch from (t."window_start" + make_interval(secs => ?) - now()))) as retry_after`,
    [key, windowSeconds, windowSeconds, windowSeconds],
  );
  const row = rows[0];
  return { hits: Number(row?.hits ?? 1), retryAfterSeconds: Math.max(1, Number(row?.retry_after ?? 1)) };
}

/** A counter key that holds no personal data in clear: `<kind>:` + HMAC of the value (an address, an email). */
export function throttleKey(secret: string, kind: string, value: string): string {
  return `${kind}:${createHmac('sha256', secret).update(`login-throttle:${kind}:${value}`).digest('base64url')}`;
}
