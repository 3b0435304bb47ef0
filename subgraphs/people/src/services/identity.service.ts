import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword, issueAccessToken, verifyPassword, type Role } from '@ixl/auth';
import { DomainError, badInput, type SubgraphConfig } from '@ixl/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { UserAccount } from '../entities/user-account.entity.js';
import type { LoginThrottleService } from './login-throttle.service.js';

/**
 * How access tokens are signed, and how long they live (IXL_ACCESS_TOKEN_TTL_SECONDS, default 15 min: the refresh
 * token keeps the session). This subgraph alone holds the private key (IXL_JWT_SIGNING_KEYS, issue 18).
 */
export interface TokenSettings {
  jwtSigningKeys: string;
  accessTokenTtlSeconds: number;
}

export const tokenSettings = (config: SubgraphConfig): TokenSettings => {
  if (!config.jwtSigningKeys) throw new Error('The people subgraph signs access tokens: IXL_JWT_SIGNING_KEYS is not configured');
  return { jwtSigningKeys: config.jwtSigningKeys, accessTokenTtlSeconds: config.people.accessTokenTtlSeconds };
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  const value = email.trim().toLowerCase();
  if (!EMAIL.test(value) || value.length > 254) throw badInput('email', 'EMAIL_INVALID');
  return value;
}

// A fixed hash to verify against when the email is unknown, so timing does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;

export class IdentityService {
  constructor(private readonly em: EntityManager) {}

  /** Checks the credentials (the same error for unknown email and wrong password); the session is started by SessionService. */
  /** The account of a signed-in caller (null when anonymous). */
  account(userId: string | null | undefined): Promise<UserAccount | null> {
    return userId ? this.em.findOne(UserAccount, { id: userId }) : Promise.resolve(null);
  }

  /** `throttle` counts the attempt before the password is checked (see LoginThrottleService). */
  async login(email: string, password: string, throttle: { service: LoginThrottleService; clientIp?: string }): Promise<UserAccount> {
    const normalised = normaliseEmail(email);
    if (!password) throw badInput('password', 'PASSWORD_REQUIRED');
    const counted = await throttle.service.attempt(normalised, throttle.clientIp);
    const user = await this.em.findOne(UserAccount, { email: normalised }, { populate: ['passwordHash'] });
    dummyHash ??= hashPassword(randomUUID());
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
    if (!user || !ok || user.disabled) throw new DomainError('WRONG_CREDENTIALS', {});
    user.lastLoginAt = new Date();
    await this.em.flush();
    await throttle.service.succeeded(normalised, throttle.clientIp, counted);
    return user;
  }

  /** An access token for `user` in session `sessionId` (the refresh-token family, claim `sid`). */
  issueToken(user: UserAccount, tokens: TokenSettings, sessionId: string | null = null): Promise<{ token: string; expiresAt: Date }> {
    return issueAccessToken(
      {
        sub: user.id,
        role: user.role,
        beneficiaryId: user.beneficiaryId,
        companyId: user.companyId,
        trainingBodyId: user.trainingBodyId,
        sessionId,
      },
      tokens.jwtSigningKeys,
      tokens.accessTokenTtlSeconds,
    );
  }

  /** Creates an account; the caller flushes (so it joins the caller's transaction). */
  async createAccount(input: {
    email: string;
    password: string;
    role: Role;
    displayName: string;
    beneficiaryId?: string | null;
    companyId?: string | null;
    trainingBodyId?: string | null;
    passwordHash?: string;
  }): Promise<UserAccount> {
    const email = normaliseEmail(input.email);
    if (!input.passwordHash && input.password.length < 10) throw badInput('password', 'PASSWORD_TOO_SHORT');
    if (await this.em.count(UserAccount, { email })) throw new DomainError('EMAIL_TAKEN', {}, 'email');
    const user = this.em.create(UserAccount, {
      id: randomUUID(),
      email,
      passwordHash: input.passwordHash ?? (await hashPassword(input.password)),
      role: input.role,
      displayName: input.displayName,
      beneficiaryId: input.beneficiaryId ?? null,
      companyId: input.companyId ?? null,
      trainingBodyId: input.trainingBodyId ?? null,
      disabled: false,
      createdAt: new Date(),
      lastLoginAt: null,
    });
    return user;
  }
}
