import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OutboxTail, publishEvent, type DomainEvent } from '../src/index.js';
import { PRODUCER, deferred, eventually, publishCommitted, registered, setupTestDb, sleep, type TestDb } from './helpers.js';

let db: TestDb;

beforeAll(async () => {
  db = await setupTestDb();
});

afterAll(async () => {
  await db?.close();
});

/** A tail of the producer's outbox and what reached its listener, with when (ms after `since`). */
async function tail() {
  const t = new OutboxTail(db.url, PRODUCER);
  await t.start();
  const seen: { id: string; aggregateId: string; at: number }[] = [];
  let since = performance.now();
  t.onEvent((e: DomainEvent) => void seen.push({ id: e.id, aggregateId: e.aggregateId, at: performance.now() - since }));
  return { t, seen, mark: () => (since = performance.now()) };
}

/**
 * Another service's long transaction, begun now: it holds a transaction id older than any that commits next, which holds
 * the commit-safe offset back cluster-wide until `commit` (then `end`).
 */
async function olderTransaction(): Promise<pg.Client> {
  const other = new pg.Client({ connectionString: db.url });
  await other.connect();
  await other.query('begin');
  await other.query('select pg_current_xact_id()');
  return other;
}

/** `seen` comes to hold exactly these events, in this order, and still does a moment later (nothing late or twice). */
async function seesExactly(seen: { aggregateId: string }[], aggregateIds: string[]): Promise<void> {
  await eventually(async () => expect(seen.map((s) => s.aggregateId)).toEqual(aggregateIds), 5_000);
  await sleep(300);
  expect(seen.map((s) => s.aggregateId)).toEqual(aggregateIds);
}

describe('OutboxTail', () => {
  it('delivers a committed event at once while an older transaction elsewhere in the cluster still runs, and only once', async () => {
    const { t, seen, mark } = await tail();
    const other = await olderTransaction();
    try {
      mark();
      await publishCommitted(db.producer, registered('b-while-held', 'Anna'));
      await eventually(async () => expect(seen.map((s) => s.aggregateId)).toEqual(['b-while-held']), 1_500);
      // Well before the older transaction ends (the tail used to wait for it).
      expect(seen[0]?.at).toBeLessThan(1_000);
      await sleep(300);
      await other.query('commit');
      // The offset catches up with the event delivered ahead of it: not delivered again.
      await sleep(500);
      await publishCommitted(db.producer, registered('b-after', 'Bruno'));
      await seesExactly(seen, ['b-while-held', 'b-after']);
    } finally {
      await other.end();
      await t.close();
    }
  });

  it('delivers an older transaction’s event when it commits after a newer one, each event once', async () => {
    const { t, seen } = await tail();
    const hold = deferred();
    const started = deferred();
    try {
      // The older transaction writes its event first (taking the older transaction id) and commits last.
      const older = db.producer.em.fork().transactional(async (em) => {
        await publishEvent(em, PRODUCER, registered('b-older', 'Carla'));
        started.resolve();
        await hold.promise;
      });
      await started.promise;
      await publishCommitted(db.producer, registered('b-newer', 'Dario'));
      await eventually(async () => expect(seen.map((s) => s.aggregateId)).toEqual(['b-newer']), 1_500);
      hold.resolve();
      await older;
      await eventually(async () => expect(seen.map((s) => s.aggregateId)).toEqual(['b-newer', 'b-older']), 5_000);
      await publishCommitted(db.producer, registered('b-last', 'Elena'));
      await seesExactly(seen, ['b-newer', 'b-older', 'b-last']);
      expect(new Set(seen.map((s) => s.id)).size).toBe(3);
    } finally {
      hold.resolve();
      await t.close();
    }
  });

  it('does not deliver to a tail started later what was committed before it started, even held back then', async () => {
    // An older transaction elsewhere in the cluster holds the commit-safe offset back while an event commits.
    const other = await olderTransaction();
    try {
      await publishCommitted(db.producer, registered('b-before-start', 'Fabio'));
      const { t, seen } = await tail();
      try {
        await sleep(300);
        await other.query('commit');
        await publishCommitted(db.producer, registered('b-after-start', 'Gina'));
        await seesExactly(seen, ['b-after-start']);
      } finally {
        await t.close();
      }
    } finally {
      await other.end();
    }
  });

  it('never delivers an event whose transaction rolled back', async () => {
    const { t, seen } = await tail();
    try {
      await expect(
        db.producer.em.fork().transactional(async (em) => {
          await publishEvent(em, PRODUCER, registered('b-rolled-back', 'Never'));
          throw new Error('state change failed');
        }),
      ).rejects.toThrow('state change failed');
      await publishCommitted(db.producer, registered('b-kept', 'Franca'));
      await seesExactly(seen, ['b-kept']);
    } finally {
      await t.close();
    }
  });

  it('reads a committed event with one query per wake-up (not three)', async () => {
    const { t, seen } = await tail();
    // Every query of the tail's own pool (its application name), on the real server.
    const texts: string[] = [];
    const query = pg.Pool.prototype.query;
    const spy = vi.spyOn(pg.Pool.prototype, 'query').mockImplementation(function (this: pg.Pool, ...args: unknown[]) {
      if ((this as unknown as { options: { application_name?: string } }).options.application_name === 'ixl-outbox-tail')
        texts.push(String(args[0]));
      return (query as (...a: unknown[]) => unknown).apply(this, args) as never;
    });
    try {
      await publishCommitted(db.producer, registered('b-one-query', 'Gino'));
      await eventually(async () => expect(seen.map((s) => s.aggregateId)).toEqual(['b-one-query']), 5_000);
      await sleep(200);
      // One read for the NOTIFY (one more if the 2 s safety poll happened to fall in this window).
      expect(texts.length).toBeGreaterThanOrEqual(1);
      expect(texts.length).toBeLessThanOrEqual(2);
    } finally {
      spy.mockRestore();
      await t.close();
    }
  });
});
