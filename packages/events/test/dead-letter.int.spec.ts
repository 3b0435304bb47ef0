import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerStatus, listDeadLetters, retryDeadLetter } from '../src/index.js';
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
  type TestDb,
} from './helpers.js';

let db: TestDb;

beforeAll(async () => {
  db = await setupTestDb();
});

afterAll(async () => {
  await db?.close();
});

describe('failures', () => {
  it('retries with back-off, dead-letters, continues the stream, and applies the event on retryDeadLetter', async () => {
    let broken = true;
    const attempts: number[] = [];
    const logs: string[] = [];
    const bus = db.newBus({ maxAttempts: 3, backoffMs: 40, log: (msg) => logs.push(msg) });
    await bus.subscribe({
      consumer: 'fragile',
      source: PRODUCER,
      handlers: {
        BeneficiaryRegistered: async (event, em) => {
          await logApplied(em, event.id, event.type, 'fragile'); // rolled back when the handler throws
          if (event.aggregateId === 'poison') {
            attempts.push(Date.now());
            if (broken) throw new Error('read model rejects poison');
          }
        },
      },
    });
    await publishCommitted(db.producer, registered('poison', 'P'));
    await publishCommitted(db.producer, registered('healthy', 'H'));
    const [poisonId, healthyId] = (
      await rows<{ id: string }>(db.sql, `select "id"::text as "id" from "${PRODUCER}"."outbox_event" order by "outbox_event"."id"`)
    ).map((r) => r.id);

    // drain() stops at events held back by any older open transaction of the cluster: retry until done.
    await eventually(async () => {
      await bus.drain();
      expect(await offsetOf(db.sql, 'fragile')).toMatchObject({ id: healthyId });
    });
    // 3 attempts, spaced by >= 40 ms then >= 80 ms (exponential back-off)
    expect(attempts).toHaveLength(3);
    const [t1 = 0, t2 = 0, t3 = 0] = attempts;
    expect(t2 - t1).toBeGreaterThanOrEqual(38);
    expect(t3 - t2).toBeGreaterThanOrEqual(78);
    expect(logs.filter((m) => m.includes('retrying'))).toHaveLength(2);
    expect(logs.filter((m) => m.includes('dead-lettered'))).toHaveLength(1);

    // The stream went on; the poison event's partial effects were rolled back.
    expect(await appliedEventIds(db.sql)).toEqual([healthyId]);
    const em = db.consumer.em.fork();
    const [dead, ...more] = await listDeadLetters(em, CONSUMER);
    expect(more).toEqual([]);
    expect(dead).toMatchObject({
      consumer: 'fragile',
      source: PRODUCER,
      eventId: poisonId,
      type: 'BeneficiaryRegistered',
      aggregateType: 'Beneficiary',
      aggregateId: 'poison',
      payload: { name: 'P' },
      actorId: 'user-1',
      error: 'read model rejects poison',
      attempts: 3,
      retryRequestedAt: null,
      retriedAt: null,
    });
    expect(dead?.failedAt).toBeInstanceOf(Date);
    expect(await consumerStatus(em, CONSUMER)).toMatchObject([
      { consumer: 'fragile', source: PRODUCER, lastEventId: healthyId, openDeadLetters: 1 },
    ]);

    // Retrying while still broken records another failure and keeps it open.
    await retryDeadLetter(em, CONSUMER, dead?.id ?? '');
    await bus.drain();
    expect(await listDeadLetters(em, CONSUMER)).toMatchObject([{ attempts: 4, retryRequestedAt: null, retriedAt: null }]);
    expect(await appliedEventIds(db.sql)).toEqual([healthyId]);

    // Fixed: the retry (woken by NOTIFY, no drain) applies it once and closes the dead letter.
    broken = false;
    await db.consumer.em.fork().transactional((tem) => retryDeadLetter(tem, CONSUMER, dead?.id ?? ''));
    await eventually(async () => expect(await appliedEventIds(db.sql)).toEqual([healthyId, poisonId]), 5_000);
    const [closed] = await listDeadLetters(em, CONSUMER);
    expect(closed?.retriedAt).toBeInstanceOf(Date);
    expect(await listDeadLetters(em, CONSUMER, { openOnly: true })).toEqual([]);
    expect(await consumerStatus(em, CONSUMER)).toMatchObject([{ consumer: 'fragile', openDeadLetters: 0 }]);
    await bus.drain();
    expect(await appliedEventIds(db.sql)).toEqual([healthyId, poisonId]);

    await expect(retryDeadLetter(em, CONSUMER, dead?.id ?? '')).rejects.toThrow(/already retried/);
    await expect(retryDeadLetter(em, CONSUMER, '999999')).rejects.toThrow(/no dead letter/);
  });

  it('does not dead-letter an event whose retries are interrupted by close()', async () => {
    const bus = db.newBus({ maxAttempts: 5, backoffMs: 5_000 });
    let calls = 0;
    await bus.subscribe({
      consumer: 'interrupted',
      source: PRODUCER,
      handlers: {
        BeneficiaryRegistered: async (event) => {
          if (event.aggregateId !== 'stuck') return;
          calls += 1;
          throw new Error('down');
        },
      },
    });
    await bus.drain();
    await publishCommitted(db.producer, registered('stuck', 'S'));
    await eventually(async () => expect(calls).toBe(1), 5_000);
    const started = Date.now();
    await bus.close(); // does not wait out the 5 s back-off
    expect(Date.now() - started).toBeLessThan(2_000);
    const open = await listDeadLetters(db.consumer.em.fork(), CONSUMER, { consumer: 'interrupted' });
    expect(open).toEqual([]);
  });
});
