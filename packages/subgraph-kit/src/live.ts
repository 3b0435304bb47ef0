import { tailIterator, type DomainEvent } from '@ixl/events';
import type { SubgraphContext } from './context.js';
import { DomainError } from './errors.js';

/**
 * The async iterator behind a subscription field: this subgraph's committed events of `types`, each
 * turned into the field's value by `select` (return undefined to skip it, e.g. when the subscriber may
 * not read it: authorisation is applied per event). Every event is resolved with a fresh
 * EntityManager and fresh DataLoaders, so nothing is served from a previous event's cache.
 */
export function liveEvents<T>(
  ctx: SubgraphContext,
  types: readonly string[],
  select: (event: DomainEvent, ctx: SubgraphContext) => Promise<T | undefined> | T | undefined,
): AsyncIterableIterator<T> {
  if (!ctx.events) throw new DomainError('SUBSCRIPTIONS_OVER_WEBSOCKET', {});
  const base = ctx.em;
  // `select` gets its own EntityManager per event: an identity map of an earlier event never answers.
  return tailIterator(
    ctx.events,
    (event) => (types.includes(event.type) ? select(event, { ...ctx, em: base.fork(), loaders: new Map() }) : undefined),
    {
      types,
      onYield: () => {
        ctx.em = base.fork();
        ctx.loaders = new Map();
      },
    },
  );
}
