import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { ROLES, type Caller, type Role } from './roles.js';

export interface TokenClaims {
  sub: string;
  role: Role;
  beneficiaryId?: string | null;
  companyId?: string | null;
  trainingBodyId?: string | null;
  /** The session (refresh-token family) the token was issued for, as the `sid` claim. */
  sessionId?: string | null;
}

const ISSUER = 'ixl';
const key = (secret: string) => new TextEncoder().encode(secret);

/** Signs an access token (HS256). */
export async function issueAccessToken(
  claims: TokenClaims,
  secret: string,
  ttlSeconds: number,
): Promise<{ token: string; expiresAt: Date }> {
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({
    role: claims.role,
    bid: claims.beneficiaryId ?? undefined,
    cid: claims.companyId ?? undefined,
    tid: claims.trainingBodyId ?? undefined,
    sid: claims.sessionId ?? undefined,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(key(secret));
  return { token, expiresAt: new Date((now + ttlSeconds) * 1000) };
}

export type TokenCheck =
  { ok: true; caller: Caller; expiresAt: Date; sessionId: string | null } | { ok: false; reason: 'EXPIRED' | 'INVALID' };

const INVALID: TokenCheck = { ok: false, reason: 'INVALID' };
const EXPIRED: TokenCheck = { ok: false, reason: 'EXPIRED' };
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** Longest token accepted (ours are ~300 characters): no work on oversized input. */
const MAX_TOKEN_LENGTH = 4096;

const hmacKeys = new Map<string, KeyObject>();
const hmacKey = (secret: string): KeyObject => {
  let k = hmacKeys.get(secret);
  if (!k) {
    k = createSecretKey(Buffer.from(secret, 'utf8'));
    if (hmacKeys.size > 16) hmacKeys.clear();
    hmacKeys.set(secret, k);
  }
  return k;
};

const decodeJson = (segment: string): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/**
 * Verifies an access token and turns it into a Caller. Never throws.
 *
 * HS256 only, checked with node:crypto in the calling thread (a keyed HMAC and a constant-time compare:
 * WebCrypto's asynchronous verify cost the gateway about half a millisecond per request). Exactly the
 * checks jose's `jwtVerify(token, key, { issuer: 'ixl', algorithms: ['HS256'] })` made, proven equal to
 * it on random and tampered tokens in token.spec.ts: three base64url segments; a JSON header with
 * `alg: HS256` and no `crit`; the signature; a JSON object payload with `iss: 'ixl'`, numeric `exp` in
 * the future (expired: EXPIRED), numeric `iat`/`nbf` when present, `nbf` not in the future.
 */
export async function verifyAccessToken(token: string, secret: string): Promise<TokenCheck> {
  return verifyAccessTokenNow(token, secret);
}

function verifyAccessTokenNow(token: string, secret: string): TokenCheck {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return INVALID;
  const parts = token.split('.');
  if (parts.length !== 3) return INVALID;
  const [h = '', p = '', sig = ''] = parts;
  if (!BASE64URL.test(h) || !BASE64URL.test(p) || !BASE64URL.test(sig)) return INVALID;
  const header = decodeJson(h);
  if (!header || header.alg !== 'HS256' || 'crit' in header) return INVALID;
  const expected = createHmac('sha256', hmacKey(secret)).update(`${h}.${p}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return INVALID;
  const payload = decodeJson(p);
  if (!payload || payload.iss !== ISSUER) return INVALID;
  const now = Math.floor(Date.now() / 1000);
  const { exp, iat, nbf, sub, role } = payload;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return INVALID;
  if (iat !== undefined && (typeof iat !== 'number' || !Number.isFinite(iat))) return INVALID;
  if (nbf !== undefined && (typeof nbf !== 'number' || !Number.isFinite(nbf) || nbf > now)) return INVALID;
  if (exp <= now) return EXPIRED;
  if (typeof sub !== 'string' || typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) return INVALID;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    ok: true,
    expiresAt: new Date(exp * 1000),
    sessionId: str(payload.sid),
    caller: {
      userId: sub,
      role: role as Role,
      beneficiaryId: str(payload.bid),
      companyId: str(payload.cid),
      trainingBodyId: str(payload.tid),
    },
  };
}
