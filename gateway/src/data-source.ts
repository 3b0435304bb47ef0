import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
// The modules, not their functions: tracing's HTTP instrumentation patches `request` on them after import.
import http from 'node:http';
import https from 'node:https';
import { GraphQLError } from 'graphql';
import { CALLER_HEADER, signCaller, type Caller } from '@ixl/auth';
import type { GatewayContext } from './context.js';
import { apiError } from './errors.js';
import { metrics, operationLabel } from '@ixl/observability';

const ANONYMOUS_CALLER: Caller = { userId: null, role: 'ANONYMOUS' };
const callerOf = (context: Partial<GatewayContext> | Record<string, unknown> | undefined): Caller =>
  context && 'caller' in context && context.caller ? (context.caller as Caller) : ANONYMOUS_CALLER;

/** Who the subgraph answers for: two requests with the same identity get the same answer. */
const identityKey = (c: Caller) => `${c.userId ?? ''}|${c.role}|${c.beneficiaryId ?? ''}|${c.companyId ?? ''}|${c.trainingBodyId ?? ''}`;

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

/** A subgraph's whole answer, not parsed: each caller sharing it parses its own copy. */
interface SubgraphAnswer {
  status: number;
  statusText: string;
  contentType: string;
  cacheControl: string | undefined;
  text: string;
}

/** Where and how a subgraph is called: built once per data source, not from its URL on every call. */
interface SubgraphTarget {
  secure: boolean;
  options: http.RequestOptions;
}

function subgraphTarget(url: URL): SubgraphTarget {
  const { agent, secure } = agentFor(url);
  return {
    secure,
    options: {
      protocol: url.protocol,
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port || (secure ? 443 : 80),
      path: url.pathname + url.search,
      method: 'POST',
      agent,
    },
  };
}

/** POSTs `body` to the subgraph and reads the whole answer. */
function postToSubgraph(target: SubgraphTarget, headers: Record<string, string>, body: string): Promise<SubgraphAnswer> {
  return new Promise((resolve, reject) => {
    const req = (target.secure ? https : http).request({ ...target.options, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          contentType: res.headers['content-type'] ?? '',
          cacheControl: res.headers['cache-control'],
          text: chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    watch(req);
    req.on('close', () => inFlightCalls.delete(req));
    req.on('error', reject);
    req.end(body);
  });
}

/** The answer's body as RemoteGraphQLDataSource read it: JSON when said to be JSON, else the text. */
function parseBody(answer: SubgraphAnswer): unknown {
  const type = answer.contentType;
  return type.startsWith('application/json') || type.startsWith('application/graphql-response+json')
    ? (JSON.parse(answer.text) as unknown)
    : answer.text;
}

/** The caching hint of a subgraph's Cache-Control header (none: not cacheable), as RemoteGraphQLDataSource gives it. */
function cacheHintOf(header: string | undefined): { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } {
  const hint: { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } = { maxAge: 0 };
  if (!header) return hint;
  for (const directive of header.split(',')) {
    const [name = '', value] = directive.trim().toLowerCase().split('=');
    if (name === 'max-age' && value !== undefined && /^[0-9]+$/.test(value)) hint.maxAge = Number(value);
    else if (name === 'private' && value === undefined) hint.scope = 'PRIVATE';
    else if (name === 'public' && value === undefined) hint.scope = 'PUBLIC';
  }
  return hint;
}

/** A subgraph that did not give an answer the gateway can use: the part it owns is SERVICE_UNAVAILABLE. */
class SubgraphUnavailable extends Error {}

/**
 * Calls a subgraph with the caller signed in the internal header (subgraphs refuse unsigned calls; the
 * header is bound to the method, path and body bytes sent; issue 18: a header replayed with another body
 * or after CALLER_MAX_AGE_SECONDS is refused). Identical queries in flight at the same moment for the same
 * caller identity share one subgraph call (each parses its own copy of the answer); mutations are never shared.
 *
 * Implements @apollo/gateway's GraphQLDataSource itself rather than extending RemoteGraphQLDataSource:
 * a profile of the gateway under load put 9 % of its CPU there (a node-fetch Request built and never
 * used, header objects copied three times, the caller serialised and parsed back between hooks).
 */
export class SignedDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly inFlight = new Map<string, Promise<SubgraphAnswer>>();
  private readonly target: SubgraphTarget;
  private readonly path: string;

  constructor(
    url: string,
    private readonly internalSecret: string,
    private readonly serviceName = 'a service',
  ) {
    const parsed = new URL(url);
    this.target = subgraphTarget(parsed);
    this.path = parsed.pathname + parsed.search;
  }

  process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const incoming = 'incomingRequestContext' in options ? options.incomingRequestContext : undefined;
    const labels = { subgraph: this.serviceName, operation: operationLabel(incoming?.operationName ?? undefined) };
    const stopTimer = metrics.subgraphFetchDuration.startTimer(labels);
    let answer: SubgraphAnswer;
    return this.answer(options)
      .then((a) => {
        answer = a;
        return this.responseOf(a);
      })
      .then(
        (response) => {
          stopTimer();
          metrics.subgraphFetches.inc({ ...labels, outcome: response.errors?.length ? 'error' : 'ok' });
          // The subgraph's Cache-Control restricts the whole answer's (RemoteGraphQLDataSource did the same).
          const policy = incoming?.overallCachePolicy as { restrict?: (hint: ReturnType<typeof cacheHintOf>) => void } | undefined;
          if (typeof policy?.restrict === 'function') policy.restrict(cacheHintOf(answer.cacheControl));
          return response;
        },
        (err: unknown) => {
          stopTimer();
          metrics.subgraphFetches.inc({ ...labels, outcome: err instanceof GraphQLError ? 'error' : 'unavailable' });
          if (err instanceof GraphQLError) throw err;
          // The subgraph cannot be reached: the rest of the answer is still sent, with this error for the part it owns.
          throw apiError('SERVICE_UNAVAILABLE', { serviceName: this.serviceName }, { serviceName: this.serviceName });
        },
      );
  }

  /** The subgraph's answer to this request: this call's own, or that of an identical query in flight. */
  private answer(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphAnswer> {
    const { request } = options;
    const query = request.query;
    if (!query) return Promise.reject(new SubgraphUnavailable('Missing query'));
    const caller = callerOf(options.context);
    if (!/^\s*(query\b|\{)/.test(query)) return this.send(options, caller);
    const key = `${identityKey(caller)}\n${query}\n${JSON.stringify(request.variables ?? {})}`;
    const shared = this.inFlight.get(key);
    if (shared) return shared;
    const call = this.send(options, caller).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, call);
    return call;
  }

  private send({ request }: GraphQLDataSourceProcessOptions<GatewayContext>, caller: Caller): Promise<SubgraphAnswer> {
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
      extensions: request.extensions,
    });
    const headers: Record<string, string> = {};
    // What the query plan asks to send (e.g. `apollo-federation-include-trace` when usage reporting traces).
    if (request.http?.headers) for (const [name, value] of request.http.headers) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(body));
    headers[CALLER_HEADER] = signCaller(caller, this.internalSecret, { method: 'POST', path: this.path, body });
    return postToSubgraph(this.target, headers, body);
  }

  /** The answer as the query plan reads it; a 4xx refusal is the client's error with the subgraph's code. */
  private responseOf(answer: SubgraphAnswer): GatewayGraphQLResponse {
    let body: unknown;
    try {
      body = parseBody(answer);
    } catch {
      throw new SubgraphUnavailable(`${this.serviceName} answered with a body that is not JSON`);
    }
    if (answer.status < 200 || answer.status >= 300) {
      if (answer.status >= 400 && answer.status < 500) throw refusal(answer.status, body, this.serviceName);
      throw new SubgraphUnavailable(`${answer.status}: ${answer.statusText}`);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new SubgraphUnavailable(`${this.serviceName} answered without a JSON object`);
    return body as GatewayGraphQLResponse;
  }
}

/**
 * A subgraph that answered with a 4xx status refused the request (e.g. a variable its scalar rejects:
 * an invalid DateTimeISO): that is the client's error with the subgraph's code, not an outage.
 */
function refusal(status: number, body: unknown, serviceName: string): GraphQLError {
  const first = (
    body as { errors?: { message?: unknown; extensions?: { code?: unknown; reason?: unknown; params?: unknown } }[] } | null | undefined
  )?.errors?.[0];
  const code =
    typeof first?.extensions?.code === 'string'
      ? first.extensions.code
      : status === 401
        ? 'UNAUTHENTICATED'
        : status === 403
          ? 'FORBIDDEN'
          : 'BAD_USER_INPUT';
  const message = typeof first?.message === 'string' ? first.message.slice(0, 300) : 'The request was refused';
  // The subgraph's reason and params pass through; a refusal without one (e.g. a scalar's) is SUBGRAPH_REFUSED.
  const reason = typeof first?.extensions?.reason === 'string' ? first.extensions.reason : 'SUBGRAPH_REFUSED';
  const params = typeof first?.extensions?.params === 'object' && first.extensions.params ? first.extensions.params : {};
  return new GraphQLError(message, { extensions: { code, reason, params, serviceName } });
}
