import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { errorJson } from '@ixl/contracts';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import type { MigrationObject } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CALLER_HEADER, signingKeySet, verifyCallerHeader, type Caller } from '@ixl/auth';
import { createSubgraphOrm, migrate, pendingMigrations, type SubgraphOrm } from '@ixl/db';
import { configOrExit, subgraphUrl, subgraphVariables, type LogLevel } from '@ixl/config';
import {
  OutboxTail,
  PostgresEventBus,
  JetStreamEventBus,
  JetStreamRelay,
  connectJetStream,
  type EventBus,
  type SubscriptionSpec,
} from '@ixl/events';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { loadSubgraphConfig, type SubgraphConfig } from './config.js';
import type { SubgraphContext } from './context.js';
import { DomainError, formatSubgraphError } from './errors.js';
import { duplicateConflictPlugin, type DuplicateMessages } from './duplicates.js';
import { eventAdminResolver } from './event-admin.resolver.js';
import { safeErrorForLog } from './log-safe.js';
import { liveSubscriptionGroups } from './live-groups.js';
import { graphqlMetricsPlugin, inRequestScope, metrics, scrape, structuredLogger } from '@ixl/observability';
import { readServiceStatus, subgraphGauges } from './gauges.js';
import { startJobs, type JobRunner, type ScheduledJob } from './jobs.js';
import {
  BodyTooLargeError,
  GRAPHQL_MAX_BODY_BYTES,
  StartupError,
  WS_MAX_PAYLOAD_BYTES,
  executeApollo,
  listen,
  readBodyBytes,
  sendBodyTooLarge,
  sendJson,
} from '@ixl/http-kit';
import { Readable } from 'node:stream';
import { buildFederatedSchema, type ReferenceResolvers } from './schema.js';

/** Everything that makes one subgraph: its schema name, entities, migrations, resolvers and consumers. */
export interface SubgraphDefinition {
  /** Subgraph name; also the PostgreSQL schema it owns. */
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: any[];
  migrations: MigrationObject[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  /** Event consumers (read models fed by other subgraphs' events); a function gets the configuration. */
  consumers?: SubscriptionSpec[] | ((config: SubgraphConfig) => SubscriptionSpec[]);
  /**
   * Plain HTTP endpoints under `/files/` (uploads and downloads of documents), reached through the
   * gateway's `/files/<subgraph>/...` proxy with the same signed caller as GraphQL.
   */
  fileRoutes?: (req: IncomingMessage, res: ServerResponse, ctx: SubgraphContext) => Promise<void>;
  /** Periodic idempotent jobs on cron schedules (pg-boss; one replica runs each occurrence); a function gets the configuration. */
  jobs?: ScheduledJob[] | ((config: SubgraphConfig) => ScheduledJob[]);
  /** Long-running workers of the subgraph (e.g. the mail sender), started after migrations. */
  workers?: (deps: { orm: SubgraphOrm; config: SubgraphConfig; log: Logger }) => Promise<{ stop(): Promise<void> }>;
  /** Loads this subgraph's part of the Bologna demo data when its tables are empty (`npm start` only). */
  seedDemo?: (em: EntityManager) => Promise<{ seeded: boolean; counts?: Record<string, number> }>;
  /** Messages of the CONFLICT answered when a unique or exclusion constraint refuses a natural duplicate, by constraint name. */
  duplicates?: DuplicateMessages;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  orm: SubgraphOrm;
  /** The event bus its consumers run on: PostgreSQL, or NATS JetStream with `NATS_URL`. `drain()` delivers what is committed so far. */
  bus: EventBus & { drain(): Promise<void> };
  jobs: JobRunner;
  /**
   * Live event streams this subgraph is serving now (accepted at subscribe time, until they end), or those for events of
   * `eventType`. Identical subscriptions of one caller scope share one stream (see live-groups.ts).
   */
  liveSubscriptions(eventType?: string): number;
  stop(): Promise<void>;
}

export type Logger = (level: 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>) => void;

/** The structured log of a subgraph (pino, JSON lines on standard output; request and trace ids while handling one). */
export const consoleLogger = (name: string, level: LogLevel = 'info'): Logger => structuredLogger(name, level);

/** The subgraph's schema: its own resolvers plus the ADMIN event-consumer view every subgraph has. */
export function buildDefinitionSchema(def: SubgraphDefinition): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [...def.resolvers, eventAdminResolver(def.name)], orphanedTypes: def.orphanedTypes },
    def.referenceResolvers,
  );
}

function toSafeGraphQLError(error: GraphQLError, log: Logger): GraphQLError {
  const formatted = formatSubgraphError(error.toJSON(), error, (e) => log('error', 'unexpected error', safeErrorForLog(e)));
  return new GraphQLError(formatted.message, { path: formatted.path, extensions: formatted.extensions });
}

/** Connects the subgraph's ORM, or explains why its database cannot be reached (without the password). */
async function openDatabase(def: SubgraphDefinition, config: SubgraphConfig): Promise<SubgraphOrm> {
  try {
    return await createSubgraphOrm({ schema: def.name, url: config.databaseUrl, entities: def.entities, migrations: def.migrations });
  } catch (err) {
    const url = new URL(config.databaseUrl);
    const where = `${url.hostname}:${url.port || 5432}${url.pathname}`;
    const own = subgraphVariables(def.name).DATABASE_URL.name;
    const code = (err as { code?: string }).code;
    const remedy =
      code === '28P01' || code === '28000'
        ? `PostgreSQL refused the user or password: check ${own} (or DATABASE_URL).`
        : code === '3D000'
          ? `The database does not exist: create it (createdb) or fix the name in ${own} (or DATABASE_URL).`
          : `Is PostgreSQL running at ${where} and reachable from here? Check ${own} (or DATABASE_URL); without either, npm start runs its own embedded PostgreSQL.`;
    throw new StartupError(
      `The ${def.name} subgraph could not connect to its database at ${where}`,
      err instanceof Error ? err.message : String(err),
      remedy,
      { cause: err },
    );
  }
}

/**
 * The subgraph's event transport. Without `NATS_URL`: the PostgreSQL bus, which reads each source's outbox
 * in the source's database. With it: NATS JetStream; the subgraph relays its own outbox to the stream and
 * consumes through durable consumers, touching no other service's database. Offsets, dead letters and the
 * admin views are the same tables either way.
 */
async function openEventBus(
  name: string,
  orm: SubgraphOrm,
  config: SubgraphConfig,
  log: (message: string, data?: object) => void,
): Promise<RunningSubgraph['bus']> {
  if (!config.natsUrl) {
    return new PostgresEventBus({
      orm,
      consumerSchema: name,
      sourceUrl: (source) => config.databaseUrls[source] ?? config.databaseUrl,
      log,
    });
  }
  const connection = await connectJetStream(config.natsUrl, `ixl-${name}`, log);
  const relay = new JetStreamRelay({ orm, schema: name, databaseUrl: config.databaseUrl, connection, log });
  await relay.start();
  const consumers = new JetStreamEventBus({ orm, consumerSchema: name, connection, log });
  return {
    subscribe: (spec) => consumers.subscribe(spec),
    drain: async () => {
      await relay.drain();
      await consumers.drain();
    },
    close: async () => {
      await consumers.close();
      await relay.close();
      await connection.close();
    },
  };
}

/** How often a subgraph started with `IXL_MIGRATE_ON_START=off` looks again for its migrations. */
const MIGRATION_WAIT_MS = 2000;

/**
 * With `IXL_MIGRATE_ON_START=off` the migrations are their own deployment step (`ixl-migrate`): the
 * subgraph serves nothing until its schema holds every migration of this release, and says what it waits for.
 */
async function migrationsApplied(orm: SubgraphOrm, schema: string, log: Logger): Promise<void> {
  let told = '';
  for (;;) {
    let pending: string[];
    try {
      pending = await pendingMigrations(orm);
    } catch (err) {
      pending = [`(cannot read: ${err instanceof Error ? err.message : String(err)})`];
    }
    if (!pending.length) return;
    const now = pending.join(',');
    if (now !== told) {
      log('warn', 'waiting for migrations: run ixl-migrate (IXL_MIGRATE_ON_START=off)', { schema, pending: pending.length });
      told = now;
    }
    await new Promise((resolve) => setTimeout(resolve, MIGRATION_WAIT_MS));
  }
}

/** Largest file body a subgraph reads (the gateway's cap on uploads). */
const FILE_MAX_BODY_BYTES = 10 * 1024 * 1024;
/** What the gateway signs for a subgraph WebSocket connection (graphql-ws `connection_init`): no body. */
export const WS_REQUEST = { method: 'WS', path: '/graphql', body: null } as const;

/** The request body (empty for GET and HEAD), or the error when it is over `limit`. */
async function receive(req: IncomingMessage, limit: number): Promise<Buffer | BodyTooLargeError> {
  if (req.method === 'GET' || req.method === 'HEAD') return Buffer.alloc(0);
  try {
    return await readBodyBytes(req, limit);
  } catch (err) {
    if (err instanceof BodyTooLargeError) return err;
    throw err;
  }
}

/** `req` with its body, already read, readable again (for file routes, which read the request themselves). */
function replayed(req: IncomingMessage, body: Buffer): IncomingMessage {
  const stream = Readable.from(body.length ? [body] : []);
  return Object.assign(stream, {
    headers: req.headers,
    method: req.method,
    url: req.url,
    socket: req.socket,
  }) as unknown as IncomingMessage;
}

/** Migrates, builds the schema, starts the event consumers and serves `/graphql`, `/livez`, `/readyz` and `/healthz`. */
export async function startSubgraph(
  def: SubgraphDefinition,
  config: SubgraphConfig,
  log: Logger = consoleLogger(def.name, config.observability.logLevel),
): Promise<RunningSubgraph> {
  metrics.secretPresent.set({ service: def.name, secret: 'internal_secret' }, config.internalSecret ? 1 : 0);
  if (def.name === 'people') metrics.secretPresent.set({ service: def.name, secret: 'jwt_signing_keys' }, config.jwtSigningKeys ? 1 : 0);
  const orm = await openDatabase(def, config);
  if (config.migrateOnStart) {
    const applied = await migrate(orm, def.name);
    if (applied.length) log('info', 'migrations applied', { migrations: applied });
  } else {
    await migrationsApplied(orm, def.name, log);
  }
  const schema = await buildDefinitionSchema(def);
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    introspection: true,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      graphqlMetricsPlugin(def.name),
      duplicateConflictPlugin(
        (sql, params) => orm.em.getConnection().execute<{ id: string }[]>(sql, params),
        (e) => log('warn', 'existing record lookup failed', safeErrorForLog(e)),
      ),
    ],
    csrfPrevention: false, // only the gateway calls us, with a signed header
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      formatSubgraphError(formatted, error, (e) => log('error', 'unexpected error', safeErrorForLog(e)), def.duplicates),
  });
  await apollo.start();

  const busLog = (message: string, data?: object) => log('info', message, data as Record<string, unknown> | undefined);
  const bus = await openEventBus(def.name, orm, config, busLog);
  const consumers = typeof def.consumers === 'function' ? def.consumers(config) : (def.consumers ?? []);
  for (const spec of consumers) await bus.subscribe(spec);
  // Every replica tails its own outbox, so every replica can serve every subscription event.
  const scheduled = typeof def.jobs === 'function' ? def.jobs(config) : (def.jobs ?? []);
  const jobs = await startJobs(orm, scheduled, {
    schema: def.name,
    enabled: config.jobs,
    databaseUrl: config.databaseUrl,
    log: (message, data) => log('warn', message, data),
  });
  const workers = def.workers ? await def.workers({ orm, config, log }) : undefined;
  const events = new OutboxTail(config.databaseUrl, def.name, (message, data) => log('warn', message, data as Record<string, unknown>));
  await events.start();

  const readiness = async (): Promise<{ ok: boolean; checks: Record<string, string> }> => {
    const checks: Record<string, string> = {};
    try {
      await orm.em.getConnection().execute('select 1');
      checks.database = 'ok';
      const pending = await orm.getMigrator().getPendingMigrations();
      checks.migrations = pending.length ? `${pending.length} pending` : 'ok';
    } catch {
      checks.database = 'unreachable';
      checks.migrations = 'unknown';
    }
    return { ok: Object.values(checks).every((c) => c === 'ok'), checks };
  };

  const stopGauges = subgraphGauges(def.name, orm, bus, async () => (await readiness()).ok);
  const status = () =>
    readServiceStatus(
      def.name,
      orm,
      bus,
      scheduled.map((j) => j.name),
    );

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    // Prometheus metrics of this process (a subgraph's port is internal: only the gateway and the scraper reach it).
    if (path === '/metrics') {
      void scrape().then(
        ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
        () => sendJson(res, 500, { error: 'metrics unavailable' }),
      );
      return;
    }
    // Liveness: the process answers (no dependency checked: a restart would not fix a database outage).
    if (path === '/livez') return sendJson(res, 200, { status: 'ok', subgraph: def.name });
    // Readiness: the database answers and holds every migration of this release.
    if (path === '/readyz') {
      void readiness().then((r) =>
        sendJson(res, r.ok ? 200 : 503, { status: r.ok ? 'ok' : 'unavailable', subgraph: def.name, checks: r.checks }),
      );
      return;
    }
    if (path === '/healthz') {
      orm.em
        .getConnection()
        .execute('select 1')
        .then(() => sendJson(res, 200, { status: 'ok', subgraph: def.name }))
        .catch(() => sendJson(res, 503, { status: 'unavailable', subgraph: def.name }));
      return;
    }
    // The issuer (people) publishes the public halves of its signing keys (issue 18); nothing else is open.
    if (path === '/.well-known/jwks.json' && config.jwtSigningKeys)
      return sendJson(res, 200, signingKeySet(config.jwtSigningKeys).jwks, { 'cache-control': 'public, max-age=300' });
    const isFiles = path?.startsWith('/files/') && def.fileRoutes;
    if (path !== '/graphql' && !isFiles) return sendJson(res, 404, { error: 'Not found' });
    // The caller header is bound to this request (method, path with query, body digest: issue 18), so the
    // body is read before anything runs; handlers get it as read.
    const work = receive(req, isFiles ? FILE_MAX_BODY_BYTES : GRAPHQL_MAX_BODY_BYTES).then((body) => {
      if (body instanceof BodyTooLargeError) return sendBodyTooLarge(res, body);
      const check = verifyCallerHeader(req.headers[CALLER_HEADER] as string | undefined, config.internalSecret, {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        body,
      });
      if (!check.ok) {
        return sendJson(res, 401, {
          errors: [errorJson(`CALLER_SIGNATURE_${check.reason}`, {})],
        });
      }
      const requestId = check.caller.requestId ?? randomUUID();
      res.setHeader('x-request-id', requestId);
      const context = async (): Promise<SubgraphContext> => ({
        caller: check.caller,
        em: orm.em.fork(),
        requestId,
        loaders: new Map(),
        config,
        events,
        jobs,
        status,
      });
      // Log lines of this request carry its id (the gateway's, from the signed caller).
      return inRequestScope(requestId, () =>
        isFiles && def.fileRoutes
          ? context().then((ctx) => def.fileRoutes?.(replayed(req, body), res, ctx))
          : executeApollo(apollo, req, res, context, undefined, body.toString('utf8')),
      );
    });
    work.catch((err) => {
      if (err instanceof DomainError && !res.headersSent) {
        const status =
          { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, LIMIT_EXCEEDED: 413 }[
            err.code as string
          ] ?? 400;
        return sendJson(res, status, {
          errors: [
            {
              message: err.message,
              extensions: { code: err.code, reason: err.reason, params: err.params, ...(err.field ? { field: err.field } : {}) },
            },
          ],
        });
      }
      log('error', 'request failed', safeErrorForLog(err));
      if (!res.headersSent) sendJson(res, 500, { errors: [errorJson('INTERNAL', {})] });
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  // graphql-ws on /graphql for subscriptions; only the gateway connects, with the signed caller.
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: WS_MAX_PAYLOAD_BYTES });
  // The same error mapping as over HTTP: domain codes kept, internals hidden.
  const safeResult = (result: ExecutionResult): ExecutionResult =>
    result.errors?.length ? { ...result, errors: result.errors.map((e) => toSafeGraphQLError(e, log)) } : result;
  const liveGroups = liveSubscriptionGroups(safeResult, (err) =>
    log('error', 'subscription event failed', { error: err instanceof Error ? err.message : String(err) }),
  );
  const wsServer = useServer<Record<string, unknown>, { caller?: Caller }>(
    {
      schema,
      onConnect: (ctx) => {
        const check = verifyCallerHeader(ctx.connectionParams?.[CALLER_HEADER] as string | undefined, config.internalSecret, WS_REQUEST);
        if (!check.ok) return false;
        ctx.extra.caller = check.caller;
        return true;
      },
      // The same error mapping as over HTTP: domain codes kept, internals hidden.
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => toSafeGraphQLError(e, log)),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors?.length ? safeResult(result) : undefined),
      context: (ctx, id): SubgraphContext => {
        const context: SubgraphContext = {
          caller: ctx.extra.caller ?? { userId: null, role: 'ANONYMOUS' },
          em: orm.em.fork(),
          requestId: randomUUID(),
          loaders: new Map(),
          config,
          events,
          jobs,
        };
        liveGroups.register(context, ctx.extra.socket, id);
        return context;
      },
      // Identical subscriptions (operation, variables, caller scope) share one run: see live-groups.ts.
      subscribe: (args) => liveGroups.subscribe(args),
    },
    wss,
  );
  const { port } = await listen(server, config.port, config.host, `${def.name} subgraph`, subgraphVariables(def.name).PORT.name);
  const url = subgraphUrl({ host: config.host, port }); // loopback when bound to every address
  log('info', 'subgraph ready', { url });

  let stopped = false;
  return {
    name: def.name,
    url,
    port,
    orm,
    bus,
    jobs,
    liveSubscriptions: (eventType) => events.listenerCount(eventType),
    async stop() {
      if (stopped) return;
      stopped = true;
      stopGauges();
      await wsServer.dispose();
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await jobs.stop();
      await workers?.stop();
      await bus.close();
      await events.close();
      await apollo.stop();
      await orm.close(true);
    },
  };
}

/**
 * Entry point of a subgraph process: configuration from the environment (a bad variable ends the
 * process with a message naming it, exit code 78), clean stop on SIGINT/SIGTERM.
 */
export async function runSubgraphMain(def: SubgraphDefinition): Promise<RunningSubgraph> {
  const config = configOrExit(`The ${def.name} subgraph`, () => loadSubgraphConfig(def.name));
  const running = await startSubgraph(def, config);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void running.stop().then(() => process.exit(0)));
  }
  // Started by `npm start` with IXL_PROCESSES=per-service: its part of the demo data (`--seed-demo`, into an
  // empty schema only), then "ready" to the launcher over the IPC channel it opened.
  let seeded: Record<string, number> | undefined;
  if (process.argv.includes('--seed-demo') && def.seedDemo) {
    const result = await def.seedDemo(running.orm.em.fork());
    if (result.seeded) seeded = result.counts ?? {};
  }
  process.send?.({ type: 'ixl-subgraph-ready', name: def.name, port: running.port, seeded });
  return running;
}
