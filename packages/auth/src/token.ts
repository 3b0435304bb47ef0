import { sign, verify } from 'node:crypto';
import { ROLES, type Caller, type Role } from './roles.js';
import { publicKeySet, signingKeySet, type PublicKeySet, type SigningKeySet } from './keys.js';

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
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const signingSet = (keys: string | SigningKeySet) => (typeof keys === 'string' ? signingKeySet(keys) : keys);
const publicSet = (keys: string | PublicKeySet) => (typeof keys === 'string' ? publicKeySet(keys) : keys);

/**
 * Signs an access token with the issuer's current key (EdDSA or ES256, header `kid`). Only the people
 * subgraph has a signing key set (IXL_JWT_SIGNING_KEYS).
 */
export async function issueAccessToken(
  claims: TokenClaims,
  signingKeys: string | SigningKeySet,
  ttlSeconds: number,
): Promise<{ token: string; expiresAt: Date }> {
  const { signer } = signingSet(signingKeys);
  const now = Math.floor(Date.now() / 1000);
  const payload = Object.fromEntries(
    Object.entries({
      role: claims.role,
      bid: claims.beneficiaryId ?? undefined,
      cid: claims.companyId ?? undefined,
      tid: claims.trainingBodyId ?? undefined,
      sid: claims.sessionId ?? undefined,
      sub: claims.sub,
      iss: ISSUER,
      iat: now,
      exp: now + ttlSeconds,
    }).filter(([, v]) => v !== undefined),
  );
  const input = `${b64({ alg: signer.alg, typ: 'JWT', kid: signer.kid })}.${b64(payload)}`;
  const signature =
    signer.alg === 'EdDSA'
      ? sign(null, Buffer.from(input), signer.key)
      : sign('sha256', Buffer.from(input), { key: signer.key, dsaEncoding: 'ieee-p1363' });
  return { token: `${input}.${signature.toString('base64url')}`, expiresAt: new Date((now + ttlSeconds) * 1000) };
}

export type TokenCheck =
  { ok: true; caller: Caller; expiresAt: Date; sessionId: string | null } | { ok: false; reason: 'EXPIRED' | 'INVALID' };

const INVALID: TokenCheck = { ok: false, reason: 'INVALID' };
const EXPIRED: TokenCheck = { ok: false, reason: 'EXPIRED' };
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** Longest token accepted (ours are ~400 characters): no work on oversized input. */
const MAX_TOKEN_LENGTH = 4096;

const decodeJson = (segment: string): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/**
 * Verifies an access token against the public key set and turns it into a Caller. Never throws.
 *
 * Checked with node:crypto in the calling thread (Ed25519 verify is tens of microseconds). The same checks
 * as jose's `jwtVerify(token, createLocalJWKSet(jwks), { issuer: 'ixl', algorithms: ['EdDSA', 'ES256'] })`
 * (token.spec.ts compares them on random and tampered tokens): three base64url segments; a JSON header
 * whose `kid` names a key of the set and whose `alg` is that key's algorithm (so `none`, HS256 — even "signed"
 * with the public key as an HMAC secret — and unknown or retired kids are refused), no `crit`; the signature;
 * a JSON object payload with `iss: 'ixl'`, numeric `exp` in the future (expired: EXPIRED), numeric `iat`/`nbf`
 * when present, `nbf` not in the future.
 */
export async function verifyAccessToken(token: string, publicKeys: string | PublicKeySet): Promise<TokenCheck> {
  const keys = publicSet(publicKeys);
  let verified = verifiedTokens.get(keys);
  if (!verified) verifiedTokens.set(keys, (verified = new Map()));
  const known = typeof token === 'string' ? verified.get(token) : undefined;
  if (known) {
    // Expiry is checked at every use, as for a token seen the first time (`exp <= now`: EXPIRED).
    if (known.exp <= Math.floor(Date.now() / 1000)) {
      verified.delete(token);
      return EXPIRED;
    }
    return { ...known.check, caller: { ...known.check.caller } };
  }
  const check = verifyAccessTokenNow(token, keys);
  if (check.ok) {
    if (verified.size >= VERIFIED_TOKENS_MAX) verified.delete(verified.keys().next().value as string);
    verified.set(token, { check, exp: check.expiresAt.getTime() / 1000 });
    return { ...check, caller: { ...check.caller } };
  }
  return check;
}

/**
 * Tokens that passed every check, per key set, with their expiry: a client sends the same access token
 * with each request for its lifetime, and the gateway verified its signature and claims again each time
 * (an Ed25519 verify and two JSON decodes per request, in `npm run bench -- --only profile`). Only valid
 * tokens are kept (an attacker cannot fill it without tokens signed by the issuer), at most
 * VERIFIED_TOKENS_MAX (the oldest goes first); a key set read again (a restart with rotated keys) starts
 * empty. The answer is the same as verifying again: the signature and claims do not change, `nbf` was
 * already past, and expiry is checked at each use.
 */
const verifiedTokens = new WeakMap<PublicKeySet, Map<string, { check: Extract<TokenCheck, { ok: true }>; exp: number }>>();
export const VERIFIED_TOKENS_MAX = 10_000;

function verifyAccessTokenNow(token: string, keys: PublicKeySet): TokenCheck {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return INVALID;
  const parts = token.split('.');
  if (parts.length !== 3) return INVALID;
  const [h = '', p = '', sig = ''] = parts;
  if (!BASE64URL.test(h) || !BASE64URL.test(p) || !BASE64URL.test(sig)) return INVALID;
  const header = decodeJson(h);
  if (!header || typeof header.kid !== 'string' || 'crit' in header) return INVALID;
  const key = keys.keys.get(header.kid);
  if (!key || header.alg !== key.alg) return INVALID;
  const data = Buffer.from(`${h}.${p}`);
  const given = Buffer.from(sig, 'base64url');
  let valid: boolean;
  try {
    valid =
      key.alg === 'EdDSA'
        ? given.length === 64 && verify(null, data, key.key, given)
        : given.length === 64 && verify('sha256', data, { key: key.key, dsaEncoding: 'ieee-p1363' }, given);
  } catch {
    return INVALID;
  }
  if (!valid) return INVALID;
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
