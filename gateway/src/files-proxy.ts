import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorJson } from '@ixl/contracts';
import { CALLER_HEADER, signCaller } from '@ixl/auth';
import { BodyTooLargeError, readBodyBytes, sendJson } from '@ixl/http-kit';
import { subgraphUrlOf, type GatewayConfig } from './config.js';
import { callerFromAuthorization } from './context.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const PASSED_REQUEST_HEADERS = ['content-type', 'content-length', 'x-file-name', 'if-none-match'];
const PASSED_RESPONSE_HEADERS = ['content-type', 'content-length', 'content-disposition', 'cache-control', 'etag'];

/**
 * `/files/<subgraph>/<rest>` → the subgraph's `/files/<rest>`, with the caller signed as for GraphQL
 * (uploads and downloads of documents; uploads read whole, capped at 10 MiB, then sent; downloads streamed).
 */
export async function proxyFiles(req: IncomingMessage, res: ServerResponse, config: GatewayConfig): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://gateway');
  const [, , name, ...rest] = url.pathname.split('/');
  if (!name || !Object.hasOwn(config.subgraphUrls, name) || !rest.length) return sendJson(res, 404, { error: 'Not found' });
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_FILE_BYTES)
    return sendJson(res, 413, { errors: [errorJson('FILE_TOO_LARGE', { maxMib: MAX_FILE_BYTES / 1024 / 1024 })] }, { connection: 'close' });
  let caller;
  try {
    caller = await callerFromAuthorization(req.headers.authorization, config.jwtPublicKeys);
  } catch (err) {
    const extensions = (err as { extensions?: Record<string, unknown> }).extensions ?? {};
    return sendJson(res, 401, {
      errors: [{ message: (err as Error).message, extensions: { code: 'UNAUTHENTICATED', reason: extensions.reason, params: {} } }],
    });
  }
  const target = new URL(subgraphUrlOf(config, name));
  target.pathname = `/files/${rest.join('/')}`;
  target.search = url.search;
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  // The body is read (at most 10 MiB) before it is sent on: the caller header is bound to its digest (issue 18).
  let body: Buffer | undefined;
  if (hasBody) {
    try {
      body = await readBodyBytes(req, MAX_FILE_BYTES);
    } catch (err) {
      if (err instanceof BodyTooLargeError)
        return sendJson(
          res,
          413,
          { errors: [errorJson('FILE_TOO_LARGE', { maxMib: MAX_FILE_BYTES / 1024 / 1024 })] },
          { connection: 'close' },
        );
      throw err;
    }
  }
  const headers: Record<string, string> = {
    [CALLER_HEADER]: signCaller(caller, config.internalSecret, {
      method: req.method ?? 'GET',
      path: target.pathname + target.search,
      body,
    }),
  };
  for (const h of PASSED_REQUEST_HEADERS) {
    const v = req.headers[h];
    if (typeof v === 'string') headers[h] = v;
  }
  const upstream = await fetch(target, { method: req.method, headers, ...(body ? { body } : {}) } as RequestInit);
  const out: Record<string, string> = {};
  for (const h of PASSED_RESPONSE_HEADERS) {
    const v = upstream.headers.get(h);
    if (v) out[h] = v;
  }
  res.writeHead(upstream.status, out);
  if (upstream.body) for await (const chunk of upstream.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
  res.end();
}
