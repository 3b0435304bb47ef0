import type { MikroORM } from '@mikro-orm/postgresql';
import { gauges } from '@ixl/observability';
import type { EventBus } from '@ixl/events';
import { JOB_QUEUE_SCHEMA, JOB_STATE_TABLE } from './jobs.js';

/** What the gauges read of the event bus: each consumer's backlog and lag (the PostgreSQL bus from the outboxes, JetStream from its durable consumers). */
interface BusStats {
  stats?(): Promise<{ consumer: string; source: string; backlog: number; lagSeconds: number }[]>;
}
const statsOf = async (bus: BusStats) => (bus.stats ? bus.stats() : []);

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/**
 * What a subgraph adds to its process's gauges, read when Prometheus scrapes: its consumers' lag and
 * backlog, open dead letters, its job queues, its mail outbox (people), its database pool, and whether
 * it is ready. Returns the function that removes them (the subgraph stopping).
 */
export function subgraphGauges(name: string, orm: MikroORM, bus: EventBus & BusStats, ready: () => Promise<boolean>): () => void {
  const sql = <T>(query: string, params: unknown[] = []) => orm.em.getConnection().execute<T[]>(query, params);
  const exists = async (relation: string) =>
    (await sql<{ found: boolean }>(`select to_regclass(?) is not null as "found"`, [relation]))[0]?.found === true;
  const removers = [
    gauges.eventLag.add(async () =>
      (await statsOf(bus)).map((s) => ({ labels: { consumer: s.consumer, source: s.source }, value: s.lagSeconds })),
    ),
    gauges.eventBacklog.add(async () =>
      (await statsOf(bus)).map((s) => ({ labels: { consumer: s.consumer, source: s.source }, value: s.backlog })),
    ),
    gauges.deadLetters.add(async () => {
      const rows = await sql<{ consumer: string; open: number }>(
        `select o."consumer", (select count(*)::int from "${name}"."event_dead_letter" d where d."consumer" = o."consumer" and d."retried_at" is null) as "open"
         from (select distinct "consumer" from "${name}"."event_consumer_offset") o`,
      );
      return rows.map((r) => ({ labels: { consumer: r.consumer }, value: r.open }));
    }),
    gauges.jobQueue.add(async () => {
      if (!(await exists(`${JOB_QUEUE_SCHEMA}.job`))) return [];
      const rows = await sql<{ queue: string; state: string; n: number }>(
        `select "name" as "queue", "state"::text as "state", count(*)::int as "n" from "${JOB_QUEUE_SCHEMA}"."job"
         where "name" like ? and "state" in ('created', 'retry', 'active') group by 1, 2`,
        [`${name}.%`],
      );
      return rows.map((r) => ({ labels: { queue: r.queue, state: r.state }, value: r.n }));
    }),
    gauges.jobFailures.add(async () => {
      if (!(await exists(`${JOB_QUEUE_SCHEMA}.job`))) return [];
      const rows = await sql<{ queue: string; n: number }>(
        `select "name" as "queue", count(*)::int as "n" from "${JOB_QUEUE_SCHEMA}"."job"
         where "name" like ? and "state" = 'failed' and "completed_on" > now() - interval '1 day' group by 1`,
        [`${name}.%`],
      );
      return rows.map((r) => ({ labels: { queue: r.queue }, value: r.n }));
    }),
    gauges.jobLastRun.add(async () => {
      if (!(await exists('ixl_jobs.schedule_run'))) return [];
      const rows = await sql<{ queue: string; at: number }>(
        `select "queue", extract(epoch from "last_success_at")::float8 as "at" from ${JOB_STATE_TABLE} where "queue" like ?`,
        [`${name}.%`],
      );
      return rows.map((r) => ({ labels: { queue: r.queue }, value: r.at }));
    }),
    gauges.mailQueue.add(async () => {
      if (!(await exists(`${name}.mail_outbox`))) return [];
      const rows = await sql<{ status: string; n: number }>(
        `select lower("status") as "status", count(*)::int as "n" from "${name}"."mail_outbox" where "status" in ('PENDING', 'FAILED') group by 1`,
      );
      const by = new Map(rows.map((r) => [r.status, r.n]));
      return ['pending', 'failed'].map((status) => ({ labels: { status }, value: by.get(status) ?? 0 }));
    }),
    gauges.dbPool.add(async () => {
      const pool = (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
      if (!pool) return [];
      return [
        { labels: { service: name, state: 'used' }, value: pool.numUsed() },
        { labels: { service: name, state: 'idle' }, value: pool.numFree() },
        { labels: { service: name, state: 'pending' }, value: pool.numPendingAcquires() },
      ];
    }),
    gauges.up.add(async () => [{ labels: { service: name }, value: (await ready().catch(() => false)) ? 1 : 0 }]),
  ];
  return () => removers.forEach((remove) => remove());
}

/** What the ADMIN status page shows of one subgraph (the same readings as the gauges). */
export interface ServiceStatusData {
  consumers: { consumer: string; source: string; backlog: number; lagSeconds: number; openDeadLetters: number }[];
  jobs: { job: string; lastSuccessAt: Date | null; failedLast24h: number }[];
  /** Mails waiting to be sent (null: this subgraph sends no mail). */
  queuedMail: number | null;
  failedMail: number | null;
}

/** Reads a subgraph's status: consumers' backlog, lag and dead letters, its jobs' last success and failures, its mail queue. */
export async function readServiceStatus(
  name: string,
  orm: MikroORM,
  bus: EventBus & BusStats,
  jobNames: string[],
): Promise<ServiceStatusData> {
  const sql = <T>(query: string, params: unknown[] = []) => orm.em.getConnection().execute<T[]>(query, params);
  const exists = async (relation: string) =>
    (await sql<{ found: boolean }>(`select to_regclass(?) is not null as "found"`, [relation]))[0]?.found === true;
  const [stats, dead] = await Promise.all([
    statsOf(bus),
    sql<{ consumer: string; open: number }>(
      `select "consumer", count(*)::int as "open" from "${name}"."event_dead_letter" where "retried_at" is null group by 1`,
    ),
  ]);
  const openBy = new Map(dead.map((d) => [d.consumer, d.open]));
  const last = (await exists('ixl_jobs.schedule_run'))
    ? await sql<{ queue: string; at: Date }>(`select "queue", "last_success_at" as "at" from ${JOB_STATE_TABLE} where "queue" like ?`, [
        `${name}.%`,
      ])
    : [];
  const failed = (await exists(`${JOB_QUEUE_SCHEMA}.job`))
    ? await sql<{ queue: string; n: number }>(
        `select "name" as "queue", count(*)::int as "n" from "${JOB_QUEUE_SCHEMA}"."job"
         where "name" like ? and "state" = 'failed' and "completed_on" > now() - interval '1 day' group by 1`,
        [`${name}.%`],
      )
    : [];
  const mail = (await exists(`${name}.mail_outbox`))
    ? await sql<{ status: string; n: number }>(
        `select "status", count(*)::int as "n" from "${name}"."mail_outbox" where "status" in ('PENDING', 'FAILED') group by 1`,
      )
    : null;
  return {
    consumers: stats.map((s) => ({ ...s, openDeadLetters: openBy.get(s.consumer) ?? 0 })),
    jobs: jobNames.map((job) => ({
      job,
      lastSuccessAt: last.find((l) => l.queue === `${name}.${job}`)?.at ?? null,
      failedLast24h: failed.find((f) => f.queue === `${name}.${job}`)?.n ?? 0,
    })),
    queuedMail: mail ? (mail.find((m) => m.status === 'PENDING')?.n ?? 0) : null,
    failedMail: mail ? (mail.find((m) => m.status === 'FAILED')?.n ?? 0) : null,
  };
}
