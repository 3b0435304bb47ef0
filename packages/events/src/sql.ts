import type { EntityManager } from '@mikro-orm/postgresql';

/** The NOTIFY channel; the payload is `<producer schema>:<event type>` (or `retry:<consumerSchema>`). */
export const CHANNEL = 'ixl_events';

/** A NOTIFY payload: which source wrote an event, and of which type (null: any, e.g. an older producer). */
export function parseNotification(payload: string): { source: string; type: string | null } {
  const colon = payload.indexOf(':');
  return colon < 0 ? { source: payload, type: null } : { source: payload.slice(0, colon), type: payload.slice(colon + 1) };
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Validates a schema name (lowercase SQL identifier) and returns it double-quoted. */
export function quoteSchema(schema: string): string {
  if (!IDENTIFIER.test(schema)) throw new Error(`@ixl/events: invalid schema name ${JSON.stringify(schema)}`);
  return `"${schema}"`;
}

/** `"schema"."table"`. */
export function table(schema: string, name: string): string {
  return `${quoteSchema(schema)}."${name}"`;
}

/**
 * DDL for the event tables of one subgraph schema, for its initial MikroORM migration
 * (`for (const sql of eventTablesSql('people')) this.addSql(sql)`). The schema must exist.
 */
export function eventTablesSql(schema: string): string[] {
  const outbox = table(schema, 'outbox_event');
  const offset = table(schema, 'event_consumer_offset');
  const dead = table(schema, 'event_dead_letter');
  return [
    `create table ${outbox} (
  "id" bigserial primary key,
  "tx_id" xid8 not null default pg_current_xact_id(),
  "type" text not null,
  "aggregate_type" text not null,
  "aggregate_id" text not null,
  "payload" jsonb not null default '{}'::jsonb,
  "actor_id" text null,
  "occurred_at" timestamptz not null default now(),
  "trace_parent" text null
)`,
    `create index "outbox_event_tx_id_id_idx" on ${outbox} ("tx_id", "id")`,
    `create table ${offset} (
  "consumer" text not null,
  "source" text not null,
  "last_tx_id" xid8 not null default '0'::xid8,
  "last_event_id" bigint not null default 0,
  "updated_at" timestamptz not null default now(),
  primary key ("consumer", "source")
)`,
    `create table ${dead} (
  "id" bigserial primary key,
  "consumer" text not null,
  "source" text not null,
  "event_id" bigint not null,
  "event_tx_id" xid8 not null,
  "type" text not null,
  "aggregate_type" text not null,
  "aggregate_id" text not null,
  "payload" jsonb not null,
  "actor_id" text null,
  "occurred_at" timestamptz not null,
  "error" text not null,
  "attempts" integer not null,
  "failed_at" timestamptz not null default now(),
  "retry_requested_at" timestamptz null,
  "retried_at" timestamptz null,
  constraint "event_dead_letter_event_unique" unique ("consumer", "source", "event_id")
)`,
    `create index "event_dead_letter_open_idx" on ${dead} ("consumer", "source", "id") where "retried_at" is null`,
  ];
}

/** An outbox row as the buses and the relay read it (`OUTBOX_COLUMNS` from `outbox_event e`). */
export interface OutboxRow {
  id: string;
  tx_id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  actor_id: string | null;
  occurred_at: Date;
  trace_parent: string | null;
}

/** The select list of an `OutboxRow` from `outbox_event e`. */
export const OUTBOX_COLUMNS = `e."id"::text as "id", e."tx_id"::text as "tx_id", e."type", e."aggregate_type", e."aggregate_id", e."payload",
  e."actor_id", e."occurred_at", e."trace_parent"`;

/** Raw SQL in the entity manager's current transaction (if any); `?` placeholders. */
export async function query<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await em.execute(sql, params, 'all')) as unknown as T[];
}

/** Select-list expression turning a timestamptz column into epoch milliseconds (float8). */
export function epochMs(column: string): string {
  return `(extract(epoch from ${column}) * 1000)::float8`;
}

export function errorMessage(err: unknown): string {
  const text = err instanceof Error ? err.message || err.name : String(err);
  return text.length > 4000 ? `${text.slice(0, 4000)}…` : text;
}
