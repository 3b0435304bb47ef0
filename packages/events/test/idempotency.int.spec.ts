import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CONSUMER,
  PRODUCER,
  appliedEventIds,
  eventually,
  logApplied,
  offsetOf,
  publishCommitted,
  registered,
  rows,
  setupTestDb,
  sleep,
  upsertView,
  type TestDb,
} from './helpers.js';

let db: TestDb;

beforeAll(async () => {
  db = await setupTestDb();
});

afterAll(async () => {
  await db?.close();
});

beforeEach(async () => {
  await Promise.all(db.buses.splice(0).map((b) => b.close()));
  await db.sql.query(
    `truncate "${PRODUCER}"."outbox_event", "${CONSUMER}"."applied_event", "${CONSUMER}"."beneficiary_view", "${CONSUMER}"."event_consumer_offset"`,
  );
});

const view = () =>
  rows(
    db.sql,
    `select "aggregate_id", "name", "event_id"::text as "event_id" from "${CONSUMER}"."beneficiary_view" order by "aggregate_id"`,
  );

describe('idempotency and exclusivity', () => {
  it('redelivering the same events (offset reset) leaves an idempotent read model unchanged', async () => {
    let invocations = 0;
    const bus = db.newBus();
    await bus.subscribe({
      consumer: 'projector',
      source: PRODUCER,
      handlers: {
        BeneficiaryRegistered: async (event, em) => {
          invocations += 1;
          await upsertView(em, event.aggregateId, String(event.payload.name), event.id);
        },
        BeneficiaryRenamed: async (event, em) => {
          invocations += 1;
          await upsertView(em, event.aggregateId, String(event.payload.name), event.id);
        },
      },
    });
    await publishCommitted(db.producer, registered('b-1', 'Anna'), registered('b-2', 'Bruno'));
    await publishCommitted(db.producer, {
      type: 'BeneficiaryRenamed',
      aggregateType: 'Beneficiary',
      aggregateId: 'b-1',
      payload: { name: 'Anna Maria' },
    });
    await publishCommitted(db.producer, { type: 'SomethingElse', aggregateType: 'Other', aggregateId: 'o-1', payload: {} });
    const [last] = await rows<{ id: string }>(db.sql, `select max("id")::text as "id" from "${PRODUCER}"."outbox_event"`);
    // drain() stops at events held back by any older open transaction of the cluster (another suite's): retry.
    await eventually(async () => {
      await bus.drain();
      expect((await offsetOf(db.sql, 'projector'))?.id).toBe(last?.id); // the unhandled type advanced it too
    });
    const before = await view();
    expect(before.map((r) => [r.aggregate_id, r.name])).toEqual([
      ['b-1', 'Anna Maria'],
      ['b-2', 'Bruno'],
    ]);
    expect(invocations).toBe(3);
    const offset = await offsetOf(db.sql, 'projector');

    await db.sql.query(
      `update "${CONSUMER}"."event_consumer_offset" set "last_tx_id" = '0', "last_event_id" = 0 where "consumer" = 'projector'`,
    );
    await eventually(async () => {
      await bus.drain();
      expect(invocations).toBe(6);
    });
    expect(await view()).toEqual(before);
    expect(await offsetOf(db.sql, 'projector')).toEqual(offset);
  });

  it('two buses running the same consumer never both apply an event', async () => {
    const count = 30;
    const invoked = { a: 0, b: 0 };
    const makeBus = async (name: 'a' | 'b') => {
      const bus = db.newBus({ batchSize: 7 });
      await bus.subscribe({
        consumer: 'exclusive',
        source: PRODUCER,
        handlers: {
          BeneficiaryRegistered: async (event, em) => {
            invoked[name] += 1;
            await logApplied(em, event.id, event.type, name); // not idempotent: a second apply would show
            await sleep(2);
          },
        },
      });
      return bus;
    };
    const [a, b] = await Promise.all([makeBus('a'), makeBus('b')]);
    for (let i = 0; i < count; i += 3) {
      await publishCommitted(db.producer, ...[0, 1, 2].map((k) => registered(`x-${i + k}`, `N${i + k}`)));
    }
    // An event can be held back briefly by the other bus's open transaction (older xid): drain until done.
    await eventually(async () => {
      await Promise.all([a.drain(), b.drain()]);
      expect(await appliedEventIds(db.sql)).toHaveLength(count);
    });

    const applied = await appliedEventIds(db.sql);
    expect(applied).toHaveLength(count);
    expect(new Set(applied).size).toBe(count);
    const ids = (
      await rows<{ id: string }>(db.sql, `select "id"::text as "id" from "${PRODUCER}"."outbox_event" o order by o."tx_id", o."id"`)
    ).map((r) => r.id);
    expect(applied).toEqual(ids); // in outbox order, each once
    expect(invoked.a + invoked.b).toBe(count); // the locked re-check stops the loser before its handler
    const byBus = await rows<{ by: string; n: number }>(
      db.sql,
      `select "by", count(*)::int as "n" from "${CONSUMER}"."applied_event" group by "by"`,
    );
    expect(byBus.reduce((sum, r) => sum + r.n, 0)).toBe(count);
  });
});
