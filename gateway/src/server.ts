import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { errorJson } from '@ixl/contracts';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { StartupError, executeApollo, listen, sendJson } from '@ixl/http-kit';
import {
  graphqlMetricsPlugin,
  inRequestScope,
  metrics,
  requestIdFrom,
  scrape,
  shareMetricsServer,
  structuredLogger,
  type LogFunction,
} from '@ixl/observability';
import { publicKeySet } from '@ixl/auth';

/** Where the gateway and the people subgraph publish the access-token public keys. */
export const JWKS_PATH = '/.well-known/jwks.json';
import { buildContext, type GatewayContext } from './context.js';
import { SignedDataSource } from './data-source.js';
import { reuseExecutionOperations } from './operation-cache.js';
import { armorValidationRules, complexityLimitPlugin } from './limits.js';
import { proxyFiles } from './files-proxy.js';
import { servePortal } from './static.js';
import { handlePrivacyExport } from './privacy-export.js';
import { SESSION_PATH, handleSessionCookie } from './session-cookie.js';
import { attachSubscriptionServer } from './subscriptions/ws-server.js';
import { rateLimitStatusPlugin } from './rate-limit.js';
import { inputHygienePlugin } from './input-hygiene.js';
import { handleCors, setSecurityHeaders } from './security-headers.js';
import { IDEMPOTENCY_HEADER, IdempotencyStore, withIdempotency, type IdempotencyOptions } from './idempotency.js';
import { subgraphUrlOf, type GatewayConfig } from './config.js';

export interface RunningGateway {
  url: string;
  port: number;
  server: Server;
  /** Distinct upstream subscriptions open to subgraphs (identical client subscriptions share one). */
  upstreamSubscriptionCount(): number;
  /** Where Prometheus scrapes this process (`/metrics` on IXL_METRICS_HOST:IXL_METRICS_PORT). */
  metricsUrl: string;
  /** Deletes the idempotency keys expired at `now` (also done as keys are written); returns how many. */
  purgeExpiredIdempotencyKeys(now?: Date): Promise<number>;
  stop(): Promise<void>;
}

type Log = LogFunction;

/** Hides internals: known codes pass through, anything unexpected becomes a generic error. */
function formatGatewayError(formatted: GraphQLFormattedError, error: unknown, log: Log): GraphQLFormattedError {
  const { stacktrace: _s, exception: _e, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  const code = extensions.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') return { ...formatted, extensions };
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError && original.extensions?.code && original.extensions.code !== 'INTERNAL_SERVER_ERROR')
    return { ...formatted, extensions };
  // Errors coming back from a subgraph that were already sanitised there keep their message.
  if (extensions.serviceName && code === 'INTERNAL_SERVER_ERROR')
    return { message: formatted.message, path: formatted.path, extensions: { code, serviceName: extensions.serviceName } };
  log('error', 'unexpected error', { error: original instanceof Error ? original.message : String(original) });
  return { ...errorJson('INTERNAL', {}), path: formatted.path };
}

/**
 * Counts hits and misses of @apollo/gateway's query-plan cache (`ixl_query_plan_cache_total`): the
 * gateway looks a plan up in its `queryPlanStore` before planning; the lookup is wrapped (an internal
 * field: the metrics test fails if a release renames it).
 */
function countQueryPlanCache(gateway: ApolloGateway): void {
  const store = (gateway as unknown as { queryPlanStore?: { get(key: string): Promise<unknown> } }).queryPlanStore;
  if (!store) return;
  const get = store.get.bind(store);
  store.get = async (key: string) => {
    const plan = await get(key);
    metrics.queryPlanCache.inc({ result: plan ? 'hit' : 'miss' });
    return plan;
  };
}

/** Serves the supergraph at `/graphql`, health at `/healthz`. */
export async function startGateway(
  config: GatewayConfig,
  supergraphSdl: string,
  log: Log = structuredLogger('gateway', config.observability.logLevel),
  options: { idempotency?: IdempotencyOptions } = {},
): Promise<RunningGateway> {
  publicKeySet(config.jwtPublicKeys); // a bad key set stops the start, not the first request
  metrics.secretPresent.set({ service: 'gateway', secret: 'internal_secret' }, config.internalSecret ? 1 : 0);
  metrics.secretPresent.set({ service: 'gateway', secret: 'jwt_public_keys' }, config.jwtPublicKeys ? 1 : 0);
  if (!config.databaseUrl) throw new Error('The gateway needs a database for idempotency keys: set GATEWAY_DATABASE_URL (or DATABASE_URL)');
  const idempotency = new IdempotencyStore(config.databaseUrl, options.idempotency);
  await idempotency.start();
  // @apollo/gateway reports usage data to Apollo and probes cloud metadata endpoints unless told not to
  // (it reads this variable when constructed): the platform phones home to nobody unless configured to.
  process.env.APOLLO_TELEMETRY_DISABLED = config.apolloTelemetryDisabled ? 'true' : 'false';
  reuseExecutionOperations();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => new SignedDataSource(subgraphUrlOf(config, name), config.internalSecret, name),
  });
  countQueryPlanCache(gateway);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production, // no "Did you mean …?" hints when introspection is off
    csrfPrevention: true,
    // Parsing stops at the token limit, before any work on an oversized document (issue 18, finding 4).
    parseOptions: { maxTokens: config.maxTokens },
    validationRules: armorValidationRules(config),
    includeStacktraceInErrorResponses: false,
    plugins: [
      graphqlMetricsPlugin('gateway'),
      complexityLimitPlugin(config.maxDepth, config.maxCost),
      inputHygienePlugin(),
      rateLimitStatusPlugin(),
    ],
    formatError: (formatted, error) => formatGatewayError(formatted, error, log),
  });
  await apollo.start();

  const health = async (res: ServerResponse) => {
    const checks = await Promise.all(
      Object.entries(config.subgraphUrls).map(async ([name, graphqlUrl]) => {
        const url = graphqlUrl.replace(/\/graphql$/, '/healthz');
        try {
          const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
          return [name, r.ok ? 'ok' : `http ${r.status}`] as const;
        } catch {
          return [name, 'unreachable'] as const;
        }
      }),
    );
    const ok = checks.every(([, s]) => s === 'ok');
    sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'degraded', subgraphs: Object.fromEntries(checks) });
  };

  /** Ready when every subgraph is ready (its database up, its migrations applied) and the gateway's own database answers. */
  const readiness = async (res: ServerResponse) => {
    const checks = await Promise.all(
      Object.entries(config.subgraphUrls).map(async ([name, graphqlUrl]) => {
        const url = graphqlUrl.replace(/\/graphql$/, '/readyz');
        try {
          const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
          return [name, r.ok ? 'ok' : `http ${r.status}`] as const;
        } catch {
          return [name, 'unreachable'] as const;
        }
      }),
    );
    const database = await idempotency.ping().then(
      () => 'ok',
      () => 'unreachable',
    );
    const ok = checks.every(([, s]) => s === 'ok') && database === 'ok';
    sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable', database, subgraphs: Object.fromEntries(checks) });
  };

  /**
   * Every request has an id: the client's `x-request-id` when well formed, else a new one; it is returned
   * in `x-request-id`, sent to the subgraphs in the signed caller, and on every log line of the request.
   */
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    inRequestScope(requestId, () => {
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path === '/livez' || path === '/readyz' || path === '/healthz' || path === '/metrics') return;
        log('info', 'request served', {
          method: req.method,
          path: path.startsWith('/files/') ? '/files/…' : path,
          status: res.statusCode,
          durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        });
      });
      route(req, res);
    });
  };

  const route = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    setSecurityHeaders(
      res,
      path === '/graphql' ||
        path === '/healthz' ||
        path === '/livez' ||
        path === '/readyz' ||
        path === '/metrics' ||
        path === JWKS_PATH ||
        path === '/privacy/export' ||
        path?.startsWith('/files/') ||
        path?.startsWith(SESSION_PATH)
        ? 'api'
        : 'page',
      req.headers.host,
    );
    if (handleCors(req, res, config.corsOrigins)) return;
    if (path === '/healthz') return void health(res);
    if (path === '/livez') return void sendJson(res, 200, { status: 'ok' });
    // Metrics on the public port only when asked (IXL_METRICS_ON_PUBLIC_PORT): else on their own listener.
    if (path === '/metrics' && config.observability.metricsOnPublicPort) {
      return void scrape().then(
        ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
        () => sendJson(res, 500, { errors: [errorJson('INTERNAL', {})] }),
      );
    }
    if (path === '/readyz') return void readiness(res);
    // The public keys access tokens are verified with (JWK Set): the gateway has no key that can sign one.
    if (path === JWKS_PATH)
      return void sendJson(res, 200, publicKeySet(config.jwtPublicKeys).jwks, { 'cache-control': 'public, max-age=300' });
    if (path === '/privacy/export') return void handlePrivacyExport(req, res, apollo, config, log);
    if (path?.startsWith(SESSION_PATH)) {
      return void handleSessionCookie(req, res, apollo, config).catch((err) => {
        log('error', 'session request failed', { error: err instanceof Error ? err.message : String(err) });
        if (!res.headersSent) sendJson(res, 500, { errors: [errorJson('INTERNAL', {})] });
        else res.end();
      });
    }
    if (path === '/graphql') {
      let context: Promise<GatewayContext> | undefined;
      const contextOnce = () => (context ??= buildContext(req, config.jwtPublicKeys, config.trustProxy));
      const key = req.headers[IDEMPOTENCY_HEADER];
      const intercept =
        key === undefined
          ? undefined
          : (body: unknown, run: Parameters<typeof withIdempotency>[4]) =>
              withIdempotency(idempotency, key, body, async () => (await contextOnce()).caller, run);
      return void executeApollo(apollo, req, res, contextOnce, intercept).catch((err) => {
        log('error', 'request failed', { error: err instanceof Error ? err.message : String(err) });
        if (!res.headersSent) sendJson(res, 500, { errors: [errorJson('INTERNAL', {})] });
        else res.end();
      });
    }
    if (path?.startsWith('/files/')) {
      return void proxyFiles(req, res, config).catch((err) => {
        log('error', 'file proxy failed', { error: err instanceof Error ? err.message : String(err) });
        if (!res.headersSent) sendJson(res, 502, { errors: [errorJson('FILE_SERVICE_UNAVAILABLE', {})] });
        else res.end();
      });
    }
    if (config.portalsDir && servePortal(req, res, config.portalsDir)) return;
    sendJson(res, 404, { error: 'Not found' });
  };
  const server = createServer(handle);
  server.keepAliveTimeout = 65_000;
  const subscriptions = attachSubscriptionServer(server, apollo, gateway, config, log);
  const { port } = await listen(server, config.port, config.host, 'gateway', 'PORT');
  const metricsListener = await shareMetricsServer(config.observability.metricsHost, config.observability.metricsPort).catch(
    (err: unknown) => {
      throw new StartupError(
        `The gateway could not serve metrics on ${config.observability.metricsHost}:${config.observability.metricsPort}`,
        err instanceof Error ? err.message : String(err),
        'Another process listens there: choose another port with IXL_METRICS_PORT (0: any free port).',
        { cause: err },
      );
    },
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  log('info', 'gateway ready', { url });
  let stopped = false;
  return {
    url,
    port,
    server,
    metricsUrl: metricsListener.url,
    upstreamSubscriptionCount: () => subscriptions.upstream.size,
    purgeExpiredIdempotencyKeys: (now) => idempotency.purgeExpired(now),
    async stop() {
      if (stopped) return;
      stopped = true;
      await subscriptions.dispose();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
      await idempotency.stop();
      await metricsListener.release();
    },
  };
}
