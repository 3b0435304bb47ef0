import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, badInput } from '@ixl/subgraph-kit';
import { RefreshToken } from '../entities/refresh-token.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';
import { IdentityService, type TokenSettings } from './identity.service.js';

/** A refresh token lives 14 days; every use replaces it (rotation). */
export const REFRESH_TOKEN_TTL_SECONDS = 14 * 24 * 3600;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const refused = () => new DomainError('SESSION_ENDED', {});

export interface RefreshedSession {
  token: string;
  expiresAt: Date;
  refreshToken: string;
  user: UserAccount;
}

export interface StartedSession {
  token: string;
  expiresAt: Date;
  refreshToken: string;
}

/** A new session for `user` (after login), saved at once. */
export async function startSession(em: EntityManager, user: UserAccount, tokens: TokenSettings): Promise<StartedSession> {
  const fork = em.fork();
  const session = await new SessionService(fork).start(user, tokens);
  await fork.flush();
  return session;
}

/** Refresh tokens: opaque, stored as hashes, rotated on use, revoked on logout or on reuse. */
export class SessionService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Every path that signs someone in (login, registration) starts here: a new refresh-token family
   * and an access token whose `sid` is that family's id. The caller flushes (so it can join its transaction).
   */
  async start(user: UserAccount, tokens: TokenSettings, now = new Date()): Promise<StartedSession> {
    const familyId = randomUUID();
    const refreshToken = this.issue(user.id, familyId, now);
    const { token, expiresAt } = await new IdentityService(this.em).issueToken(user, tokens, familyId);
    return { token, expiresAt, refreshToken };
  }

  /** A new refresh token (a new family at login, the same family on rotation); the caller flushes. */
  issue(userId: string, familyId: string = randomUUID(), now = new Date()): string {
    const token = randomBytes(32).toString('base64url');
    this.em.persist(
      this.em.create(RefreshToken, {
        id: randomUUID(),
        userId,
        familyId,
        tokenHash: hashOf(token),
        issuedAt: now,
        expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000),
        usedAt: null,
        revokedAt: null,
      }),
    );
    return token;
  }

  /**
   * Exchanges a refresh token for a new access token and a new refresh token. A used or revoked
   * token is refused and, being a sign of theft, revokes its whole family.
   */
  async refresh(refreshToken: string, tokens: TokenSettings): Promise<RefreshedSession> {
    if (!refreshToken || refreshToken.length > 200) throw badInput('refreshToken', 'REFRESH_TOKEN_MALFORMED');
    const outcome = await this.em.transactional(async (tx) => {
      const now = new Date();
      const row = await tx.findOne(RefreshToken, { tokenHash: hashOf(refreshToken) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!row) return null;
      if (row.usedAt || row.revokedAt) {
        await tx.nativeUpdate(RefreshToken, { familyId: row.familyId, revokedAt: null }, { revokedAt: now });
        return null;
      }
      if (row.expiresAt <= now) return null;
      const user = await tx.findOne(UserAccount, { id: row.userId });
      if (!user || user.disabled) return null;
      row.usedAt = now;
      const next = new SessionService(tx).issue(user.id, row.familyId, now);
      await tx.flush();
      return { user, next, familyId: row.familyId };
    });
    if (!outcome) throw refused();
    const { token, expiresAt } = await new IdentityService(this.em).issueToken(outcome.user, tokens, outcome.familyId);
    return { token, expiresAt, refreshToken: outcome.next, user: outcome.user };
  }

  /**
   * Logout: revokes the token's family (every token rotated from the same login). Unknown tokens: no-op.
   * Access tokens already issued stay valid until they expire (at most IXL_ACCESS_TOKEN_TTL_SECONDS).
   */
  async revoke(refreshToken: string): Promise<boolean> {
    if (!refreshToken || refreshToken.length > 200) return false;
    const row = await this.em.findOne(RefreshToken, { tokenHash: hashOf(refreshToken) });
    if (!row) return false;
    await this.em.nativeUpdate(RefreshToken, { familyId: row.familyId, revokedAt: null }, { revokedAt: new Date() });
    return true;
  }
}
