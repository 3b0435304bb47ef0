import { createHmac, timingSafeEqual } from 'node:crypto';
import { ANONYMOUS, ROLES, type Caller } from './roles.js';

/** Header the gateway sets on every subgraph call: `<base64url(json)>.<base64url(hmac-sha256)>`. */
export const CALLER_HEADER = 'x-ixl-caller';
const MAX_AGE_SECONDS = 300;

const mac = (body: string, secret: string) => createHmac('sha256', secret).update(body).digest();

export function signCaller(caller: Caller, secret: string, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ ...caller, iat: Math.floor(now / 1000) })).toString('base64url');
  return `${body}.${mac(body, secret).toString('base64url')}`;
}

export type CallerCheck = { ok: true; caller: Caller } | { ok: false; reason: 'MISSING' | 'BAD_SIGNATURE' | 'STALE' | 'MALFORMED' };

/** Verifies the gateway's signature (constant time) and freshness; never throws. */
export function verifyCallerHeader(value: string | undefined | null, secret: string, now = Date.now()): CallerCheck {
  if (!value) return { ok: false, reason: 'MISSING' };
  const [body, signature] = value.split('.');
  if (!body || !signature) return { ok: false, reason: 'MALFORMED' };
  const expected = mac(body, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'BAD_SIGNATURE' };
  let parsed: Caller & { iat?: number };
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'MALFORMED' };
  }
  if (typeof parsed.iat !== 'number' || Math.abs(now / 1000 - parsed.iat) > MAX_AGE_SECONDS) return { ok: false, reason: 'STALE' };
  if (parsed.role !== 'ANONYMOUS' && !(ROLES as readonly string[]).includes(parsed.role)) return { ok: false, reason: 'MALFORMED' };
  const { iat: _iat, ...caller } = parsed;
  if (caller.clientIp !== undefined && typeof caller.clientIp !== 'string') return { ok: false, reason: 'MALFORMED' };
  const anonymous: Caller = { ...ANONYMOUS, requestId: caller.requestId, ...(caller.clientIp ? { clientIp: caller.clientIp } : {}) };
  return { ok: true, caller: parsed.role === 'ANONYMOUS' ? anonymous : caller };
}
