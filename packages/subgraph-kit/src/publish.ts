import type { EntityManager } from '@mikro-orm/postgresql';
import { publishEvent } from '@ixl/events';
import type { EventPayload, EventSource, EventType } from '@ixl/contracts';

/** What an event is about: the outbox row's `aggregate_type` and `aggregate_id`. */
export interface EventAggregate {
  type: string;
  id: string;
}

/**
 * Publishes one event of a subgraph in the caller's transaction (the outbox row commits with the
 * change). `type` must be one of the source's events in `@ixl/contracts` and `payload` its payload type.
 */
export type PublishEvent<S extends EventSource> = <T extends EventType<S>>(
  tx: EntityManager,
  type: T,
  aggregate: EventAggregate,
  payload: EventPayload<S, T>,
  actorId: string | null,
) => Promise<void>;

/**
 * The typed publisher of a subgraph's events, derived from the contracts' `EventCatalogue`: each
 * subgraph creates one (`src/events/publish.ts`) and publishes nothing any other way.
 */
export function eventPublisher<S extends EventSource>(source: S): PublishEvent<S> {
  return (tx, type, aggregate, payload, actorId) =>
    publishEvent(tx, source, {
      type,
      aggregateType: aggregate.type,
      aggregateId: aggregate.id,
      payload: { ...(payload as object) } as Record<string, unknown>,
      actorId,
    });
}
