import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../src/index.js';
import {
  PRODUCER,
  appliedEventIds,
  deferred,
  eventually,
  logApplied,
  offsetOf,
  publishCommitted,
  registered,
  rows,
  setupTestDb,
  sleep,
  startAtEnd,
  type TestDb,
} from './helpers.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/crashing-consumer.ts', import.meta.url));

let db: TestDb;

beforeAll(async () => {
  db = await setupTestDb();
});

afterAll(async () => {
  await db?.close();
});

beforeEach(async () => {
  await Promise.all(db.buses.splice(0).map((b) => b.close()));
});

async function outboxIds(): Promise<string[]> {
  return (
    await rows<{ id: string }>(db.sql, `select "id"::text as "id" from "${PRODUCER}"."outbox_event" o order by o."tx_id", o."id"`)
  ).map((r) => r.id);
}

/** Resolves with the first stdout line matching `pattern`; rejects if the child exits first. */
function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    let stderr = '';
    const timer = setTimeout(() => done(new Error(`timed out waiting for ${pattern}; stderr: ${stderr}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => pattern.test(l));
      if (line !== undefined) done(undefined, line);
    };
    const onErr = (chunk: Buffer) => void (stderr += chunk.toString());
    const onExit = (code: number | null) => done(new Error(`child exited (${code}) before ${pattern}; stderr: ${stderr}`));
    function done(err?: Error, line?: string) {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onErr);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(line ?? '');
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onErr);
    child.on('exit', onExit);
  });
}

describe('restart', () => {
  it('delivers an event committed while the consumer was stopped once it restarts', async () => {
    const seen: string[] = [];
    const handlers = {
      BeneficiaryRegistered: async (event: DomainEvent) => void seen.push(event.aggregateId),
    };
    await startAtEnd(db.sql, 'stopped');
    const first = db.newBus();
    await first.subscribe({ consumer: 'stopped', source: PRODUCER, handlers });
    await first.close();

    await publishCommitted(db.producer, registered('while-down', 'Carla'));
    await sleep(100);
    expect(seen).toEqual([]);

    const second = db.newBus();
    await second.subscribe({ consumer: 'stopped', source: PRODUCER, handlers }); // catches up without drain()
    await eventually(async () => expect(seen).toEqual(['while-down']), 5_000);
    const ids = await outboxIds();
    // The handler ran (`seen`) before its transaction, which moves the offset, committed: wait for the commit.
    await eventually(async () => expect((await offsetOf(db.sql, 'stopped'))?.id).toBe(ids.at(-1)), 5_000);
  });

  it('applies exactly once an event whose consumer process was SIGKILLed inside the handler', async () => {
    const consumer = 'crash-test';
    await db.sql.query(`truncate "consumer"."applied_event"`);
    await startAtEnd(db.sql, consumer);
    await publishCommitted(db.producer, registered('crash-1', 'Dario'), registered('crash-2', 'Elena'));
    const [firstId, secondId] = (await outboxIds()).slice(-2);

    const child = spawn(process.execPath, ['--conditions=ixl-source', '--import', 'tsx', fixture], {
      cwd: repoRoot,
      env: { ...process.env, EVENTS_TEST_DATABASE_URL: db.url, EVENTS_TEST_CONSUMER: consumer },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    try {
      const line = await waitForLine(child, /^in-handler /);
      expect(line).toBe(`in-handler ${firstId}`);
      // Inside the handler: its insert is not committed.
      expect(await appliedEventIds(db.sql)).toEqual([]);
    } finally {
      child.kill('SIGKILL');
    }
    expect(await exited).toBe('SIGKILL');
    expect(await appliedEventIds(db.sql)).toEqual([]);
    const offset = await offsetOf(db.sql, consumer);
    expect(offset?.id).not.toBe(firstId);

    const invoked: string[] = [];
    const bus = db.newBus();
    await bus.subscribe({
      consumer,
      source: PRODUCER,
      handlers: {
        BeneficiaryRegistered: async (event, em) => {
          invoked.push(event.id);
          await logApplied(em, event.id, event.type, 'restarted');
        },
      },
    });
    await eventually(async () => expect(await appliedEventIds(db.sql)).toEqual([firstId, secondId]), 15_000);
    await bus.drain();
    expect(await appliedEventIds(db.sql)).toEqual([firstId, secondId]);
    expect(invoked).toEqual([firstId, secondId]);
    expect((await offsetOf(db.sql, consumer))?.id).toBe(secondId);
  });

  it('close() waits for the event in flight and leaves no work half done', async () => {
    const entered = deferred();
    const release = deferred();
    await startAtEnd(db.sql, 'closing');
    const bus = db.newBus();
    await bus.subscribe({
      consumer: 'closing',
      source: PRODUCER,
      handlers: {
        BeneficiaryRegistered: async (event, em) => {
          if (event.aggregateId !== 'in-flight') return;
          entered.resolve();
          await release.promise;
          await logApplied(em, event.id, event.type, 'closing');
        },
      },
    });
    await db.sql.query(`truncate "consumer"."applied_event"`);
    await publishCommitted(db.producer, registered('in-flight', 'Fabio'));
    await entered.promise; // woken by NOTIFY

    let closed = false;
    const closing = bus.close().then(() => void (closed = true));
    await sleep(50);
    expect(closed).toBe(false);
    release.resolve();
    await closing;
    const [id] = (await outboxIds()).slice(-1);
    expect(await appliedEventIds(db.sql)).toEqual([id]);
    expect((await offsetOf(db.sql, 'closing'))?.id).toBe(id);
    // Every connection of the bus is gone (the server may take a moment to reap the backends).
    await eventually(async () => {
      const connections = await rows(
        db.sql,
        `select 1 from pg_stat_activity where application_name like 'ixl-events-%' and datname = current_database()`,
      );
      expect(connections).toEqual([]);
    }, 5_000);
  });
});
