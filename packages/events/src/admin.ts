import type { EntityManager } from '@mikro-orm/postgresql';
import { CHANNEL, epochMs, query, table } from './sql.js';
import type { ConsumerStatus, DeadLetter } from './types.js';

interface DeadLetterRow {
  id: string;
  consumer: string;
  source: string;
  event_id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  actor_id: string | null;
  occurred_at_ms: number;
  error: string;
  attempts: number;
  failed_at_ms: number;
  retry_requested_at_ms: number | null;
  retried_at_ms: number | null;
}

const msToDate = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

/** Dead letters of the consumers stored in `schema`, newest first. */
export async function listDeadLetters(
  em: EntityManager,
  schema: string,
  filter: { consumer?: string; openOnly?: boolean } = {},
): Promise<DeadLetter[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.consumer !== undefined) {
    where.push('"consumer" = ?');
    params.push(filter.consumer);
  }
  if (filter.openOnly) where.push('"retried_at" is null');
  const rows = await query<DeadLetterRow>(
    em,
    `select "id"::text as "id", "consumer", "source", "event_id"::text as "event_id", "type", "aggregate_type",
  "aggregate_id", "payload", "actor_id", ${epochMs('"occurred_at"')} as "occurred_at_ms", "error", "attempts",
  ${epochMs('"failed_at"')} as "failed_at_ms", ${epochMs('"retry_requested_at"')} as "retry_requested_at_ms",
  ${epochMs('"retried_at"')} as "retried_at_ms"
from ${table(schema, 'event_dead_letter')} d
${where.length ? `where ${where.join(' and ')}` : ''}
order by d."id" desc`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    consumer: r.consumer,
    source: r.source,
    eventId: r.event_id,
    type: r.type,
    aggregateType: r.aggregate_type,
    aggregateId: r.aggregate_id,
    payload: r.payload,
    actorId: r.actor_id,
    occurredAt: new Date(r.occurred_at_ms),
    error: r.error,
    attempts: r.attempts,
    failedAt: new Date(r.failed_at_ms),
    retryRequestedAt: msToDate(r.retry_requested_at_ms),
    retriedAt: msToDate(r.retried_at_ms),
  }));
}

/** Offsets of the consumers stored in `schema`, with their open dead-letter counts. */
export async function consumerStatus(em: EntityManager, schema: string): Promise<ConsumerStatus[]> {
  const rows = await query<{
    consumer: string;
    source: string;
    last_tx_id: string;
    last_event_id: string;
    updated_at_ms: number;
    open_dead_letters: number;
  }>(
    em,
    `select o."consumer", o."source", o."last_tx_id"::text as "last_tx_id", o."last_event_id"::text as "last_event_id",
  ${epochMs('o."updated_at"')} as "updated_at_ms",
  (select count(*)::int from ${table(schema, 'event_dead_letter')} d
    where d."consumer" = o."consumer" and d."source" = o."source" and d."retried_at" is null) as "open_dead_letters"
from ${table(schema, 'event_consumer_offset')} o
order by o."consumer", o."source"`,
  );
  return rows.map((r) => ({
    consumer: r.consumer,
    source: r.source,
    lastTxId: r.last_tx_id,
    lastEventId: r.last_event_id,
    updatedAt: new Date(r.updated_at_ms),
    openDeadLetters: r.open_dead_letters,
  }));
}

/**
 * Asks the consumer to re-run its handler for dead letter `id` (in `em`'s transaction, if any).
 * The request is durable: a running PostgresEventBus of that consumer (any replica) picks it up on
 * its next pass (woken by NOTIFY when it listens on this database, else by its safety poll), runs the
 * handler once in a transaction that also sets `retried_at`, or records the new error and clears the
 * request. Throws if the dead letter does not exist or was already retried successfully.
 */
export async function retryDeadLetter(em: EntityManager, schema: string, id: string | number): Promise<void> {
  const dead = table(schema, 'event_dead_letter');
  const updated = await query<{ id: string }>(
    em,
    `update ${dead} set "retry_requested_at" = now() where "id" = ?::bigint and "retried_at" is null returning "id"::text as "id"`,
    [String(id)],
  );
  if (updated.length === 0) {
    const exists = await query<{ id: string }>(em, `select "id"::text as "id" from ${dead} where "id" = ?::bigint`, [String(id)]);
    throw new Error(
      exists.length
        ? `@ixl/events: dead letter ${String(id)} in ${schema} was already retried`
        : `@ixl/events: no dead letter ${String(id)} in ${schema}`,
    );
  }
  await query(em, `select pg_notify('${CHANNEL}', ?)`, [`retry:${schema}`]);
}
