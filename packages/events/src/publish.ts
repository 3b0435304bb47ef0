import type { EntityManager } from '@mikro-orm/postgresql';
import { currentTraceParent } from '@ixl/observability';
import { CHANNEL, query, quoteSchema, table } from './sql.js';
import type { NewEvent } from './types.js';

function requireTransaction(em: EntityManager, fn: string): void {
  if (!em.getTransactionContext()) {
    throw new Error(`@ixl/events: ${fn} must run inside a transaction (em.transactional(...)) of the state change`);
  }
}

function validate(event: NewEvent): void {
  for (const key of ['type', 'aggregateType', 'aggregateId'] as const) {
    if (typeof event[key] !== 'string' || event[key] === '') throw new Error(`@ixl/events: event.${key} must be a non-empty string`);
  }
  if (typeof event.payload !== 'object' || event.payload === null || Array.isArray(event.payload)) {
    throw new Error('@ixl/events: event.payload must be a JSON object');
  }
}

/**
 * Writes `event` to `<schema>.outbox_event` in the caller's current transaction and queues
 * `pg_notify('ixl_events', '<schema>:<type>')`, which PostgreSQL delivers only if that transaction commits
 * (consumers wake only for the types they handle). The current span's W3C traceparent is stored with it:
 * the consumer's handling links to the request that caused the event.
 * Throws when `em` is not inside a transaction: an outbox row must commit with the state change.
 */
export async function publishEvent(em: EntityManager, schema: string, event: NewEvent): Promise<void> {
  quoteSchema(schema);
  requireTransaction(em, 'publishEvent');
  validate(event);
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

/**
 * `publishEvent` for many events in one statement (e.g. a chunk of a bulk import): the events are written
 * to `<schema>.outbox_event` in the caller's transaction in the order given (their ids ascend in that
 * order, all with the transaction's tx_id, as the same events published one by one would be), and one
 * `pg_notify('ixl_events', '<schema>:<type>')` is queued per type among them (PostgreSQL folds identical
 * notifications of a transaction into one anyway). Every event is checked before anything is written.
 */
export async function publishEvents(em: EntityManager, schema: string, events: readonly NewEvent[]): Promise<void> {
  quoteSchema(schema);
  requireTransaction(em, 'publishEvents');
  events.forEach(validate);
  if (!events.length) return;
  const rows = events.map((e, i) => ({
    n: i,
    type: e.type,
    aggregate_type: e.aggregateType,
    aggregate_id: e.aggregateId,
    payload: e.payload,
    actor_id: e.actorId ?? null,
  }));
  const types = [...new Set(events.map((e) => `${schema}:${e.type}`))];
  await query(
    em,
    `with "inserted" as (
  insert into ${table(schema, 'outbox_event')} ("type", "aggregate_type", "aggregate_id", "payload", "actor_id", "trace_parent")
  select x."type", x."aggregate_type", x."aggregate_id", coalesce(x."payload", '{}'::jsonb), x."actor_id", ?
  from jsonb_to_recordset(?::jsonb) as x("n" int, "type" text, "aggregate_type" text, "aggregate_id" text, "payload" jsonb, "actor_id" text)
  order by x."n"
  returning "id"
) select pg_notify('${CHANNEL}', t) from unnest(?::text[]) as t where exists (select 1 from "inserted")`,
    [currentTraceParent(), JSON.stringify(rows), `{${types.map((t) => `"${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`],
  );
}
