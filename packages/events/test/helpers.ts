import type {} from '../../../test/support/global-setup.js'; // types of inject('pgAdminUrl')
import pg, { type Client } from 'pg';
import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { createSubgraphOrm, migrate, type SubgraphOrm, type EntityManager } from '@ixl/db';
import { freshDatabase } from '../../../test/support/db.js';
import { eventTablesSql, publishEvent, PostgresEventBus, type NewEvent, type PostgresEventBusOptions } from '../src/index.js';

export const PRODUCER = 'producer';
export const CONSUMER = 'consumer';

function migration(name: string, statements: string[]): MigrationObject {
  class Initial extends Migration {
    override up(): void {
      for (const sql of statements) this.addSql(sql);
    }
  }
  return { name, class: Initial };
}

/** Consumer-side tables of the tests (the producer has only its outbox). */
const consumerTables = [
  `create table "${CONSUMER}"."beneficiary_view" ("aggregate_id" text primary key, "name" text not null, "event_id" bigint not null)`,
  `create table "${CONSUMER}"."applied_event" ("id" bigserial primary key, "event_id" bigint not null, "type" text not null, "by" text not null)`,
];

export interface TestDb {
  url: string;
  producer: SubgraphOrm;
  consumer: SubgraphOrm;
  /** Plain client for assertions and for SQL outside the ORMs. */
  sql: Client;
  buses: PostgresEventBus[];
  newBus(options?: Partial<PostgresEventBusOptions>): PostgresEventBus;
  close(): Promise<void>;
}

/** A fresh database with a `producer` and a `consumer` schema, each migrated with its event tables. */
export async function setupTestDb(): Promise<TestDb> {
  const db = await freshDatabase('ixl_events');
  const producer = await createSubgraphOrm({
    schema: PRODUCER,
    url: db.url,
    entities: [],
    migrations: [migration('Migration20250101000000_producer', eventTablesSql(PRODUCER))],
  });
  await migrate(producer, PRODUCER);
  const consumer = await createSubgraphOrm({
    schema: CONSUMER,
    url: db.url,
    entities: [],
    migrations: [migration('Migration20250101000000_consumer', [...eventTablesSql(CONSUMER), ...consumerTables])],
  });
  await migrate(consumer, CONSUMER);
  const sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  const buses: PostgresEventBus[] = [];
  return {
    url: db.url,
    producer,
    consumer,
    sql,
    buses,
    newBus(options = {}) {
      const bus = new PostgresEventBus({
        orm: consumer,
        consumerSchema: CONSUMER,
        sourceUrl: () => db.url,
        pollIntervalMs: 60_000, // tests rely on NOTIFY or drain() unless they say otherwise
        backoffMs: 10,
        log: () => undefined,
        ...options,
      });
      buses.push(bus);
      return bus;
    },
    async close() {
      await Promise.allSettled(buses.map((b) => b.close()));
      await sql.end();
      await producer.close(true);
      await consumer.close(true);
      await db.drop();
    },
  };
}

/** A producer transaction: a state change (none here) plus its events. */
export async function publishCommitted(orm: SubgraphOrm, ...events: NewEvent[]): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    for (const event of events) await publishEvent(em, PRODUCER, event);
  });
}

export function registered(aggregateId: string, name: string): NewEvent {
  return { type: 'BeneficiaryRegistered', aggregateType: 'Beneficiary', aggregateId, payload: { name }, actorId: 'user-1' };
}

/** Idempotent projection: upsert of the read-model row. */
export async function upsertView(em: EntityManager, aggregateId: string, name: string, eventId: string): Promise<void> {
  await em.execute(
    `insert into "${CONSUMER}"."beneficiary_view" ("aggregate_id", "name", "event_id") values (?, ?, ?)
on conflict ("aggregate_id") do update set "name" = excluded."name", "event_id" = excluded."event_id"`,
    [aggregateId, name, eventId],
  );
}

/** Non-idempotent log of applied events: duplicates would show. */
export async function logApplied(em: EntityManager, eventId: string, type: string, by: string): Promise<void> {
  await em.execute(`insert into "${CONSUMER}"."applied_event" ("event_id", "type", "by") values (?, ?, ?)`, [eventId, type, by]);
}

export async function rows<T extends Record<string, unknown>>(client: Client, text: string, values: unknown[] = []): Promise<T[]> {
  return (await client.query<T>(text, values)).rows;
}

export async function appliedEventIds(client: Client): Promise<string[]> {
  const result = await rows<{ event_id: string }>(
    client,
    `select "event_id"::text as "event_id" from "${CONSUMER}"."applied_event" order by "id"`,
  );
  return result.map((r) => r.event_id);
}

export async function offsetOf(client: Client, consumer: string): Promise<{ tx: string; id: string } | undefined> {
  const [row] = await rows<{ tx: string; id: string }>(
    client,
    `select "last_tx_id"::text as "tx", "last_event_id"::text as "id" from "${CONSUMER}"."event_consumer_offset" where "consumer" = $1 and "source" = $2`,
    [consumer, PRODUCER],
  );
  return row;
}

/** Polls `check` until it passes (returns without throwing) or the deadline expires. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000, intervalMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await sleep(intervalMs);
    }
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A promise with its resolve function. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Positions `consumer` at the end of the producer's outbox, so a test sees only the events it publishes. */
export async function startAtEnd(client: Client, consumer: string): Promise<void> {
  await client.query(
    `insert into "${CONSUMER}"."event_consumer_offset" ("consumer", "source", "last_tx_id", "last_event_id")
select $1, $2, o."tx_id", o."id" from "${PRODUCER}"."outbox_event" o order by o."tx_id" desc, o."id" desc limit 1
on conflict ("consumer", "source") do update set "last_tx_id" = excluded."last_tx_id", "last_event_id" = excluded."last_event_id"`,
    [consumer, PRODUCER],
  );
}
