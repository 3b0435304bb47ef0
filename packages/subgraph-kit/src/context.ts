import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import type { Caller } from '@ixl/auth';
import type { SubgraphConfig } from './config.js';
import type { OutboxTail } from '@ixl/events';
import type { JobRunner } from './jobs.js';
import type { ServiceStatusData } from './gauges.js';

/** Per-request context: the caller, a forked EntityManager and the request's DataLoaders. */
export interface SubgraphContext {
  caller: Caller;
  em: EntityManager;
  requestId: string;
  /** Per-request DataLoader registry: never shared between requests. */
  loaders: Map<string, DataLoader<unknown, unknown>>;
  config: SubgraphConfig;
  /** Live tail of this subgraph's outbox (feeds subscriptions). */
  events?: OutboxTail;
  /** The subgraph's job runner (the ADMIN dead-letter view of its jobs). */
  jobs?: JobRunner;
  /** The ADMIN status page's readings of this subgraph (consumers, jobs, mail). */
  status?: () => Promise<ServiceStatusData>;
}

/**
 * The request's DataLoader named `name`, created on first use. `batch` receives the keys of one tick
 * and must return one value per key in the same order.
 */
export function loader<K, V>(
  ctx: SubgraphContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>,
): DataLoader<K, V> {
  let found = ctx.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!found) {
    found = new DataLoader<K, V>(batch, { cache: true, maxBatchSize: 1000 });
    ctx.loaders.set(name, found as DataLoader<unknown, unknown>);
  }
  return found;
}

/** Orders rows to match `keys` (missing ones become null). */
export function byKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups rows per key, in the order of `keys` (empty arrays for keys without rows). */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** Loads one entity by primary key through the request's DataLoader (one query per entity class per tick). */
export function loadById<T extends object>(ctx: SubgraphContext, entity: EntityName<T>, id: string): Promise<T | null> {
  const name = typeof entity === 'string' ? entity : (entity as { name: string }).name;
  return loader<string, T | null>(ctx, `byId:${name}`, async (ids) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const rows = await ctx.em.find(entity, { id: { $in: [...new Set(ids)] } } as any);
    return byKeys(ids, rows, (r) => (r as unknown as { id: string }).id);
  }).load(id);
}
