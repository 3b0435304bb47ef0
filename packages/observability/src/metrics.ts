import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import client, { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics (prom-client): one registry per process, whatever runs in it (the
 * one-process stack's gateway and five subgraphs, or one service). Names are `ixl_*` plus Node's
 * runtime metrics (`process_*`, `nodejs_*`); deploy/observability's dashboard and alerts use them.
 */
export const registry = new Registry();
client.collectDefaultMetrics({ register: registry });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const metrics = {
  graphqlRequests: new Counter({
    name: 'ixl_graphql_requests_total',
    help: 'GraphQL operations served, by service, operation name and outcome (ok or error)',
    labelNames: ['service', 'operation', 'outcome'] as const,
    registers: [registry],
  }),
  graphqlErrors: new Counter({
    name: 'ixl_graphql_errors_total',
    help: 'Errors in GraphQL answers, by service, operation name and error code',
    labelNames: ['service', 'operation', 'code'] as const,
    registers: [registry],
  }),
  graphqlDuration: new Histogram({
    name: 'ixl_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL operation, by service and operation name',
    labelNames: ['service', 'operation'] as const,
    buckets: SECONDS,
    registers: [registry],
  }),
  subgraphFetches: new Counter({
    name: 'ixl_subgraph_fetches_total',
    help: 'Calls from the gateway to a subgraph, by subgraph, operation name and outcome (ok, error, unavailable)',
    labelNames: ['subgraph', 'operation', 'outcome'] as const,
    registers: [registry],
  }),
  subgraphFetchDuration: new Histogram({
    name: 'ixl_subgraph_fetch_duration_seconds',
    help: 'Time of a call from the gateway to a subgraph, by subgraph and operation name',
    labelNames: ['subgraph', 'operation'] as const,
    buckets: SECONDS,
    registers: [registry],
  }),
  queryPlanCache: new Counter({
    name: 'ixl_query_plan_cache_total',
    help: "Lookups in the gateway's query-plan cache, by result (hit or miss)",
    labelNames: ['result'] as const,
    registers: [registry],
  }),
  eventsHandled: new Counter({
    name: 'ixl_events_handled_total',
    help: 'Events handled by a consumer, by consumer and outcome (ok, dead_lettered)',
    labelNames: ['consumer', 'outcome'] as const,
    registers: [registry],
  }),
  eventRetries: new Counter({
    name: 'ixl_event_retries_total',
    help: 'Failed attempts of an event handler that will be retried, by consumer',
    labelNames: ['consumer'] as const,
    registers: [registry],
  }),
  secretPresent: new Gauge({
    name: 'ixl_secret_present',
    help: 'A secret or key set a service of this process needs is configured (1) or missing (0), by service and secret',
    labelNames: ['service', 'secret'] as const,
    registers: [registry],
  }),
  jobRuns: new Counter({
    name: 'ixl_job_runs_total',
    help: 'Runs of a periodic job, by job and outcome (ok, error)',
    labelNames: ['job', 'outcome'] as const,
    registers: [registry],
  }),
};

/** One reading of a gauge read at scrape time: its labels and value. */
export type Reading<L extends string> = { labels: Record<L, string>; value: number };
type Source<L extends string> = () => Promise<Reading<L>[]>;

/**
 * A gauge read from the services when scraped (queue depths, lag): every running service adds a source
 * of readings, removed when it stops. A source that fails is skipped (the scrape still answers).
 */
function scrapedGauge<L extends string>(name: string, help: string, labelNames: readonly L[]) {
  const sources = new Set<Source<L>>();
  new Gauge<L>({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      this.reset();
      const all = await Promise.all([...sources].map((s) => s().catch(() => [] as Reading<L>[])));
      for (const r of all.flat()) this.set(r.labels, r.value);
    },
  });
  return {
    add(source: Source<L>): () => void {
      sources.add(source);
      return () => void sources.delete(source);
    },
  };
}

export const gauges = {
  eventLag: scrapedGauge(
    'ixl_event_consumer_lag_seconds',
    'Age of the oldest event a consumer has not handled yet (0: none waiting), by consumer and source',
    ['consumer', 'source'],
  ),
  eventBacklog: scrapedGauge('ixl_event_consumer_backlog', 'Events a consumer has not handled yet, by consumer and source', [
    'consumer',
    'source',
  ]),
  deadLetters: scrapedGauge('ixl_event_dead_letters', 'Open dead letters (events whose handler kept failing), by consumer', ['consumer']),
  jobQueue: scrapedGauge('ixl_job_queue_depth', 'Jobs waiting or running in the job queue (pg-boss), by queue and state', [
    'queue',
    'state',
  ]),
  jobLastRun: scrapedGauge('ixl_job_last_success_timestamp_seconds', 'When a periodic job last completed, by queue', ['queue']),
  jobFailures: scrapedGauge('ixl_job_failed', 'Jobs of the queue that failed in the last 24 hours, by queue', ['queue']),
  mailQueue: scrapedGauge('ixl_mail_queue', 'Mails in the outbox, by status (pending, failed)', ['status']),
  dbPool: scrapedGauge('ixl_db_pool_connections', 'Database pool connections, by service and state (used, idle, pending)', [
    'service',
    'state',
  ]),
  up: scrapedGauge('ixl_service_up', 'Services of this process serving (1) or not ready (0), by service', ['service']),
};

/** An operation name as a label: at most 64 characters; unnamed operations are `anonymous`. */
export const operationLabel = (name: string | null | undefined): string => (name ? name.slice(0, 64) : 'anonymous');

/** The registry in Prometheus text format, with its content type. */
export async function scrape(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}

let listener: { server: Server; port: number; users: number; host: string } | undefined;
let starting: Promise<NonNullable<typeof listener>> | undefined;

/**
 * The process's own `/metrics` listener (IXL_METRICS_HOST, IXL_METRICS_PORT): started by the first service
 * of the process and shared by the others; closed when the last one stops. Returns its URL and a release.
 */
export async function shareMetricsServer(host: string, port: number): Promise<{ url: string; release: () => Promise<void> }> {
  starting ??= new Promise((resolve, reject) => {
    const server = createServer((req, res) => {
      if ((req.url ?? '/').split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      scrape().then(
        ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
        () => res.writeHead(500).end(),
      );
    });
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, port: (server.address() as AddressInfo).port, users: 0, host }));
  });
  try {
    listener = await starting;
  } catch (err) {
    starting = undefined;
    throw err;
  }
  const own = listener;
  own.users++;
  let released = false;
  const shown = own.host === '0.0.0.0' || own.host === '::' ? '127.0.0.1' : own.host;
  return {
    url: `http://${shown.includes(':') ? `[${shown}]` : shown}:${own.port}/metrics`,
    async release() {
      if (released) return;
      released = true;
      if (--own.users > 0) return;
      starting = undefined;
      listener = undefined;
      await new Promise<void>((resolve) => own.server.close(() => resolve()));
    },
  };
}
