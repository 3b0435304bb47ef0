import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
// The modules, not their functions: tracing's HTTP instrumentation patches `request` on them after import.
import http from 'node:http';
import https from 'node:https';
import { GraphQLError } from 'graphql';
import { CALLER_HEADER, signCaller, type Caller } from '@ixl/auth';
import type { GatewayContext } from './context.js';
import { apiError } from './errors.js';
import { metrics, operationLabel } from '@ixl/observability';

const callerOf = (context: Partial<GatewayContext> | Record<string, unknown>): Caller =>
  'caller' in context && context.caller ? (context.caller as Caller) : { userId: null, role: 'ANONYMOUS' };

/** Who the subgraph answers for: two requests with the same identity get the same answer. */
const identityKey = (c: Caller) => `${c.userId ?? ''}|${c.role}|${c.beneficiaryId ?? ''}|${c.companyId ?? ''}|${c.trainingBodyId ?? ''}`;

/**
 * Each sharer's own copy of an answer: its data, errors and extensions. Not the whole object: `http` is
 * the fetch Response, which Node 24's structuredClone refuses (DataCloneError), and nobody changes it.
 */
const copyOf = (r: GatewayGraphQLResponse): GatewayGraphQLResponse => ({
  ...r,
  ...(r.data === undefined ? {} : { data: structuredClone(r.data) }),
  ...(r.errors === undefined ? {} : { errors: structuredClone(r.errors) }),
  ...(r.extensions === undefined ? {} : { extensions: structuredClone(r.extensions) }),
});

/**
 * Subgraph calls over node:http with keep-alive connections per subgraph origin. Not fetch: a profile of
 * the gateway under load (`npm run bench -- --only profile`) put a quarter of its CPU in undici's
 * WHATWG Request/Headers/streams machinery and node-fetch's Request, for a plain JSON POST.
 */
const subgraphAgents = new Map<string, { agent: http.Agent; secure: boolean }>();
function agentFor(target: URL) {
  let entry = subgraphAgents.get(target.origin);
  if (!entry) {
    const secure = target.protocol === 'https:';
    const options = { keepAlive: true, maxSockets: 256, maxFreeSockets: 64, scheduling: 'lifo' as const };
    entry = { agent: secure ? new https.Agent(options) : new http.Agent(options), secure };
    subgraphAgents.set(target.origin, entry);
  }
  return entry;
}

/** How long a subgraph may take to answer before the call fails (as fetch's headers timeout did). */
const SUBGRAPH_TIMEOUT_MS = 300_000;

/**
 * Calls in flight and when each started. One coarse watchdog ends those past SUBGRAPH_TIMEOUT_MS, instead
 * of a socket timer re-armed on every read and write of every call (5 % of the gateway's CPU in a profile).
 */
const inFlightCalls = new Map<http.ClientRequest, number>();
let watchdog: NodeJS.Timeout | undefined;
function watch(req: http.ClientRequest): void {
  inFlightCalls.set(req, Date.now());
  watchdog ??= setInterval(() => {
    const limit = Date.now() - SUBGRAPH_TIMEOUT_MS;
    for (const [call, started] of inFlightCalls)
      if (started < limit) call.destroy(new Error(`the subgraph did not answer within ${SUBGRAPH_TIMEOUT_MS / 1000} s`));
    if (!inFlightCalls.size) {
      clearInterval(watchdog);
      watchdog = undefined;
    }
  }, 5_000).unref();
}

interface SubgraphHttpResponse {
  url: string;
  status: number;
  statusText: string;
  ok: boolean;
  headers: { get(name: string): string | null };
  text: string;
}

/** POSTs `body` to the subgraph and reads the whole answer. */
function postToSubgraph(target: URL, method: string, headers: Record<string, string>, body: string): Promise<SubgraphHttpResponse> {
  const { agent, secure } = agentFor(target);
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(
      target,
      { method, agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          resolve({
            url: target.href,
            status,
            statusText: res.statusMessage ?? '',
            ok: status >= 200 && status < 300,
            headers: { get: (name) => ((v) => (Array.isArray(v) ? v.join(', ') : (v ?? null)))(res.headers[name.toLowerCase()]) },
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    watch(req);
    req.on('close', () => inFlightCalls.delete(req));
    req.on('error', reject);
    req.end(body);
  });
}

/** The caller, unsigned, from willSendRequest to the fetcher (removed there: it never leaves the gateway). */
const PENDING_CALLER = 'x-ixl-pending-caller';

/**
 * The data source's fetcher: signs the caller header for the request it sends (method, path with query
 * and the body as serialised; issue 18: a header replayed with another body or after
 * CALLER_MAX_AGE_SECONDS is refused) and answers with what RemoteGraphQLDataSource reads of a response.
 */
function signingFetcher(internalSecret: string) {
  return async (url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    const pending = headers[PENDING_CALLER];
    delete headers[PENDING_CALLER];
    const caller: Caller = pending ? (JSON.parse(pending) as Caller) : { userId: null, role: 'ANONYMOUS' };
    const target = new URL(url);
    const method = init.method ?? 'POST';
    const body = typeof init.body === 'string' ? init.body : '';
    headers[CALLER_HEADER] = signCaller(caller, internalSecret, { method, path: target.pathname + target.search, body });
    const r = await postToSubgraph(target, method, headers, body);
    return { ...r, json: async () => JSON.parse(r.text) as unknown, text: async () => r.text };
  };
}

/**
 * Calls a subgraph with the caller signed in the internal header (subgraphs refuse unsigned calls).
 * Identical queries in flight at the same moment for the same caller identity share one subgraph
 * call (each gets its own copy of the answer); mutations are never shared.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly inFlight = new Map<string, Promise<GatewayGraphQLResponse>>();

  constructor(
    url: string,
    internalSecret: string,
    private readonly serviceName = 'a service',
  ) {
    super({ url, fetcher: signingFetcher(internalSecret) as unknown as RemoteGraphQLDataSource['fetcher'] });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Signed in the fetcher, where the exact body bytes are known (the header is bound to them).
    request.http?.headers.set(PENDING_CALLER, JSON.stringify(callerOf(context)));
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const operation = operationLabel('incomingRequestContext' in options ? options.incomingRequestContext.operationName : undefined);
    const labels = { subgraph: this.serviceName, operation };
    const stopTimer = metrics.subgraphFetchDuration.startTimer(labels);
    return this.shared(options)
      .then(
        (response) => {
          stopTimer();
          metrics.subgraphFetches.inc({ ...labels, outcome: response.errors?.length ? 'error' : 'ok' });
          return response;
        },
        (err: unknown) => {
          stopTimer();
          metrics.subgraphFetches.inc({ ...labels, outcome: err instanceof GraphQLError ? 'error' : 'unavailable' });
          throw err;
        },
      )
      .catch((err: unknown) => {
        if (err instanceof GraphQLError) throw err;
        const refused = subgraphRequestError(err, this.serviceName);
        if (refused) throw refused;
        // The subgraph cannot be reached: the rest of the answer is still sent, with this error for the part it owns.
        throw apiError('SERVICE_UNAVAILABLE', { serviceName: this.serviceName }, { serviceName: this.serviceName });
      });
  }

  private shared(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const query = options.request.query ?? '';
    if (!/^\s*(query\b|\{)/.test(query)) return super.process(options);
    const key = `${identityKey(callerOf(options.context))}\n${query}\n${JSON.stringify(options.request.variables ?? {})}`;
    const shared = this.inFlight.get(key);
    if (shared) return shared.then(copyOf);
    const call = super.process(options).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, call);
    return call;
  }
}

/**
 * A subgraph that answered with a 4xx status refused the request (e.g. a variable its scalar rejects:
 * an invalid DateTimeISO): that is the client's error with the subgraph's code, not an outage. The
 * error comes from graphql's CommonJS build (@apollo/gateway), so `instanceof GraphQLError` misses it.
 */
function subgraphRequestError(err: unknown, serviceName: string): GraphQLError | undefined {
  const response = (err as { extensions?: { response?: { status?: unknown; body?: unknown } } } | null)?.extensions?.response;
  if (typeof response?.status !== 'number' || response.status < 400 || response.status >= 500) return undefined;
  const first = (
    response.body as
      { errors?: { message?: unknown; extensions?: { code?: unknown; reason?: unknown; params?: unknown } }[] } | null | undefined
  )?.errors?.[0];
  const code =
    typeof first?.extensions?.code === 'string'
      ? first.extensions.code
      : response.status === 401
        ? 'UNAUTHENTICATED'
        : response.status === 403
          ? 'FORBIDDEN'
          : 'BAD_USER_INPUT';
  const message = typeof first?.message === 'string' ? first.message.slice(0, 300) : 'The request was refused';
  // The subgraph's reason and params pass through; a refusal without one (e.g. a scalar's) is SUBGRAPH_REFUSED.
  const reason = typeof first?.extensions?.reason === 'string' ? first.extensions.reason : 'SUBGRAPH_REFUSED';
  const params = typeof first?.extensions?.params === 'object' && first.extensions.params ? first.extensions.params : {};
  return new GraphQLError(message, { extensions: { code, reason, params, serviceName } });
}
