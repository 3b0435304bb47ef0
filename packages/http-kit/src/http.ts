import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';

const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * Largest WebSocket frame the gateway and the subgraphs read (graphql-ws `maxPayload`): a subscription
 * message is its operation (at most GRAPHQL_MAX_TOKENS tokens, a few KiB in practice) and its variables;
 * `connection_init` carries a token or the signed caller header. A bigger frame closes the socket
 * (1009) without being buffered, before authentication (issue 18, finding 5; `ws` defaults to 100 MiB).
 */
export const WS_MAX_PAYLOAD_BYTES = 64 * 1024;

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return (await readBodyBytes(req, limit)).toString('utf8');
}

/** The whole body as bytes (at most `limit`: BodyTooLargeError past it, the rest unread). */
export async function readBodyBytes(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(`Request body over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export const GRAPHQL_MAX_BODY_BYTES = MAX_BODY_BYTES;

/** The answer to a body over the limit (the rest is unread: the connection is closed). */
export function sendBodyTooLarge(res: ServerResponse, err: BodyTooLargeError): void {
  sendJson(
    res,
    413,
    { errors: [{ message: err.message, extensions: { code: 'PAYLOAD_TOO_LARGE', reason: 'BODY_TOO_LARGE', params: {} } }] },
    { connection: 'close' },
  );
}

export function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...extraHeaders });
  res.end(text);
}

/** A complete HTTP answer (what an interceptor may store and send again). */
export interface BufferedResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

/** Sees a request's parsed body and decides whether and how to run it (the gateway's idempotency keys). */
export type ApolloInterceptor = (body: unknown, run: () => Promise<BufferedResponse>) => Promise<BufferedResponse>;

/** Runs one HTTP request through Apollo Server (the node:http integration we own). */
export async function executeApollo<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  context: () => Promise<TContext>,
  intercept?: ApolloInterceptor,
  /** The body, when the caller has already read it (a subgraph checks its digest first). */
  preRead?: string,
): Promise<void> {
  let raw: string;
  try {
    raw = preRead ?? (req.method === 'POST' ? await readBody(req) : '');
  } catch (err) {
    // The rest of the body stays unread: close the connection, or the client's next request on it hangs.
    if (err instanceof BodyTooLargeError) return sendBodyTooLarge(res, err);
    throw err;
  }
  const headers = headerMap(req);
  const url = new URL(req.url ?? '/', 'http://localhost');
  let body: unknown = raw;
  if (raw && (headers.get('content-type') ?? '').includes('json')) {
    try {
      body = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, {
        errors: [{ message: 'Body is not valid JSON', extensions: { code: 'BAD_REQUEST', reason: 'BODY_NOT_JSON', params: {} } }],
      });
    }
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body };
  if (intercept && req.method === 'POST') {
    const answer = await intercept(body, async () => {
      const response = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context });
      let text = '';
      if (response.body.kind === 'complete') text = response.body.string;
      else for await (const chunk of response.body.asyncIterator) text += chunk;
      return { status: response.status ?? 200, headers: [...response.headers], body: text };
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status;
    res.end(answer.body);
    return;
  }
  const response = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
