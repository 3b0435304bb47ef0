import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

/** A periodic, idempotent job of a subgraph (e.g. close due risk-share windows, flag overdue interviews). */
export interface ScheduledJob {
  name: string;
  everyMs: number;
  run: (em: EntityManager, now: Date) => Promise<void>;
}

export interface JobRunner {
  /** Runs one job now (tests, admin); false when another replica holds it. */
  runNow(name: string, now?: Date): Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * Runs each job every `everyMs` in one transaction that holds a transaction-scoped advisory lock
 * named after the schema and job, so one replica at a time runs it; the others skip that round.
 */
export function startJobs(
  orm: MikroORM,
  schema: string,
  jobs: readonly ScheduledJob[],
  enabled: boolean,
  log: (message: string, data?: Record<string, unknown>) => void,
): JobRunner {
  const timers: NodeJS.Timeout[] = [];
  const inFlight = new Set<Promise<unknown>>();
  let stopped = false;
  const runNow = async (name: string, now = new Date()): Promise<boolean> => {
    const job = jobs.find((j) => j.name === name);
    if (!job) throw new Error(`Unknown job ${name}`);
    const work = orm.em.fork().transactional(async (em) => {
      const [row] = await em
        .getConnection()
        .execute<{ locked: boolean }[]>(
          'select pg_try_advisory_xact_lock(hashtext(?)) as locked',
          [`${schema}:${name}`],
          'all',
          em.getTransactionContext(),
        );
      if (!row?.locked) return false;
      await job.run(em, now);
      return true;
    });
    inFlight.add(work);
    try {
      return await work;
    } finally {
      inFlight.delete(work);
    }
  };
  if (enabled) {
    for (const job of jobs) {
      const timer = setInterval(() => {
        if (stopped) return;
        runNow(job.name).catch((err) => log('job failed', { job: job.name, error: err instanceof Error ? err.name : String(err) }));
      }, job.everyMs);
      timer.unref();
      timers.push(timer);
    }
  }
  return {
    runNow,
    async stop() {
      stopped = true;
      for (const t of timers) clearInterval(t);
      await Promise.allSettled([...inFlight]);
    },
  };
}
