import { SignJWT, jwtVerify, errors } from 'jose';
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
export async function issueAccessToken(claims: TokenClaims, secret: string, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ role: claims.role, bid: claims.beneficiaryId ?? undefined, cid: claims.companyId ?? undefined, tid: claims.trainingBodyId ?? undefined, sid: claims.sessionId ?? undefined })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(key(secret));
  return { token, expiresAt: new Date((now + ttlSeconds) * 1000) };
}

export type TokenCheck = { ok: true; caller: Caller; expiresAt: Date; sessionId: string | null } | { ok: false; reason: 'EXPIRED' | 'INVALID' };

/** Verifies an access token and turns it into a Caller. Never throws. */
export async function verifyAccessToken(token: string, secret: string): Promise<TokenCheck> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, algorithms: ['HS256'] });
    const role = payload.role;
    if (typeof payload.sub !== 'string' || typeof role !== 'string' || !(ROLES as readonly string[]).includes(role) || typeof payload.exp !== 'number') {
      return { ok: false, reason: 'INVALID' };
    }
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    return {
      ok: true,
      expiresAt: new Date(payload.exp * 1000),
      sessionId: str(payload.sid),
      caller: { userId: payload.sub, role: role as Role, beneficiaryId: str(payload.bid), companyId: str(payload.cid), trainingBodyId: str(payload.tid) },
    };
  } catch (err) {
    return { ok: false, reason: err instanceof errors.JWTExpired ? 'EXPIRED' : 'INVALID' };
  }
}
