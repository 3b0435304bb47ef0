import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword, issueAccessToken, verifyPassword, type Role } from '@ixl/auth';
import { DomainError, badInput } from '@ixl/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { UserAccount } from '../entities/user-account.entity.js';

export const ACCESS_TOKEN_TTL_SECONDS = 8 * 3600;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  const value = email.trim().toLowerCase();
  if (!EMAIL.test(value) || value.length > 254) throw badInput('email', 'Enter a valid email address');
  return value;
}

// A fixed hash to verify against when the email is unknown, so timing does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;

export class IdentityService {
  constructor(private readonly em: EntityManager) {}

  /** Checks the credentials and issues an access token; the same error for unknown email and wrong password. */
  async login(email: string, password: string, jwtSecret: string): Promise<{ token: string; expiresAt: Date; user: UserAccount }> {
    const normalised = normaliseEmail(email);
    if (!password) throw badInput('password', 'Enter your password');
    const user = await this.em.findOne(UserAccount, { email: normalised }, { populate: ['passwordHash'] });
    dummyHash ??= hashPassword(randomUUID());
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
    if (!user || !ok || user.disabled) throw new DomainError('UNAUTHENTICATED', 'Email or password is wrong');
    user.lastLoginAt = new Date();
    await this.em.flush();
    const { token, expiresAt } = await this.issueToken(user, jwtSecret);
    return { token, expiresAt, user };
  }

  /** An access token for `user` (after login or registration). */
  issueToken(user: UserAccount, jwtSecret: string): Promise<{ token: string; expiresAt: Date }> {
    return issueAccessToken(
      { sub: user.id, role: user.role, beneficiaryId: user.beneficiaryId, companyId: user.companyId, trainingBodyId: user.trainingBodyId },
      jwtSecret,
      ACCESS_TOKEN_TTL_SECONDS,
    );
  }

  /** Creates an account; the caller flushes (so it joins the caller's transaction). */
  async createAccount(input: { email: string; password: string; role: Role; displayName: string; beneficiaryId?: string | null; companyId?: string | null; trainingBodyId?: string | null; passwordHash?: string }): Promise<UserAccount> {
    const email = normaliseEmail(input.email);
    if (!input.passwordHash && input.password.length < 10) throw badInput('password', 'The password must be at least 10 characters long');
    if (await this.em.count(UserAccount, { email })) throw new DomainError('CONFLICT', 'An account with this email already exists', 'email');
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
