import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { CronExpressionParser } from 'cron-parser';
import { PgBoss } from 'pg-boss';
import { StartupError } from '@ixl/http-kit';
import { metrics } from '@ixl/observability';
import { safeErrorForLog } from './log-safe.js';

/** The programme's time zone: every schedule is read on the Bologna clock unless a job says otherwise. */
export const JOB_TIME_ZONE = 'Europe/Rome';
/** The PostgreSQL schema pg-boss owns (its queues, jobs and cron schedules). */
export const JOB_QUEUE_SCHEMA = 'pgboss';
/** Our own bookkeeping: each schedule's last successful run (what a restart catches up from). */
export const JOB_STATE_TABLE = '"ixl_jobs"."schedule_run"';

/** A periodic, idempotent job of a subgraph (e.g. close due risk-share windows, flag overdue interviews). */
export interface ScheduledJob {
  name: string;
  /** Cron expression (5 fields, or 6 with seconds), read in `tz`. */
  cron: string;
  /** IANA time zone of `cron` (default Europe/Rome). */
  tz?: string;
  /** The work, inside one transaction: it commits with the record of the run, or not at all. */
  run: (em: EntityManager, now: Date) => Promise<void>;
}

/** A job that used up its retries, parked in the subgraph's dead-letter queue. */
export interface DeadLetterJob {
  id: string;
  /** The job's name (as declared by the subgraph). */
  job: string;
  error: string;
  attempts: number;
  /** When it first went into the queue. */
  createdAt: Date;
  /** When it was parked. */
  failedAt: Date;
}

export interface JobRunner {
  /** Runs one job now, outside its schedule (tests, admin); false when another replica is running it. */
  runNow(name: string, now?: Date): Promise<boolean>;
  /** The subgraph's jobs that failed for good (newest first). */
  deadLetters(limit?: number): Promise<DeadLetterJob[]>;
  /** Puts a dead-lettered job back in its queue (false when there is no such dead letter). */
  retryDeadLetter(id: string): Promise<boolean>;
  stop(): Promise<void>;
}

export interface JobQueueOptions {
  /** The subgraph (its schema; queue names start with it). */
  schema: string;
  /** Run the schedules and the workers (IXL_JOBS); off: only `runNow`. */
  enabled: boolean;
  /** The database pg-boss lives in (the subgraph's own). */
  databaseUrl: string;
  log: (message: string, data?: Record<string, unknown>) => void;
  /** Attempts after the first before a job is dead-lettered (default 3). */
  retryLimit?: number;
  /** First retry delay in seconds, doubled each time (default 60). */
  retryDelaySeconds?: number;
  /** How often an idle worker looks for work (default 2 s). */
  pollingIntervalSeconds?: number;
  /** How often pg-boss evaluates the cron schedules (default 30 s, 1–45). */
  cronMonitorIntervalSeconds?: number;
}

const queueName = (schema: string, job: string) => `${schema}.${job}`;

/** Counts a run's outcome in `ixl_job_runs_total` (the dashboard's job failures). */
const counted = <T>(job: string, run: Promise<T>): Promise<T> =>
  run.then(
    (value) => (metrics.jobRuns.inc({ job, outcome: 'ok' }), value),
    (err: unknown) => {
      metrics.jobRuns.inc({ job, outcome: 'error' });
      throw err;
    },
  );
const deadLetterQueue = (schema: string) => `${schema}.dead-letter`;

/** The latest time at or before `now` when `cron` fell due in `tz`. */
export function lastOccurrence(cron: string, tz: string, now: Date): Date {
  return CronExpressionParser.parse(cron, { tz, currentDate: new Date(now.getTime() + 1) })
    .prev()
    .toDate();
}

/**
 * Checks every job's declaration before anything starts: a known time zone, a cron expression that
 * parses, a name pg-boss accepts, no two jobs with one name. Throws a StartupError naming the job.
 */
export function validateSchedules(schema: string, jobs: readonly ScheduledJob[]): void {
  const seen = new Set<string>();
  for (const job of jobs) {
    const what = `The ${schema} job "${job.name}" has a bad schedule`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(job.name))
      throw new StartupError(what, `"${job.name}" is not a job name`, 'Name jobs with lower-case letters, digits and hyphens.');
    if (seen.has(job.name)) throw new StartupError(what, `two jobs are named "${job.name}"`, 'Give each job its own name.');
    seen.add(job.name);
    const tz = job.tz ?? JOB_TIME_ZONE;
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
    } catch {
      throw new StartupError(what, `"${tz}" is not a time zone`, `Use an IANA time zone such as ${JOB_TIME_ZONE}.`);
    }
    try {
      const fields = job.cron.trim().split(/\s+/).length;
      if (fields !== 5 && fields !== 6) throw new Error(`${fields} fields`);
      CronExpressionParser.parse(job.cron, { tz });
    } catch (err) {
      throw new StartupError(
        what,
        `"${job.cron}" is not a cron expression (${err instanceof Error ? err.message : String(err)})`,
        'Write five fields (minute hour day-of-month month day-of-week), e.g. "30 2 * * *" for 02:30 every day.',
      );
    }
  }
}

/**
 * Runs a subgraph's jobs on pg-boss (schema `pgboss`): each job is a queue `<subgraph>.<job>` with a
 * cron schedule in Europe/Rome, which pg-boss sends once across replicas; a worker runs it in one
 * transaction that also records the run in `ixl_jobs.schedule_run`. Failures retry with exponential
 * back-off, then go to `<subgraph>.dead-letter` (ADMIN lists and retries them). pg-boss cron does
 * not send what fell due while no replica ran, so on start each schedule whose last successful run
 * is older than its latest occurrence gets one catch-up job (singleton key per occurrence; the
 * worker skips an occurrence already done, so a duplicate changes nothing).
 */
export async function startJobs(orm: MikroORM, jobs: readonly ScheduledJob[], options: JobQueueOptions): Promise<JobRunner> {
  const { schema, log } = options;
  validateSchedules(schema, jobs);
  const inFlight = new Set<Promise<unknown>>();
  const track = async <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    try {
      return await work;
    } finally {
      inFlight.delete(work);
    }
  };
  const find = (name: string) => {
    const job = jobs.find((j) => j.name === name);
    if (!job) throw new Error(`Unknown job ${name}`);
    return job;
  };

  /** One run in one transaction, holding a transaction-scoped advisory lock named after the job (`runNow` does not wait for it). */
  const execute = (job: ScheduledJob, now: Date, scheduled: boolean): Promise<boolean> =>
    track(
      counted(
        queueName(schema, job.name),
        orm.em.fork().transactional(async (em) => {
          const sql = <T extends object>(query: string, params: unknown[] = []) =>
            em.getConnection().execute<T[]>(query, params, 'all', em.getTransactionContext());
          if (scheduled) {
            // pg-boss hands an occurrence to one worker; it waits for a manual run of the same job to end.
            await sql('select pg_advisory_xact_lock(hashtext(?))', [`${schema}:${job.name}`]);
            const queue = queueName(schema, job.name);
            const due = lastOccurrence(job.cron, job.tz ?? JOB_TIME_ZONE, now);
            const [state] = await sql<{ last: string }>(`select "last_success_at" as "last" from ${JOB_STATE_TABLE} where "queue" = ?`, [
              queue,
            ]);
            if (state && new Date(state.last) >= due) return true; // this occurrence already ran (a duplicate or a late catch-up)
            await job.run(em, now);
            await sql(
              `insert into ${JOB_STATE_TABLE} ("queue", "last_success_at") values (?, ?)
             on conflict ("queue") do update set "last_success_at" = greatest(excluded."last_success_at", ${JOB_STATE_TABLE}."last_success_at"), "baseline" = false`,
              [queue, now],
            );
            return true;
          }
          const [lock] = await sql<{ locked: boolean }>('select pg_try_advisory_xact_lock(hashtext(?)) as locked', [
            `${schema}:${job.name}`,
          ]);
          if (!lock?.locked) return false;
          await job.run(em, now);
          return true;
        }),
      ),
    );

  let boss: PgBoss | undefined;
  if (options.enabled && jobs.length) {
    boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: JOB_QUEUE_SCHEMA,
      application_name: `ixl-jobs-${schema}`,
      max: 3,
      cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds ?? 30,
      cronWorkerIntervalSeconds: Math.min(5, options.cronMonitorIntervalSeconds ?? 5),
    });
    boss.on('error', (err) => log('job queue error', { error: err instanceof Error ? err.message : String(err) }));
    await boss.start();
    const db = orm.em.getConnection();
    // Replicas (and subgraphs sharing a database) start together: `if not exists` alone races in PostgreSQL.
    await orm.em.fork().transactional(async (em) => {
      const run = (q: string) => em.getConnection().execute(q, [], 'run', em.getTransactionContext());
      await run(`select pg_advisory_xact_lock(hashtext('ixl_jobs:install'))`);
      await run(`create schema if not exists "ixl_jobs"`);
      await run(
        `create table if not exists ${JOB_STATE_TABLE} ("queue" text primary key, "last_success_at" timestamptz not null, "baseline" boolean not null default false)`,
      );
    });
    const dlq = deadLetterQueue(schema);
    await boss.createQueue(dlq, { retentionSeconds: 90 * 24 * 3600 });
    for (const job of jobs) {
      const queue = queueName(schema, job.name);
      const tz = job.tz ?? JOB_TIME_ZONE;
      const policy = {
        retryLimit: options.retryLimit ?? 3,
        retryDelay: options.retryDelaySeconds ?? 60,
        retryBackoff: true,
        expireInSeconds: 15 * 60,
        deadLetter: dlq,
      };
      // createQueue keeps an existing queue as it was: updateQueue applies this release's policy.
      if (await boss.getQueue(queue)) await boss.updateQueue(queue, policy);
      else await boss.createQueue(queue, policy);
      await boss.schedule(queue, job.cron, {}, { tz });
      await boss.work(queue, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([pgJob]) => {
        if (!pgJob) return;
        try {
          await execute(job, new Date(), true);
        } catch (err) {
          // What pg-boss stores (and ADMIN reads) is the safe description: no SQL, no values.
          const safe = safeErrorForLog(err);
          log('job failed', { job: job.name, attempt: pgJob.retryCount + 1, ...safe });
          throw new Error(describeFailure(safe));
        }
      });
      // First start: nothing to catch up; the schedule counts from now.
      const now = new Date();
      await db.execute(
        `insert into ${JOB_STATE_TABLE} ("queue", "last_success_at", "baseline") values (?, ?, true) on conflict do nothing`,
        [queue, now],
      );
      const [state] = await db.execute<{ last: string }[]>(`select "last_success_at" as "last" from ${JOB_STATE_TABLE} where "queue" = ?`, [
        queue,
      ]);
      const due = lastOccurrence(job.cron, tz, now);
      if (state && new Date(state.last) < due) {
        const key = `${queue}@${due.toISOString()}`;
        const id = await boss.send(queue, { missed: due.toISOString() }, { singletonKey: key, singletonSeconds: 24 * 3600 });
        log('job missed while no replica ran; sent now', { job: job.name, due: due.toISOString(), sent: id !== null });
      }
    }
  }

  const sql = async <T extends object>(query: string, params: unknown[]): Promise<T[] | null> => {
    const [exists] = await orm.em
      .getConnection()
      .execute<{ ok: boolean }[]>(`select to_regclass(?) is not null as ok`, [`"${JOB_QUEUE_SCHEMA}".job`]);
    return exists?.ok ? orm.em.getConnection().execute<T[]>(query, params) : null;
  };

  return {
    runNow: async (name, now = new Date()) => execute(find(name), now, false),
    async deadLetters(limit = 100) {
      const rows = await sql<{
        id: string;
        source_name: string | null;
        source_output: unknown;
        attempts: number | null;
        created: Date;
        failed: Date;
      }>(
        `select "id"::text as "id", "source_name", "source_output", "source_retry_count" as "attempts",
                coalesce("source_created_on", "created_on") as "created", "created_on" as "failed"
         from "${JOB_QUEUE_SCHEMA}".job where "name" = ? and "state" in ('created', 'retry') order by "created_on" desc limit ?`,
        [deadLetterQueue(schema), limit],
      );
      return (rows ?? []).map((r) => ({
        id: r.id,
        job: (r.source_name ?? '').slice(schema.length + 1),
        error: errorText(r.source_output),
        attempts: (r.attempts ?? 0) + 1,
        createdAt: new Date(r.created),
        failedAt: new Date(r.failed),
      }));
    },
    async retryDeadLetter(id) {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
      if (!boss) throw new Error('Jobs are off (IXL_JOBS=off): dead letters cannot be retried by this process');
      const moved = await boss.redrive(deadLetterQueue(schema), { ids: [id] });
      return moved > 0;
    },
    async stop() {
      await boss?.stop({ graceful: true, timeout: 10_000, close: true });
      await Promise.allSettled([...inFlight]);
    },
  };
}

/**
 * Creates pg-boss's schema (`pgboss`) in a database without starting any queue, schedule or
 * maintenance: what the test template does once, so the copies each test gets do not pay for it.
 */
export async function installJobQueueSchema(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: JOB_QUEUE_SCHEMA, supervise: false, schedule: false, max: 1 });
  boss.on('error', () => undefined);
  await boss.start();
  await boss.stop({ graceful: false, close: true });
}

/** One line for a failed run: the error's class, and its message or, for a database error, SQLSTATE and table. */
function describeFailure(safe: Record<string, unknown>): string {
  const parts = [String(safe.error ?? 'Error')];
  if (safe.code) parts.push(`SQLSTATE ${String(safe.code)}`);
  if (safe.table) parts.push(`table ${String(safe.table)}`);
  if (typeof safe.message === 'string' && safe.message) return `${parts.join(', ')}: ${safe.message}`;
  return parts.join(', ');
}

/** The message of a failed job's output (pg-boss stores the serialised error). */
function errorText(output: unknown): string {
  if (output && typeof output === 'object') {
    const o = output as { message?: unknown; value?: unknown };
    if (typeof o.message === 'string') return o.message;
    if (typeof o.value === 'string') return o.value;
  }
  return output === null || output === undefined ? 'unknown error' : JSON.stringify(output).slice(0, 500);
}
