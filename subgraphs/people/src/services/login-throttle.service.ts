import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, countHit, throttleKey, type SubgraphConfig } from '@ixl/subgraph-kit';

type LoginLimit = SubgraphConfig['people']['loginLimit'];

/** Password-reset mails one account gets per login window at most (more requests get the same answer, no mail). */
export const RESET_MAILS_PER_ACCOUNT = 3;

/**
 * Brute-force protection for `login`, enforced here, where the password is checked: however the
 * operation is written (aliases, inline or named fragments, several logins in one request, batched
 * requests, a second gateway replica) every call that reaches the password check is counted first.
 * Counters live in PostgreSQL (`people.login_throttle`, one atomic upsert per hit), so they hold across
 * replicas and restarts.
 *
 * Two limits per window (LOGIN_LIMIT_WINDOW_SECONDS):
 * - per client address (LOGIN_LIMIT_PER_IP): every attempt counts, refused ones too;
 * - per account (LOGIN_LIMIT_PER_ACCOUNT): counts attempts from addresses that never signed in to this
 *   account. Trade-off (issue 18, finding 7): an attacker can still exhaust the per-account budget of
 *   unknown addresses, but a client address that signed in successfully to the account before (a
 *   known client/account pair, `people.login_known_client`) is exempt from the per-account back-off, so
 *   the real owner is not locked out by someone else's guessing; that address still has its own
 *   per-address limit. Guessing is thus bounded by perAccount per window from new addresses, and
 *   by perIp per window from any one address.
 * Keys are HMACs of the normalised email / the address (no personal data in clear in the table).
 */
export class LoginThrottleService {
  constructor(
    private readonly em: EntityManager,
    private readonly limit: LoginLimit,
    private readonly secret: string,
  ) {}

  private key(kind: 'ip' | 'acct' | 'reg' | 'reset', value: string): string {
    return throttleKey(this.secret, kind, value);
  }

  /** Counts one hit on `key`; returns the hits in the current window and the seconds until it ends. */
  private hit(key: string): Promise<{ hits: number; retryAfterSeconds: number }> {
    return countHit(this.em, '"people"."login_throttle"', key, this.limit.windowMs / 1000);
  }

  private async isKnownClient(accountKey: string, clientKey: string): Promise<boolean> {
    const rows = await this.em
      .getConnection()
      .execute<{ n: number }[]>(`select 1 as n from "people"."login_known_client" where "account_key" = ? and "client_key" = ?`, [
        accountKey,
        clientKey,
      ]);
    return rows.length > 0;
  }

  /**
   * Counts the attempt; throws RATE_LIMITED (with `extensions.retryAfterSeconds`) when over a limit.
   * Returns whether the account's budget was used (the address is not a known one for it).
   */
  async attempt(email: string, clientIp: string | undefined): Promise<{ accountCounted: boolean }> {
    const clientKey = this.key('ip', clientIp ?? 'unknown');
    const accountKey = this.key('acct', email);
    const byIp = await this.hit(clientKey);
    if (byIp.hits > this.limit.perIp) throw rateLimited(byIp.retryAfterSeconds);
    if (await this.isKnownClient(accountKey, clientKey)) return { accountCounted: false };
    const byAccount = await this.hit(accountKey);
    if (byAccount.hits > this.limit.perAccount) throw rateLimited(byAccount.retryAfterSeconds);
    return { accountCounted: true };
  }

  /**
   * Counts one `registerBeneficiary` from this address (issue 18, finding 2: registration is throttled per
   * address, like logins, in the same window); RATE_LIMITED over `perIp`.
   */
  async registration(clientIp: string | undefined, perIp: number): Promise<void> {
    const byIp = await this.hit(this.key('reg', clientIp ?? 'unknown'));
    if (byIp.hits > perIp) throw rateLimited(byIp.retryAfterSeconds, 'REGISTRATION_RATE_LIMITED');
  }

  /**
   * Counts one password request (`requestPasswordReset`) from this address, in the login window with the
   * login's per-address limit; RATE_LIMITED over it. Returns whether this account may get another mail in
   * the window (at most RESET_MAILS_PER_ACCOUNT: nobody can flood someone's mailbox; the answer is the same).
   */
  async passwordRequest(email: string, clientIp: string | undefined): Promise<{ mailAllowed: boolean }> {
    const byIp = await this.hit(this.key('reset', `ip:${clientIp ?? 'unknown'}`));
    if (byIp.hits > this.limit.perIp) throw rateLimited(byIp.retryAfterSeconds, 'PASSWORD_RESET_RATE_LIMITED');
    const byAccount = await this.hit(this.key('reset', `acct:${email}`));
    return { mailAllowed: byAccount.hits <= RESET_MAILS_PER_ACCOUNT };
  }

  /**
   * Remembers that this address signed in to this account (exempt from the per-account back-off from now
   * on) and gives back the account budget this attempt took: the per-account limit counts failed guesses.
   */
  async succeeded(email: string, clientIp: string | undefined, attempt: { accountCounted: boolean }): Promise<void> {
    if (attempt.accountCounted)
      await this.em
        .getConnection()
        .execute(`update "people"."login_throttle" set "hits" = greatest("hits" - 1, 0) where "key" = ?`, [this.key('acct', email)]);
    await this.em.getConnection().execute(
      `insert into "people"."login_known_client" ("account_key", "client_key", "last_success_at") values (?, ?, now())
       on conflict ("account_key", "client_key") do update set "last_success_at" = now()`,
      [this.key('acct', email), this.key('ip', clientIp ?? 'unknown')],
    );
  }
}

/** RATE_LIMITED with the seconds to wait in `params` and at the top of `extensions` (the gateway's Retry-After). */
function rateLimited(
  retryAfterSeconds: number,
  reason: 'LOGIN_RATE_LIMITED' | 'REGISTRATION_RATE_LIMITED' | 'PASSWORD_RESET_RATE_LIMITED' = 'LOGIN_RATE_LIMITED',
): DomainError {
  return new DomainError(reason, { retryAfterSeconds }, undefined, { retryAfterSeconds });
}
