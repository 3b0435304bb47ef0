import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword, isStaff, type Caller, type Role } from '@ixl/auth';
import { badInput, DomainError, isUuid, requireRole, requireUuid } from '@ixl/subgraph-kit';
import { UserAccount } from '../entities/user-account.entity.js';
import { RefreshToken } from '../entities/refresh-token.entity.js';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { IdentityService, normaliseEmail } from './identity.service.js';
import type { LoginThrottleService } from './login-throttle.service.js';
import { checkPassword } from './password.rules.js';
import {
  greeting,
  linkTokenHash,
  newLinkToken,
  PORTAL_OF_ROLE,
  portalUrl,
  romeDateTime,
  sendAccountMail,
  validFor,
} from './account-mail.js';

/** How long a password-reset link works (single use). */
export const RESET_LINK_HOURS = 1;
/** How long an invitation's first-password link works (single use; afterwards "Password dimenticata?"). */
export const INVITATION_LINK_HOURS = 72;

export type AccountLinkPurpose = 'RESET' | 'INVITATION';

interface LinkRow {
  id: string;
  user_id: string;
  purpose: AccountLinkPurpose;
  expires_at: Date;
  used_at: Date | null;
}

export interface InviteUserInput {
  email: string;
  displayName: string;
  role: Role;
  companyId?: string | null;
  trainingBodyId?: string | null;
  organisationName?: string | null;
}

/**
 * Passwords by mail link (issue 20): "Password dimenticata?" for every role, first password of an invited
 * company or training-body user. Links are single-use and short-lived; only their SHA-256 is stored
 * (`people.account_link`). Asking for a reset answers the same whether or not the address has an account.
 */
export class AccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly publicUrl = 'http://localhost:4000',
  ) {}

  /**
   * Staff accounts by id, to name who prepared or decided something (the approvals queue, issue 26): only staff ask,
   * and only staff-side accounts (STAFF, ADMIN; disabled ones too, a decision keeps its author) are answered.
   * Anything else, an unknown id included, is null.
   */
  async staffAccounts(caller: Caller, ids: readonly string[]): Promise<(UserAccount | null)[]> {
    const wanted = ids.filter(isUuid);
    if (!isStaff(caller) || !wanted.length) return ids.map(() => null);
    const found = await this.em.find(UserAccount, { id: { $in: wanted }, role: { $in: ['STAFF', 'ADMIN'] } });
    const byId = new Map(found.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Name and sex for the mail's greeting: the person's record for a beneficiary, the display name otherwise (neutral). */
  private async addressee(user: UserAccount): Promise<{ firstName: string | null; sex: string | null }> {
    if (user.beneficiaryId) {
      const b = await this.em.findOne(Beneficiary, { id: user.beneficiaryId });
      if (b) return { firstName: b.firstName, sex: b.sex };
    }
    return { firstName: user.displayName.split(' ')[0] ?? null, sex: null };
  }

  private async createLink(tx: EntityManager, user: UserAccount, purpose: AccountLinkPurpose, hours: number, now: Date) {
    const link = newLinkToken();
    await tx
      .getConnection()
      .execute(
        `insert into "people"."account_link" ("id", "user_id", "purpose", "token_hash", "created_at", "expires_at") values (?, ?, ?, ?, ?, ?)`,
        [randomUUID(), user.id, purpose, link.hash, now, new Date(now.getTime() + hours * 3_600_000)],
        'run',
        tx.getTransactionContext(),
      );
    return { ...link, url: portalUrl(this.publicUrl, user.role, `nuova-password?token=${link.token}`) };
  }

  /**
   * "Password dimenticata?": always `true` (known address or not; a disabled or erased account gets nothing).
   * Throttled per client address (PASSWORD_RESET_RATE_LIMITED) and at most a few mails per account and window.
   */
  async requestReset(
    emailInput: string,
    throttle: { service: LoginThrottleService; clientIp?: string },
    now = new Date(),
  ): Promise<boolean> {
    const email = normaliseEmail(emailInput);
    const { mailAllowed } = await throttle.service.passwordRequest(email, throttle.clientIp);
    await this.em.transactional(async (tx) => {
      await tx
        .getConnection()
        .execute(
          `delete from "people"."account_link" where "expires_at" < now() - interval '7 days'`,
          [],
          'run',
          tx.getTransactionContext(),
        );
      const user = await tx.findOne(UserAccount, { email });
      if (!user || user.disabled || !mailAllowed) return;
      const link = await this.createLink(tx, user, 'RESET', RESET_LINK_HOURS, now);
      const who = await this.addressee(user);
      await sendAccountMail(tx, {
        dedupeKey: `password-reset:${link.hash}`,
        to: user.email,
        recipientId: user.beneficiaryId,
        template: 'password_reset',
        data: { greeting: greeting(who.firstName, who.sex), link: link.url, validFor: validFor(RESET_LINK_HOURS) },
      });
    });
    return true;
  }

  /** The link's row, or the error a person sees: not valid, already used, expired. */
  private async usableLink(tx: EntityManager, token: string, now: Date, lock: boolean): Promise<LinkRow> {
    const rows = await tx
      .getConnection()
      .execute<LinkRow[]>(
        `select "id", "user_id", "purpose", "expires_at", "used_at" from "people"."account_link" where "token_hash" = ?${lock ? ' for update' : ''}`,
        [linkTokenHash(token.trim())],
        'all',
        tx.getTransactionContext(),
      );
    const row = rows[0];
    if (!row) throw badInput('token', 'ACCOUNT_LINK_INVALID');
    if (row.used_at) throw badInput('token', 'ACCOUNT_LINK_USED');
    if (new Date(row.expires_at).getTime() <= now.getTime()) throw badInput('token', 'ACCOUNT_LINK_EXPIRED');
    return row;
  }

  /** What the "new password" page shows before the form: the purpose and the account's address (the link proves the mailbox). */
  async describeLink(token: string, now = new Date()): Promise<{ purpose: AccountLinkPurpose; email: string; expiresAt: Date }> {
    const row = await this.usableLink(this.em, token, now, false);
    const user = await this.em.findOne(UserAccount, { id: row.user_id });
    if (!user || user.disabled) throw badInput('token', 'ACCOUNT_LINK_INVALID');
    return { purpose: row.purpose, email: user.email, expiresAt: new Date(row.expires_at) };
  }

  /**
   * Sets the password from a link: the rules of every password, then the link and every other open link of
   * the account are spent, the account's sessions are ended (a stolen session does not outlive a reset), and a
   * notice goes to the address. Returns the account's address (to sign in with).
   */
  async setPassword(token: string, password: string, now = new Date()): Promise<{ email: string; role: Role }> {
    // Checked before the (costly) hash, with the account's address, once the link is known to be good.
    const first = await this.usableLink(this.em, token, now, false);
    const account = await this.em.findOne(UserAccount, { id: first.user_id });
    if (!account || account.disabled) throw badInput('token', 'ACCOUNT_LINK_INVALID');
    checkPassword('password', password, account.email);
    const passwordHash = await hashPassword(password);
    return this.em.transactional(async (tx) => {
      const row = await this.usableLink(tx, token, now, true);
      const user = await tx.findOneOrFail(UserAccount, { id: row.user_id });
      user.passwordHash = passwordHash;
      await tx
        .getConnection()
        .execute(
          `update "people"."account_link" set "used_at" = ? where "user_id" = ? and "used_at" is null`,
          [now, user.id],
          'run',
          tx.getTransactionContext(),
        );
      await tx.nativeUpdate(RefreshToken, { userId: user.id, revokedAt: null }, { revokedAt: now });
      if (row.purpose === 'RESET') {
        const who = await this.addressee(user);
        await sendAccountMail(tx, {
          dedupeKey: `password-changed:${row.id}`,
          to: user.email,
          recipientId: user.beneficiaryId,
          template: 'password_changed',
          data: { greeting: greeting(who.firstName, who.sex), when: romeDateTime(now), signInUrl: portalUrl(this.publicUrl, user.role) },
        });
      }
      await tx.flush();
      return { email: user.email, role: user.role };
    });
  }

  /**
   * ADMIN: a new company or training-body user, without a password; the first-password link
   * (INVITATION_LINK_HOURS) goes to the address. The same address twice is CONFLICT (DUPLICATE-style
   * EMAIL_TAKEN with the existing account's id).
   */
  async invite(caller: Caller, input: InviteUserInput, now = new Date()): Promise<UserAccount> {
    requireRole(caller, 'ADMIN');
    const email = normaliseEmail(input.email);
    const displayName = input.displayName.trim().replace(/\s+/g, ' ');
    if (!displayName || displayName.length > 100) throw badInput('displayName', 'NAME_LENGTH');
    if (input.role !== 'COMPANY' && input.role !== 'TRAINING_BODY') throw badInput('role', 'INVITATION_ROLE');
    const orgField = input.role === 'COMPANY' ? 'companyId' : 'trainingBodyId';
    const orgId = input.role === 'COMPANY' ? input.companyId : input.trainingBodyId;
    if (!orgId) throw badInput(orgField, 'INVITATION_ORGANISATION_REQUIRED');
    requireUuid(orgField, orgId);
    // An unusable password until the link is followed (nobody knows it; login answers WRONG_CREDENTIALS).
    const placeholder = await hashPassword(randomBytes(32).toString('base64url'));
    return this.em.transactional(async (tx) => {
      const existing = await tx.findOne(UserAccount, { email });
      if (existing) throw new DomainError('EMAIL_TAKEN', {}, 'email', { existingId: existing.id });
      const user = await new IdentityService(tx).createAccount({
        email,
        password: '',
        passwordHash: placeholder,
        role: input.role,
        displayName,
        companyId: input.role === 'COMPANY' ? orgId : null,
        trainingBodyId: input.role === 'TRAINING_BODY' ? orgId : null,
      });
      tx.persist(user);
      await tx.flush();
      const link = await this.createLink(tx, user, 'INVITATION', INVITATION_LINK_HOURS, now);
      await sendAccountMail(tx, {
        dedupeKey: `invitation:${link.hash}`,
        to: email,
        template: 'account_invitation',
        data: {
          greeting: greeting(displayName.split(' ')[0], null),
          organisation: input.organisationName?.trim() || (input.role === 'COMPANY' ? 'la tua azienda' : 'il tuo ente di formazione'),
          portalName: PORTAL_OF_ROLE[input.role].name,
          link: link.url,
          validFor: validFor(INVITATION_LINK_HOURS),
          signInUrl: portalUrl(this.publicUrl, input.role),
        },
      });
      return user;
    });
  }
}
