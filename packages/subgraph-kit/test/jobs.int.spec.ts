import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { freshDatabase } from '@ixl/testkit';
import { startJobs, type JobQueueOptions, type JobRunner, type ScheduledJob } from '../src/index.js';

let orm: MikroORM;
let url: string;
let drop: () => Promise<void>;
beforeAll(async () => {
  const db = await freshDatabase();
  drop = db.drop;
  url = db.url;
  orm = await MikroORM.init({
    clientUrl: db.url,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: true,
    logger: () => undefined,
  });
  await orm.em.getConnection().execute('create schema jobs_test; create table jobs_test.ran (job text not null, at timestamptz not null)');
});
afterAll(async () => {
  await orm?.close(true);
  await drop?.();
});

const sql = <T extends object = Record<string, unknown>>(query: string, params: unknown[] = []) =>
  orm.em.getConnection().execute<T[]>(query, params);
const recorder = (name: string, cron: string, pauseMs = 0): ScheduledJob => ({
  name,
  cron,
  run: async (em) => {
    await em.getConnection().execute('insert into jobs_test.ran values (?, now())', [name], 'run', em.getTransactionContext());
    if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
  },
});
const runs = async (job: string) =>
  Number((await sql<{ n: string }>('select count(*)::text as n from jobs_test.ran where job = ?', [job]))[0]?.n);
const options = (over: Partial<JobQueueOptions> = {}): JobQueueOptions => ({
  schema: 'jobs_test',
  enabled: true,
  databaseUrl: url,
  log: () => undefined,
  pollingIntervalSeconds: 0.5,
  ...over,
});
async function until(check: () => Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
/** What a stop of two days looks like to the runner: the schedule's last success is two days old. */
const wentDownTwoDaysAgo = (job: string) =>
  sql(`update "ixl_jobs"."schedule_run" set "last_success_at" = now() - interval '2 days' where "queue" = ?`, [`jobs_test.${job}`]);

describe('jobs on pg-boss', () => {
  it('refuses a bad cron expression, an unknown time zone and two jobs with one name, naming the job', async () => {
    await expect(startJobs(orm, [recorder('nightly', '61 2 * * *')], options({ enabled: false }))).rejects.toThrow(
      /jobs_test job "nightly" has a bad schedule[\s\S]*"61 2 \* \* \*" is not a cron expression/,
    );
    await expect(startJobs(orm, [recorder('nightly', 'every night')], options({ enabled: false }))).rejects.toThrow(
      /is not a cron expression/,
    );
    await expect(startJobs(orm, [{ ...recorder('nightly', '30 2 * * *'), tz: 'Europe/Bologna' }], options())).rejects.toThrow(
      /"Europe\/Bologna" is not a time zone[\s\S]*Europe\/Rome/,
    );
    await expect(startJobs(orm, [recorder('twice', '* * * * *'), recorder('twice', '0 * * * *')], options())).rejects.toThrow(
      /two jobs are named "twice"/,
    );
    // Nothing was started or installed by a refused configuration.
    expect((await sql<{ ok: boolean }>(`select to_regclass('pgboss.job') is not null as ok`))[0]?.ok).toBe(false);
  });

  it('runNow runs a job in one transaction on one replica at a time, with jobs off', async () => {
    const replicaA = await startJobs(orm, [recorder('slow', '0 3 * * *', 300)], options({ enabled: false }));
    const replicaB = await startJobs(orm, [recorder('slow', '0 3 * * *', 300)], options({ enabled: false }));
    const [a, b] = await Promise.all([replicaA.runNow('slow'), replicaB.runNow('slow')]);
    expect([a, b].sort()).toEqual([false, true]);
    expect(await runs('slow')).toBe(1);
    expect(await replicaB.runNow('slow')).toBe(true);
    expect(await runs('slow')).toBe(2);
    await expect(replicaA.runNow('nope')).rejects.toThrow(/Unknown job/);
    await replicaA.stop();
    await replicaB.stop();
  });

  it('runs after a restart the occurrence that fell due while the service was down, once', async () => {
    const nightly = recorder('nightly', '0 3 * * *');
    const first = await startJobs(orm, [nightly], options());
    await first.stop();
    // First start: the schedule counts from now, nothing was due.
    expect(await runs('nightly')).toBe(0);
    await wentDownTwoDaysAgo('nightly');

    const restarted = await startJobs(orm, [nightly], options());
    try {
      await until(async () => (await runs('nightly')) === 1);
      const [state] = await sql<{ age: number }>(
        `select extract(epoch from now() - "last_success_at")::int as age from "ixl_jobs"."schedule_run" where "queue" = 'jobs_test.nightly'`,
      );
      expect(state?.age).toBeLessThan(60);
    } finally {
      await restarted.stop();
    }
    // Another restart finds nothing missed.
    const again = await startJobs(orm, [nightly], options());
    await new Promise((r) => setTimeout(r, 1500));
    await again.stop();
    expect(await runs('nightly')).toBe(1);
  });

  it('two replicas on one database run a missed occurrence once and each cron occurrence once', async () => {
    const jobs = [recorder('catch-up', '0 4 * * *', 200), recorder('every-minute', '* * * * *', 200)];
    const seed = await startJobs(orm, jobs, options());
    await seed.stop();
    await wentDownTwoDaysAgo('catch-up');

    const replicas: JobRunner[] = await Promise.all([
      startJobs(orm, jobs, options({ cronMonitorIntervalSeconds: 1 })),
      startJobs(orm, jobs, options({ cronMonitorIntervalSeconds: 1 })),
    ]);
    try {
      await until(async () => (await runs('catch-up')) >= 1);
      // pg-boss sends the every-minute job at the next minute (Europe/Rome; same minute everywhere).
      await until(async () => (await runs('every-minute')) >= 1, 75_000);
      await new Promise((r) => setTimeout(r, 3000));
      expect(await runs('catch-up')).toBe(1);
      const perMinute = await sql<{ n: number }>(
        `select count(*)::int as n from jobs_test.ran where job = 'every-minute' group by date_trunc('minute', at)`,
      );
      expect(perMinute.every((r) => r.n === 1)).toBe(true);
    } finally {
      await Promise.all(replicas.map((r) => r.stop()));
    }
  }, 120_000);

  it('retries a failing job with back-off, parks it as a dead letter with its error, and retries it on demand', async () => {
    let failing = true;
    const flaky: ScheduledJob = {
      name: 'flaky',
      cron: '0 5 * * *',
      run: async (em) => {
        if (failing) throw new Error('ledger not reachable');
        await em.getConnection().execute(`insert into jobs_test.ran values ('flaky', now())`, [], 'run', em.getTransactionContext());
      },
    };
    const seed = await startJobs(orm, [flaky], options());
    await seed.stop();
    await wentDownTwoDaysAgo('flaky');
    const runner = await startJobs(orm, [flaky], options({ retryLimit: 1, retryDelaySeconds: 1 }));
    try {
      await until(async () => (await runner.deadLetters()).length === 1, 30_000);
      const [dead] = await runner.deadLetters();
      expect(dead).toMatchObject({ job: 'flaky', error: 'Error: ledger not reachable', attempts: 2 });
      // A failed attempt rolled back: nothing recorded, the schedule still owes the run.
      expect(await runs('flaky')).toBe(0);
      expect(await runner.retryDeadLetter('00000000-0000-4000-8000-000000000000')).toBe(false);
      expect(await runner.retryDeadLetter('not-a-uuid')).toBe(false);
      failing = false;
      expect(await runner.retryDeadLetter(dead!.id)).toBe(true);
      await until(async () => (await runs('flaky')) === 1);
      expect(await runner.deadLetters()).toEqual([]);
    } finally {
      await runner.stop();
    }
  }, 60_000);
});
