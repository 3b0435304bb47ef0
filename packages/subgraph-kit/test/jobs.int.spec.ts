import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { freshDatabase } from '@ixl/testkit';
import { startJobs, type ScheduledJob } from '../src/index.js';

let orm: MikroORM;
let drop: () => Promise<void>;
beforeAll(async () => {
  const db = await freshDatabase();
  drop = db.drop;
  orm = await MikroORM.init({
    clientUrl: db.url,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: true,
    logger: () => undefined,
  });
  await orm.em.getConnection().execute('create schema jobs_test; create table jobs_test.ran (at timestamptz not null)');
});
afterAll(async () => {
  await orm?.close(true);
  await drop?.();
});

const slowJob: ScheduledJob = {
  name: 'slow',
  everyMs: 60_000,
  run: async (em) => {
    await em.getConnection().execute('insert into jobs_test.ran values (now())', [], 'run', em.getTransactionContext());
    await new Promise((r) => setTimeout(r, 300));
  },
};
const runs = async () =>
  Number((await orm.em.getConnection().execute<{ n: string }[]>('select count(*)::text as n from jobs_test.ran'))[0]?.n);

describe('scheduled jobs', () => {
  it('lets one replica at a time run a job (advisory lock), the other skips that round', async () => {
    const replicaA = startJobs(orm, 'jobs_test', [slowJob], false, () => undefined);
    const replicaB = startJobs(orm, 'jobs_test', [slowJob], false, () => undefined);
    const [a, b] = await Promise.all([replicaA.runNow('slow'), replicaB.runNow('slow')]);
    expect([a, b].sort()).toEqual([false, true]);
    expect(await runs()).toBe(1);
    expect(await replicaB.runNow('slow')).toBe(true);
    expect(await runs()).toBe(2);
    await expect(replicaA.runNow('nope')).rejects.toThrow(/Unknown job/);
    await replicaA.stop();
    await replicaB.stop();
  });

  it('runs enabled jobs on their timer and stops cleanly', async () => {
    const before = await runs();
    const runner = startJobs(orm, 'jobs_test', [{ ...slowJob, name: 'fast', everyMs: 50 }], true, () => undefined);
    await new Promise((r) => setTimeout(r, 700));
    await runner.stop();
    const after = await runs();
    expect(after - before).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(await runs()).toBe(after);
  });
});
