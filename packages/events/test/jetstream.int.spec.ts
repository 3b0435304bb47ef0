/**
 * The NATS JetStream transport against a real nats-server (Debian's package, JetStream on): the producer and
 * the consumer each have their own database and neither touches the other's; events cross through the stream.
 */
import type {} from '../../../test/support/global-setup.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import pg, { type Client } from 'pg';
import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { createSubgraphOrm, migrate, type SubgraphOrm } from '@ixl/db';
import { startNats, type NatsServer } from '@ixl/testkit';
import { freshDatabase } from '../../../test/support/db.js';
import {
  connectJetStream,
  eventTablesSql,
  JetStreamEventBus,
  JetStreamRelay,
  retryDeadLetter,
  listDeadLetters,
  EVENT_STREAM,
  type JetStreamConnection,
} from '../src/index.js';
import { CONSUMER, PRODUCER, appliedEventIds, eventually, logApplied, publishCommitted, registered, upsertView } from './helpers.js';

function migration(name: string, statements: string[]): MigrationObject {
  class Initial extends Migration {
    override up(): void {
      for (const sql of statements) this.addSql(sql);
    }
  }
  return { name, class: Initial };
}

interface Side {
  url: string;
  orm: SubgraphOrm;
  sql: Client;
  close(): Promise<void>;
}

async function side(schema: string, extra: string[] = []): Promise<Side> {
  const db = await freshDatabase('ixl_js');
  const orm = await createSubgraphOrm({
    schema,
    url: db.url,
    entities: [],
    migrations: [migration('Migration20250101000000_x', [...eventTablesSql(schema), ...extra])],
  });
  await migrate(orm, schema);
  const sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  return {
    url: db.url,
    orm,
    sql,
    close: async () => {
      await sql.end();
      await orm.close(true);
      await db.drop();
    },
  };
}

const consumerTables = [
  `create table "${CONSUMER}"."beneficiary_view" ("aggregate_id" text primary key, "name" text not null, "event_id" bigint not null)`,
  `create table "${CONSUMER}"."applied_event" ("id" bigserial primary key, "event_id" bigint not null, "type" text not null, "by" text not null)`,
];

let nats: NatsServer;
beforeAll(async () => {
  nats = await startNats();
});
afterAll(async () => {
  await nats?.close();
});

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
});

/** A producer with its relay and a consumer database, each its own database, joined only by NATS. */
async function setup(): Promise<{
  producer: Side;
  consumer: Side;
  relay: JetStreamRelay;
  connect(name: string): Promise<JetStreamConnection>;
}> {
  const producer = await side(PRODUCER);
  const consumer = await side(CONSUMER, consumerTables);
  cleanup.push(producer.close, consumer.close);
  const connect = async (name: string) => {
    const c = await connectJetStream(nats.url, name, () => undefined);
    cleanup.push(() => c.close());
    return c;
  };
  // Each test starts from a new stream (one server for the file; each test's databases number events from 1).
  const admin = await connect('admin');
  await admin.jsm.streams.delete(EVENT_STREAM);
  const first = await connect('producer');
  const relay = new JetStreamRelay({
    orm: producer.orm,
    schema: PRODUCER,
    databaseUrl: producer.url,
    connection: first,
    log: () => undefined,
  });
  cleanup.push(() => relay.close());
  await relay.start();
  return { producer, consumer, relay, connect };
}

function consumerBus(orm: SubgraphOrm, connection: JetStreamConnection, by: string, options: { fail?: (id: string) => boolean } = {}) {
  const bus = new JetStreamEventBus({
    orm,
    consumerSchema: CONSUMER,
    connection,
    backoffMs: 5,
    maxAttempts: 3,
    retryPollMs: 50,
    log: () => undefined,
  });
  cleanup.push(() => bus.close());
  return {
    bus,
    subscribe: () =>
      bus.subscribe({
        consumer: 'view',
        source: PRODUCER,
        handlers: {
          BeneficiaryRegistered: async (event, em) => {
            if (options.fail?.(String(event.payload.name))) throw new Error(`refused ${String(event.payload.name)}`);
            await upsertView(em, event.aggregateId, String(event.payload.name), event.id);
            await logApplied(em, event.id, event.type, by);
          },
        },
      }),
  };
}

describe('events through NATS JetStream, each service touching only its own database', () => {
  it('delivers committed events in order, once, to a consumer in another database', async () => {
    const { producer, consumer, connect } = await setup();
    const c = consumerBus(consumer.orm, await connect('consumer'), 'a');
    await c.subscribe();
    await publishCommitted(producer.orm, registered('b1', 'Anna'), registered('b2', 'Luca'));
    await publishCommitted(producer.orm, registered('b3', 'Sara'));
    await eventually(async () => expect(await appliedEventIds(consumer.sql)).toEqual(['1', '2', '3']));
    // The consumer's database holds no copy of the producer's outbox; the producer's holds the relay's offset.
    const { rows } = await consumer.sql.query(`select to_regclass('"${PRODUCER}"."outbox_event"') as t`);
    expect(rows[0].t).toBeNull();
    const relayed = await producer.sql.query(
      `select "last_event_id"::int as id from "${PRODUCER}".event_consumer_offset where consumer = 'jetstream-relay'`,
    );
    expect(relayed.rows[0].id).toBe(3);
  });

  it('a relay that publishes everything again (its offset lost) and two consumer replicas apply each event once', async () => {
    const { producer, consumer, relay, connect } = await setup();
    const a = consumerBus(consumer.orm, await connect('consumer-a'), 'a');
    const b = consumerBus(consumer.orm, await connect('consumer-b'), 'b');
    await a.subscribe();
    await b.subscribe();
    for (let i = 1; i <= 20; i++) await publishCommitted(producer.orm, registered(`b${i}`, `P${i}`));
    await eventually(async () => expect((await appliedEventIds(consumer.sql)).length).toBe(20));
    // As if the relay crashed after publishing but before recording it: it publishes all 20 again.
    await producer.sql.query(
      `update "${PRODUCER}".event_consumer_offset set last_tx_id = '0', last_event_id = 0 where consumer = 'jetstream-relay'`,
    );
    await publishCommitted(producer.orm, registered('b21', 'P21'));
    const all = Array.from({ length: 21 }, (_, i) => String(i + 1));
    await eventually(async () => expect(await appliedEventIds(consumer.sql)).toEqual(all));
    await relay.drain();
    await a.bus.drain();
    await b.bus.drain();
    expect(await appliedEventIds(consumer.sql)).toEqual(all);
    const by = await consumer.sql.query(`select distinct "by" from "${CONSUMER}".applied_event`);
    expect(by.rows.length).toBeGreaterThanOrEqual(1);
  });

  it('a failing handler is retried, then dead-lettered so the stream goes on; a retry applies it once', async () => {
    const { producer, consumer, connect } = await setup();
    let refuse = true;
    const c = consumerBus(consumer.orm, await connect('consumer'), 'a', { fail: (name) => refuse && name === 'Bad' });
    await c.subscribe();
    await publishCommitted(producer.orm, registered('b1', 'Bad'));
    await publishCommitted(producer.orm, registered('b2', 'Good'));
    await eventually(async () => expect(await appliedEventIds(consumer.sql)).toEqual(['2']));
    const [dead] = await listDeadLetters(consumer.orm.em.fork(), CONSUMER, {});
    expect(dead).toMatchObject({ eventId: '1', type: 'BeneficiaryRegistered', attempts: 3, error: 'refused Bad' });
    refuse = false;
    await retryDeadLetter(consumer.orm.em.fork(), CONSUMER, dead!.id);
    await eventually(async () => expect(await appliedEventIds(consumer.sql)).toEqual(['2', '1']));
    await c.bus.drain();
    expect(await appliedEventIds(consumer.sql)).toEqual(['2', '1']);
  });

  it('reports each consumer’s backlog and the age of its oldest waiting event, and none once caught up', async () => {
    // No handler is held open here (a transaction kept open would hold back the PostgreSQL bus of tests running
    // beside this one, on the same cluster): the consumer is stopped while its events wait in the stream.
    const { producer, consumer, connect } = await setup();
    const stopped = consumerBus(consumer.orm, await connect('consumer-stopped'), 'a');
    await stopped.subscribe();
    expect(await stopped.bus.stats()).toEqual([{ consumer: 'view', source: PRODUCER, backlog: 0, lagSeconds: 0 }]);
    await stopped.bus.close();
    await publishCommitted(producer.orm, registered('b1', 'Anna'));
    await publishCommitted(producer.orm, registered('b2', 'Luca'), registered('b3', 'Sara'));
    await eventually(async () => expect((await stopped.bus.stats())[0]?.backlog).toBe(3));
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const [waiting] = await stopped.bus.stats();
    expect(waiting!.lagSeconds).toBeGreaterThanOrEqual(1);
    expect(waiting!.lagSeconds).toBeLessThan(60);
    expect(await appliedEventIds(consumer.sql)).toEqual([]);
    // The consumer comes back (same durable consumer) and catches up.
    const back = consumerBus(consumer.orm, await connect('consumer-back'), 'b');
    await back.subscribe();
    await eventually(async () => expect(await appliedEventIds(consumer.sql)).toEqual(['1', '2', '3']));
    await back.bus.drain();
    expect(await back.bus.stats()).toEqual([{ consumer: 'view', source: PRODUCER, backlog: 0, lagSeconds: 0 }]);
  });

  it('a NATS restart delays events but loses none', async () => {
    const { producer, consumer, connect } = await setup();
    const c = consumerBus(consumer.orm, await connect('consumer'), 'a');
    await c.subscribe();
    await publishCommitted(producer.orm, registered('b1', 'Before'));
    await eventually(async () => expect(await appliedEventIds(consumer.sql)).toEqual(['1']));
    await nats.stop('SIGKILL');
    for (let i = 2; i <= 6; i++) await publishCommitted(producer.orm, registered(`b${i}`, `During${i}`));
    await new Promise((r) => setTimeout(r, 500));
    expect(await appliedEventIds(consumer.sql)).toEqual(['1']);
    await nats.start();
    await eventually(async () => expect(await appliedEventIds(consumer.sql)).toEqual(['1', '2', '3', '4', '5', '6']), 60_000, 100);
  });
});
