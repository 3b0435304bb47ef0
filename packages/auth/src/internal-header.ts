import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { ANONYMOUS, ROLES, type Caller } from './roles.js';

/**
 * Header the gateway sets on every subgraph call: `<base64url(json)>.<base64url(hmac-sha256)>`. The signed
 * JSON carries the caller, the time (`iat`) and the request it was made for (issue 18): method (`m`), path
 * with query (`p`) and the SHA-256 of the body (`d`). A header is good for that request only, for
 * MAX_AGE_SECONDS: replayed with another body, path or method, or later, it is refused.
 */
export const CALLER_HEADER = 'x-ixl-caller';
export const CALLER_MAX_AGE_SECONDS = 30;

/** The request a caller header is bound to. WebSocket connections use method `WS` and an empty body. */
export interface SignedRequest {
  method: string;
  /** Path and query as the subgraph receives them, e.g. `/graphql` or `/files/documents?kind=CV`. */
  path: string;
  body?: string | Uint8Array | null;
}

const mac = (body: string, secret: string) => createHmac('sha256', secret).update(body).digest();
export const bodyDigest = (body: string | Uint8Array | null | undefined): string =>
  createHash('sha256')
    .update(body ?? '')
    .digest('base64url');

export function signCaller(caller: Caller, secret: string, request: SignedRequest, now = Date.now()): string {
  const body = Buffer.from(
    JSON.stringify({
      ...caller,
      iat: Math.floor(now / 1000),
      m: request.method.toUpperCase(),
      p: request.path,
      d: bodyDigest(request.body),
    }),
  ).toString('base64url');
  return `${body}.${mac(body, secret).toString('base64url')}`;
}

export type CallerCheck =
  { ok: true; caller: Caller } | { ok: false; reason: 'MISSING' | 'BAD_SIGNATURE' | 'STALE' | 'MALFORMED' | 'WRONG_REQUEST' };

/**
 * Verifies the gateway's signature (constant time), freshness (±CALLER_MAX_AGE_SECONDS) and that the header
 * was made for this request (method, path, body digest); never throws.
 */
export function verifyCallerHeader(
  value: string | undefined | null,
  secret: string,
  request: SignedRequest,
  now = Date.now(),
): CallerCheck {
  if (!value) return { ok: false, reason: 'MISSING' };
  const [body, signature] = value.split('.');
  if (!body || !signature) return { ok: false, reason: 'MALFORMED' };
  const expected = mac(body, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'BAD_SIGNATURE' };
  let parsed: Caller & { iat?: number; m?: unknown; p?: unknown; d?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'MALFORMED' };
  }
  if (typeof parsed.iat !== 'number' || Math.abs(now / 1000 - parsed.iat) > CALLER_MAX_AGE_SECONDS) return { ok: false, reason: 'STALE' };
  if (parsed.m !== request.method.toUpperCase() || parsed.p !== request.path || parsed.d !== bodyDigest(request.body))
    return { ok: false, reason: 'WRONG_REQUEST' };
  if (parsed.role !== 'ANONYMOUS' && !(ROLES as readonly string[]).includes(parsed.role)) return { ok: false, reason: 'MALFORMED' };
  const { iat: _iat, m: _m, p: _p, d: _d, ...caller } = parsed;
  if (caller.clientIp !== undefined && typeof caller.clientIp !== 'string') return { ok: false, reason: 'MALFORMED' };
  const anonymous: Caller = { ...ANONYMOUS, requestId: caller.requestId, ...(caller.clientIp ? { clientIp: caller.clientIp } : {}) };
  return { ok: true, caller: parsed.role === 'ANONYMOUS' ? anonymous : caller };
}
