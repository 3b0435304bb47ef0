import type { EntityManager } from '@mikro-orm/postgresql';
import { publishEvent, publishEvents, type NewEvent } from '@ixl/events';
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

/** The events published on a transaction's EntityManager while it buffers them (see `bufferEvents`). */
const buffers = new WeakMap<EntityManager, { source: string; event: NewEvent }[]>();

/** A transaction's buffered events: written with `flush`, dropped with `discard`, and `close` ends the buffering. */
export interface EventBuffer {
  /** How many events are buffered (not flushed yet). */
  readonly size: number;
  /** Writes the buffered events in the order they were published, one statement per source (`publishEvents`). */
  flush(): Promise<void>;
  /** Drops the events buffered since `mark` (e.g. the writes that published them were rolled back to a savepoint). */
  discard(mark?: number): void;
  /** Ends the buffering: later publishes on `tx` write at once again. Buffered events left are dropped. */
  close(): void;
}

/**
 * Buffers the events a subgraph publishes on `tx` (its `eventPublisher`) until `flush`, which writes them
 * in one statement (`publishEvents`) instead of one each: for code that publishes many events in one
 * transaction (a chunk of a history import). The events, their order and their transaction are the same
 * as published one by one; the caller must flush before the transaction commits, and close in a finally.
 */
export function bufferEvents(tx: EntityManager): EventBuffer {
  if (buffers.has(tx)) throw new Error('bufferEvents: this EntityManager already buffers its events');
  const events: { source: string; event: NewEvent }[] = [];
  buffers.set(tx, events);
  return {
    get size() {
      return events.length;
    },
    async flush() {
      while (events.length) {
        const source = events[0]!.source;
        const run = events.findIndex((e) => e.source !== source);
        const batch = events.splice(0, run < 0 ? events.length : run);
        await publishEvents(
          tx,
          source,
          batch.map((e) => e.event),
        );
      }
    },
    discard(mark = 0) {
      events.splice(mark);
    },
    close() {
      events.length = 0;
      if (buffers.get(tx) === events) buffers.delete(tx);
    },
  };
}

/**
 * The typed publisher of a subgraph's events, derived from the contracts' `EventCatalogue`: each
 * subgraph creates one (`src/events/publish.ts`) and publishes nothing any other way.
 */
export function eventPublisher<S extends EventSource>(source: S): PublishEvent<S> {
  return async (tx, type, aggregate, payload, actorId) => {
    const event: NewEvent = {
      type,
      aggregateType: aggregate.type,
      aggregateId: aggregate.id,
      payload: { ...(payload as object) } as Record<string, unknown>,
      actorId,
    };
    const buffer = buffers.get(tx);
    if (buffer) buffer.push({ source, event });
    else await publishEvent(tx, source, event);
  };
}
