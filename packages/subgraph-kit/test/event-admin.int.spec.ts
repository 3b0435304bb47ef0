import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration } from '@mikro-orm/migrations';
import { Query, Resolver } from 'type-graphql';
import { CALLER_HEADER, signCaller, type Caller } from '@ixl/auth';
import { eventTablesSql, publishEvent } from '@ixl/events';
import { freshDatabase, testConfig } from '@ixl/testkit';
import { startSubgraph, subgraphConfig, type RunningSubgraph } from '../src/index.js';

class KitTestInitial extends Migration {
  override async up(): Promise<void> {
    for (const sql of eventTablesSql('kit_test')) this.addSql(sql);
  }
}

@Resolver()
class PingResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }
}

let handlerWorks = false;
let sub: RunningSubgraph;
let drop: () => Promise<void>;
const secret = randomBytes(32).toString('hex');

beforeAll(async () => {
  const db = await freshDatabase();
  drop = db.drop;
  sub = await startSubgraph(
    {
      name: 'kit_test',
      entities: [],
      migrations: [{ name: 'KitTestInitial', class: KitTestInitial }],
      resolvers: [PingResolver],
      consumers: [
        {
          consumer: 'fragile',
          source: 'kit_test',
          handlers: {
            Boom: async () => {
              if (!handlerWorks) throw new Error('handler broke');
            },
          },
        },
      ],
    },
    subgraphConfig('kit_test', testConfig({ databaseUrl: db.url, secrets: { internalSecret: secret } }), {
      host: '127.0.0.1',
      port: 0,
    }),
    () => undefined,
  );
});
afterAll(async () => {
  await sub?.stop();
  await drop?.();
});

async function call(caller: Caller, query: string) {
  const body = JSON.stringify({ query });
  const res = await fetch(sub.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [CALLER_HEADER]: signCaller(caller, secret, { method: 'POST', path: '/graphql', body }),
    },
    body,
  });
  return (await res.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
}
const admin: Caller = { userId: 'a', role: 'ADMIN' };

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const v = await what();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('event consumer admin view', () => {
  it('shows a dead-lettered event to ADMIN only, and hands it back to the consumer on retry', async () => {
    await sub.orm.em
      .fork()
      .transactional((em) => publishEvent(em, 'kit_test', { type: 'Boom', aggregateType: 'Thing', aggregateId: 't1', payload: { n: 1 } }));
    const dead = await until(
      () => call(admin, '{ kit_testEventDeadLetters { id type aggregateId error attempts payload } }'),
      (r) => ((r.data?.kit_testEventDeadLetters as unknown[]) ?? []).length === 1,
    );
    const letters = dead.data?.kit_testEventDeadLetters as {
      id: string;
      type: string;
      error: string;
      attempts: number;
      payload: unknown;
    }[];
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ type: 'Boom', aggregateId: 't1', error: 'handler broke', attempts: 5, payload: { n: 1 } });

    const staff = await call({ userId: 's', role: 'STAFF' }, '{ kit_testEventDeadLetters { id } }');
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(staff.data).toBeNull();

    const consumers = await call(admin, '{ kit_testEventConsumers { consumer source openDeadLetters } }');
    expect(consumers.data?.kit_testEventConsumers).toEqual([{ consumer: 'fragile', source: 'kit_test', openDeadLetters: 1 }]);

    const bad = await call(admin, 'mutation { retryKit_testEventDeadLetter(id: "999999") }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    handlerWorks = true;
    const retried = await call(admin, `mutation { retryKit_testEventDeadLetter(id: "${letters[0]?.id}") }`);
    expect(retried.data).toEqual({ retryKit_testEventDeadLetter: true });
    const open = await until(
      () => call(admin, '{ kit_testEventDeadLetters { id } }'),
      (r) => ((r.data?.kit_testEventDeadLetters as unknown[]) ?? ['x']).length === 0,
    );
    expect(open.data?.kit_testEventDeadLetters).toEqual([]);
    const again = await call(admin, `mutation { retryKit_testEventDeadLetter(id: "${letters[0]?.id}") }`);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
