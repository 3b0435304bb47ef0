import type { EntityManager } from '@mikro-orm/postgresql';
import { currentTraceParent } from '@ixl/observability';
import { CHANNEL, query, quoteSchema, table } from './sql.js';
import type { NewEvent } from './types.js';

/**
 * Writes `event` to `<schema>.outbox_event` in the caller's current transaction and queues
 * `pg_notify('ixl_events', '<schema>:<type>')`, which PostgreSQL delivers only if that transaction commits
 * (consumers wake only for the types they handle). The current span's W3C traceparent is stored with it:
 * the consumer's handling links to the request that caused the event.
 * Throws when `em` is not inside a transaction: an outbox row must commit with the state change.
 */
export async function publishEvent(em: EntityManager, schema: string, event: NewEvent): Promise<void> {
  quoteSchema(schema);
  if (!em.getTransactionContext()) {
    throw new Error('@ixl/events: publishEvent must run inside a transaction (em.transactional(...)) of the state change');
  }
  for (const key of ['type', 'aggregateType', 'aggregateId'] as const) {
    if (typeof event[key] !== 'string' || event[key] === '') throw new Error(`@ixl/events: event.${key} must be a non-empty string`);
  }
  if (typeof event.payload !== 'object' || event.payload === null || Array.isArray(event.payload)) {
    throw new Error('@ixl/events: event.payload must be a JSON object');
  }
  await query(
    em,
    `with "inserted" as (
  insert into ${table(schema, 'outbox_event')} ("type", "aggregate_type", "aggregate_id", "payload", "actor_id", "trace_parent")
  values (?, ?, ?, ?::jsonb, ?, ?) returning "id"
) select pg_notify('${CHANNEL}', ?) from "inserted"`,
    [
      event.type,
      event.aggregateType,
      event.aggregateId,
      JSON.stringify(event.payload),
      event.actorId ?? null,
      currentTraceParent(),
      `${schema}:${event.type}`,
    ],
  );
}
