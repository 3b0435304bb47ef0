import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, linkToken, type TestStack } from '@ixl/testkit';
import { countRows, registerPerson } from './factories.js';

/**
 * Issue 20: "Password dimenticata?" and first passwords by mail link, for every role; invitations by ADMIN.
 * The links are read from the mail the stack's real SMTP server received.
 */
let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack({ smtp: true });
});
afterAll(async () => {
  await t?.stop();
});

const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const LINK = 'query($t: String!) { passwordLink(token: $t) { purpose email expiresAt } }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { email role } }';
const INVITE = 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email role displayName companyId trainingBodyId } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token refreshToken user { role companyId } } }';
const REFRESH = 'mutation($r: String!) { refreshSession(refreshToken: $r) { token } }';

const resetMail = (email: string, n = 1) =>
  t.smtp!.waitFor(
    email,
    (m) =>
      m.text.includes('/nuova-password?token=') &&
      t
        .smtp!.to(email)
        .filter((x) => x.text.includes('nuova-password'))
        .indexOf(m) ===
        n - 1,
  );
const linkRows = (where = 'true', params: unknown[] = []) => countRows(t, 'account_link', where, params);
const reasonOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.reason;

describe('Password dimenticata? (every role)', () => {
  it.each(['COMPANY', 'TRAINING_BODY', 'COMMITTEE_MEMBER', 'STAFF', 'ADMIN'] as const)(
    'mails a %s user a single-use link to its own portal; the new password works, the old one and the open sessions do not',
    async (role) => {
      const account = await factories.createAccount(t.stack, { role });
      const before = await t.graphql<{ login: { refreshToken: string } }>(LOGIN, { variables: { e: account.email, p: account.password } });
      const r = await t.graphql<{ requestPasswordReset: boolean }>(REQUEST, { variables: { e: account.email.toUpperCase() } });
      expect(r.data?.requestPasswordReset).toBe(true);
      const mail = await resetMail(account.email);
      expect(mail.subject).toBe('Scegli una nuova password — Insieme per il lavoro');
      const portal = { COMPANY: 'azienda', TRAINING_BODY: 'ente', COMMITTEE_MEMBER: 'comitato', STAFF: 'staff', ADMIN: 'staff' }[role];
      expect(mail.text).toContain(`/${portal}/nuova-password?token=`);
      expect(mail.text).toContain('entro 1 ora');
      expect(mail.text.startsWith('Ciao Test,')).toBe(true); // no recorded sex: neutral
      const token = linkToken(mail, 'nuova-password');
      // Only the hash is stored.
      expect(await linkRows('token_hash = ?', [token])).toBe(0);
      const info = await t.graphql<{ passwordLink: { purpose: string; email: string } }>(LINK, { variables: { t: token } });
      expect(info.data?.passwordLink).toMatchObject({ purpose: 'RESET', email: account.email });
      const set = await t.graphql<{ resetPassword: { email: string; role: string } }>(RESET, {
        variables: { t: token, p: 'una frase lunga e nuova' },
      });
      expect(set.errors).toBeUndefined();
      expect(set.data?.resetPassword).toEqual({ email: account.email, role });
      expect((await t.graphql(LOGIN, { variables: { e: account.email, p: 'una frase lunga e nuova' } })).errors).toBeUndefined();
      expect(errorCodes(await t.graphql(LOGIN, { variables: { e: account.email, p: account.password } }))).toEqual(['UNAUTHENTICATED']);
      // The session opened before the reset cannot be renewed.
      expect(errorCodes(await t.graphql(REFRESH, { variables: { r: before.data?.login.refreshToken } }))).toEqual(['UNAUTHENTICATED']);
      // And the owner is told the password changed.
      const notice = await t.smtp!.waitFor(account.email, (m) => m.subject.startsWith('La tua password è stata cambiata'));
      expect(notice.text).toContain(`/${portal}/`);
    },
  );

  it('addresses a beneficiary by her recorded sex and sends her to the beneficiary portal', async () => {
    const p = await registerPerson(t, { sex: 'F', firstName: 'Giulia' });
    const email = String(p.input.email);
    await t.graphql(REQUEST, { variables: { e: email } });
    const mail = await resetMail(email);
    expect(mail.text.startsWith('Cara Giulia,')).toBe(true);
    expect(mail.text).toContain('/beneficiario/nuova-password?token=');
  });

  it('answers an unknown address exactly like a known one, and mails nobody', async () => {
    const before = await linkRows();
    const received = t.smtp!.received.length;
    const unknown = await t.graphql<{ requestPasswordReset: boolean }>(REQUEST, { variables: { e: 'nessuno.qui@example.org' } });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ requestPasswordReset: true });
    await new Promise((r) => setTimeout(r, 700));
    expect(await linkRows()).toBe(before);
    expect(t.smtp!.to('nessuno.qui@example.org')).toEqual([]);
    expect(t.smtp!.received.length).toBe(received);
    // A malformed address is a field error (it says nothing about accounts).
    const bad = await t.graphql(REQUEST, { variables: { e: 'not-an-address' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMAIL_INVALID', field: 'email' });
  });

  it('refuses a reused, wrong or expired link and a weak password with their reasons, changing nothing', async () => {
    const account = await factories.createAccount(t.stack, { role: 'COMPANY' });
    await t.graphql(REQUEST, { variables: { e: account.email } });
    const token = linkToken(await resetMail(account.email), 'nuova-password');
    const weak: [string, string][] = [
      ['corta', 'PASSWORD_TOO_SHORT'],
      ['x'.repeat(129), 'PASSWORD_TOO_LONG'],
      ['1234567890', 'PASSWORD_TOO_COMMON'],
      ['aaaaaaaaaaaa', 'PASSWORD_TOO_COMMON'],
      [`${account.email}!!`, 'PASSWORD_CONTAINS_EMAIL'],
    ];
    for (const [password, reason] of weak) {
      const r = await t.graphql(RESET, { variables: { t: token, p: password } });
      expect(r.errors?.[0]?.extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', reason, field: 'password' });
    }
    // The weak attempts did not spend the link, nor change the password.
    expect((await t.graphql(LOGIN, { variables: { e: account.email, p: account.password } })).errors).toBeUndefined();
    const wrong = await t.graphql(RESET, { variables: { t: `${token.slice(0, -3)}abc`, p: 'una frase lunga e nuova' } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACCOUNT_LINK_INVALID', field: 'token' });
    expect(reasonOf(await t.graphql(LINK, { variables: { t: 'nonsense' } }))).toBe('ACCOUNT_LINK_INVALID');
    expect((await t.graphql(RESET, { variables: { t: token, p: 'una frase lunga e nuova' } })).errors).toBeUndefined();
    const reused = await t.graphql(RESET, { variables: { t: token, p: 'un’altra frase lunga' } });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACCOUNT_LINK_USED', field: 'token' });
    expect(reasonOf(await t.graphql(LINK, { variables: { t: token } }))).toBe('ACCOUNT_LINK_USED');
    expect((await t.graphql(LOGIN, { variables: { e: account.email, p: 'una frase lunga e nuova' } })).errors).toBeUndefined();

    // Expired: a link older than its hour.
    await t.graphql(REQUEST, { variables: { e: account.email } });
    const late = linkToken(await resetMail(account.email, 2), 'nuova-password');
    await t.stack.subgraphs.people.orm.em
      .fork()
      .getConnection()
      .execute(`update people.account_link set expires_at = now() - interval '1 second' where used_at is null and user_id = ?`, [
        account.id,
      ]);
    const expired = await t.graphql(RESET, { variables: { t: late, p: 'ancora un’altra frase' } });
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACCOUNT_LINK_EXPIRED', field: 'token' });
    expect((await t.graphql(LOGIN, { variables: { e: account.email, p: 'una frase lunga e nuova' } })).errors).toBeUndefined();
  });

  it('a newer link does not revive an older one: setting the password spends every open link of the account', async () => {
    const account = await factories.createAccount(t.stack, { role: 'TRAINING_BODY' });
    await t.graphql(REQUEST, { variables: { e: account.email } });
    const first = linkToken(await resetMail(account.email), 'nuova-password');
    await t.graphql(REQUEST, { variables: { e: account.email } });
    const second = linkToken(await resetMail(account.email, 2), 'nuova-password');
    expect((await t.graphql(RESET, { variables: { t: second, p: 'la seconda frase lunga' } })).errors).toBeUndefined();
    expect(reasonOf(await t.graphql(RESET, { variables: { t: first, p: 'la prima frase lunga' } }))).toBe('ACCOUNT_LINK_USED');
  });
});

describe('invitations (ADMIN)', () => {
  const companyId = '00000000-0000-4000-8000-000000000abc';

  it('creates a company user without a password and mails the first-password link; then the user signs in', async () => {
    const admin = await t.tokenFor('ADMIN');
    const email = `nuovo.utente-${Date.now()}@azienda.example`;
    const r = await t.graphql<{ inviteUser: { id: string; role: string; companyId: string } }>(INVITE, {
      token: admin,
      variables: { i: { email, displayName: 'Anna Neri', role: 'COMPANY', companyId, organisationName: 'Rekeep S.p.A.' } },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.inviteUser).toMatchObject({ role: 'COMPANY', companyId });
    // Nobody can sign in before the link is used.
    expect(errorCodes(await t.graphql(LOGIN, { variables: { e: email, p: 'una password qualsiasi' } }))).toEqual(['UNAUTHENTICATED']);
    const mail = await t.smtp!.waitFor(email, (m) => m.text.includes('/azienda/nuova-password?token='));
    expect(mail.subject).toBe('Il tuo account per Insieme per il lavoro');
    expect(mail.text).toContain('Ciao Anna,');
    expect(mail.text).toContain('Rekeep S.p.A.');
    expect(mail.text).toContain('entro 3 giorni');
    const token = linkToken(mail, 'nuova-password');
    const info = await t.graphql<{ passwordLink: { purpose: string } }>(LINK, { variables: { t: token } });
    expect(info.data?.passwordLink.purpose).toBe('INVITATION');
    expect((await t.graphql(RESET, { variables: { t: token, p: 'la mia prima password' } })).errors).toBeUndefined();
    const login = await t.graphql<{ login: { user: { role: string; companyId: string } } }>(LOGIN, {
      variables: { e: email, p: 'la mia prima password' },
    });
    expect(login.data?.login.user).toEqual({ role: 'COMPANY', companyId });
  });

  it('refuses bad invitations with the field named, others than ADMIN, and the same address twice (CONFLICT), changing nothing', async () => {
    const admin = await t.tokenFor('ADMIN');
    const staff = await t.tokenFor('STAFF');
    const base = { email: `doppio-${Date.now()}@ente.example`, displayName: 'Luca Sala', role: 'TRAINING_BODY', trainingBodyId: companyId };
    expect((await t.graphql(INVITE, { token: admin, variables: { i: base } })).errors).toBeUndefined();
    const accounts = await countRows(t, 'user_account');
    const links = await linkRows();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ role: 'STAFF' }, 'role', 'INVITATION_ROLE'],
      [{ role: 'BENEFICIARY' }, 'role', 'INVITATION_ROLE'],
      [{ trainingBodyId: null }, 'trainingBodyId', 'INVITATION_ORGANISATION_REQUIRED'],
      [{ role: 'COMPANY' }, 'companyId', 'INVITATION_ORGANISATION_REQUIRED'],
      [{ trainingBodyId: 'not-a-uuid' }, 'trainingBodyId', 'INVALID_ID'],
      [{ email: 'nope' }, 'email', 'EMAIL_INVALID'],
      [{ displayName: '   ' }, 'displayName', 'NAME_LENGTH'],
    ];
    for (const [overrides, field, reason] of cases) {
      const r = await t.graphql(INVITE, { token: admin, variables: { i: { ...base, email: `x-${Date.now()}@e.example`, ...overrides } } });
      expect(r.errors?.[0]?.extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    }
    const twice = await t.graphql(INVITE, { token: admin, variables: { i: { ...base, email: base.email.toUpperCase() } } });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN', field: 'email' });
    expect(twice.errors?.[0]?.extensions?.existingId).toEqual(expect.any(String));
    expect(errorCodes(await t.graphql(INVITE, { token: staff, variables: { i: { ...base, email: 'a@b.example' } } }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await t.graphql(INVITE, { variables: { i: { ...base, email: 'c@d.example' } } }))).toEqual(['UNAUTHENTICATED']);
    expect(await countRows(t, 'user_account')).toBe(accounts);
    expect(await linkRows()).toBe(links);
  });
});
