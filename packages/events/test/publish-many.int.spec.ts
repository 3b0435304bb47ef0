import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { publishEvent, publishEvents, type NewEvent } from '../src/index.js';
import { PRODUCER, eventually, logApplied, registered, rows, setupTestDb, sleep, startAtEnd, type TestDb } from './helpers.js';

/**
 * `publishEvents`: many events in one statement (a chunk of a history import) are the same outbox rows as
 * the same events published one by one: in the order given, in the caller's transaction (one tx_id),
 * gone with a rollback, and one NOTIFY per type wakes the consumers of each type.
 */

let db: TestDb;

beforeAll(async () => {
  db = await setupTestDb();
});

afterAll(async () => {
  await db?.close();
});

beforeEach(async () => {
  await Promise.all(db.buses.splice(0).map((b) => b.close()));
  await db.sql.query(`truncate "consumer"."applied_event", "consumer"."event_consumer_offset", "consumer"."event_dead_letter"`);
});

const renamed = (aggregateId: string, name: string): NewEvent => ({
  type: 'BeneficiaryRenamed',
  aggregateType: 'Beneficiary',
  aggregateId,
  payload: { name, tags: ['a', 'b'], nested: { n: 1 } },
  actorId: null,
});

type OutboxRow = {
  id: string;
  tx_id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: unknown;
  actor_id: string | null;
};
const outbox = (prefix: string) =>
  rows<OutboxRow>(
    db.sql,
    `select o."id"::text as "id", o."tx_id"::text as "tx_id", o."type", o."aggregate_type", o."aggregate_id", o."payload", o."actor_id"
     from "${PRODUCER}"."outbox_event" o where o."aggregate_id" like $1 order by o."id"`,
    [`${prefix}%`],
  );

describe('publishEvents', () => {
  it('writes the events in the order given, in the caller transaction, as publishEvent one by one would', async () => {
    const events = Array.from({ length: 1200 }, (_, i) =>
      i % 3 === 2 ? renamed(`many-${String(i).padStart(4, '0')}`, `N${i}`) : registered(`many-${String(i).padStart(4, '0')}`, `N${i}`),
    );
    await db.producer.em.fork().transactional((em) => publishEvents(em, PRODUCER, events));
    const many = await outbox('many-');
    expect(many.map((r) => r.aggregate_id)).toEqual(events.map((e) => e.aggregateId));
    expect(new Set(many.map((r) => r.tx_id)).size).toBe(1);
    expect(many.every((r, i) => i === 0 || BigInt(r.id) > BigInt(many[i - 1]!.id))).toBe(true);

    // The same events one by one: the same rows (ids and tx_id apart).
    await db.producer.em.fork().transactional(async (em) => {
      for (const e of events.slice(0, 6)) await publishEvent(em, PRODUCER, { ...e, aggregateId: e.aggregateId.replace('many-', 'one-') });
    });
    const one = await outbox('one-');
    const strip = (r: OutboxRow) => ({ ...r, id: undefined, tx_id: undefined, aggregate_id: r.aggregate_id.replace(/^(many|one)-/, '') });
    expect(one.map(strip)).toEqual(many.slice(0, 6).map(strip));
    expect(many[2]).toMatchObject({
      type: 'BeneficiaryRenamed',
      payload: { name: 'N2', tags: ['a', 'b'], nested: { n: 1 } },
      actor_id: null,
    });
    expect(many[0]).toMatchObject({
      type: 'BeneficiaryRegistered',
      aggregate_type: 'Beneficiary',
      payload: { name: 'N0' },
      actor_id: 'user-1',
    });
  });

  it('writes nothing when the transaction rolls back, when an event is malformed, or outside a transaction; an empty list is a no-op', async () => {
    await expect(
      db.producer.em.fork().transactional(async (em) => {
        await publishEvents(em, PRODUCER, [registered('rb-1', 'A'), registered('rb-2', 'B')]);
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    await expect(
      db.producer.em
        .fork()
        .transactional((em) => publishEvents(em, PRODUCER, [registered('rb-3', 'C'), { ...registered('rb-4', 'D'), type: '' }])),
    ).rejects.toThrow(/event.type/);
    await expect(publishEvents(db.producer.em.fork(), PRODUCER, [registered('rb-5', 'E')])).rejects.toThrow(/inside a transaction/);
    await expect(db.producer.em.fork().transactional((em) => publishEvents(em, 'bad"', [registered('rb-6', 'F')]))).rejects.toThrow(
      /invalid schema name/,
    );
    const [before] = await rows<{ n: number }>(db.sql, `select count(*)::int as "n" from "${PRODUCER}"."outbox_event"`);
    await db.producer.em.fork().transactional((em) => publishEvents(em, PRODUCER, []));
    const [after] = await rows<{ n: number }>(db.sql, `select count(*)::int as "n" from "${PRODUCER}"."outbox_event"`);
    expect(after?.n).toBe(before?.n);
    expect(await outbox('rb-')).toEqual([]);
  });

  it('wakes by NOTIFY the consumer of each type among the events, which applies them in order', async () => {
    const renames: string[] = [];
    await startAtEnd(db.sql, 'renames');
    const bus = db.newBus({ pollIntervalMs: 60_000 }); // only NOTIFY or drain() wake it
    await bus.subscribe({
      consumer: 'renames',
      source: PRODUCER,
      handlers: { BeneficiaryRenamed: async (event, em) => (renames.push(event.aggregateId), logApplied(em, event.id, event.type, 'bus')) },
    });
    await eventually(
      async () =>
        expect(
          (
            await rows(
              db.sql,
              `select 1 from pg_stat_activity where application_name = 'ixl-events-listener' and datname = current_database()`,
            )
          ).length,
        ).toBeGreaterThan(0),
      5_000,
    );
    await sleep(100);
    await bus.drain();
    // The only renamed event is the last but one of the batch: its type's NOTIFY wakes the consumer.
    const events = [
      ...Array.from({ length: 50 }, (_, i) => registered(`wake-${i}`, 'R')),
      renamed('wake-r', 'X'),
      registered('wake-last', 'R'),
    ];
    await db.producer.em.fork().transactional((em) => publishEvents(em, PRODUCER, events));
    await eventually(async () => expect(renames).toEqual(['wake-r']), 5_000);
  });
});
