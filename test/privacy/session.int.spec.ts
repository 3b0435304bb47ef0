import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAccessToken } from '@ixl/auth';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { registrationInput } from '../../subgraphs/people/test/factories.js';
import { sql } from './helpers.js';

let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack({ smtp: true });
});
afterAll(async () => {
  await t?.stop();
});

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt refreshToken } }';
const REFRESH = 'mutation($r: String!) { refreshSession(refreshToken: $r) { token expiresAt refreshToken user { id role } } }';
type Session = { token: string; expiresAt: string; refreshToken: string };

async function loginAs(role: 'STAFF' | 'BENEFICIARY' = 'STAFF'): Promise<{ account: { id: string }; session: Session }> {
  const account = await factories.createAccount(t.stack, { role });
  const r = await t.graphql<{ login: Session }>(LOGIN, { variables: { e: account.email, p: account.password } });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return { account, session: r.data.login };
}
/** The claims of a JWT (read, not verified: the gateway verifies). */
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { iat: number; exp: number; sid?: string; sub: string };
/** The refresh-token family (session id) of a refresh token, from its stored hash. */
const familyOf = async (refreshToken: string) =>
  (
    await sql<{ family_id: string }>(t, 'select family_id from people.refresh_token where token_hash = ?', [
      createHash('sha256').update(refreshToken).digest('hex'),
    ])
  )[0]?.family_id;
const refresh = (r: string) => t.graphql<{ refreshSession: Session & { user: { id: string } } }>(REFRESH, { variables: { r } });

describe('access token expiry and refresh', () => {
  it('issues access tokens for 15 minutes by default, carrying the session id (sid) of the refresh family', async () => {
    const { account, session } = await loginAs();
    const claims = claimsOf(session.token);
    expect(claims.exp - claims.iat).toBe(900);
    expect(claims.sub).toBe(account.id);
    expect(Date.parse(session.expiresAt) / 1000).toBe(claims.exp);
    const family = await familyOf(session.refreshToken);
    expect(family).toMatch(/^[0-9a-f-]{36}$/);
    expect(claims.sid).toBe(family);
    // A refreshed token: again 15 minutes, same session id; the next refresh token is of the same family.
    const next = (await refresh(session.refreshToken)).data?.refreshSession;
    const nextClaims = claimsOf(next?.token ?? '');
    expect(nextClaims.exp - nextClaims.iat).toBe(900);
    expect(nextClaims.sid).toBe(family);
    expect(await familyOf(next?.refreshToken ?? '')).toBe(family);
    // Another login is another session.
    const { session: other } = await loginAs();
    expect(claimsOf(other.token).sid).not.toBe(family);
  });

  it('gives a registered person no session until the mail link; then login gives a refresh token like anyone’s', async () => {
    const input = registrationInput();
    const r = await t.graphql('mutation($input: RegisterBeneficiaryInput!) { registerBeneficiary(input: $input) { email } }', {
      variables: { input },
    });
    expect(r.errors).toBeUndefined();
    expect(JSON.stringify(r.data)).not.toMatch(/token/i);
    const { id } = await t.registerVerified(registrationInput());
    const account = (await sql<{ email: string }>(t, 'select email from people.user_account where beneficiary_id = ?', [id]))[0];
    const login = await t.graphql<{ login: Session }>(LOGIN, { variables: { e: account?.email, p: 'a-long-password-123' } });
    const reg = login.data?.login;
    expect(reg?.refreshToken).toMatch(/^[\w-]{40,}$/);
    const claims = claimsOf(reg?.token ?? '');
    expect(claims.exp - claims.iat).toBe(900);
    expect(claims.sid).toBe(await familyOf(reg?.refreshToken ?? ''));
    const next = await refresh(reg?.refreshToken ?? '');
    expect(next.errors).toBeUndefined();
    const me = await t.graphql<{ myBeneficiary: { id: string } | null }>('{ myBeneficiary { id } }', {
      token: next.data?.refreshSession.token,
    });
    expect(me.data?.myBeneficiary?.id).toBe(id);
    // Logout ends it like any session.
    await t.graphql('mutation($r: String!) { logout(refreshToken: $r) }', { variables: { r: next.data?.refreshSession.refreshToken } });
    expect(errorCodes(await refresh(next.data?.refreshSession.refreshToken ?? ''))).toEqual(['UNAUTHENTICATED']);
  });

  it('after logout refuses every refresh of the session; an access token already issued lasts at most its 15 minutes', async () => {
    const { account, session } = await loginAs();
    const rotated = (await refresh(session.refreshToken)).data?.refreshSession;
    expect(rotated?.refreshToken).toBeTruthy();
    const out = await t.graphql<{ logout: boolean }>('mutation($r: String!) { logout(refreshToken: $r) }', {
      variables: { r: rotated?.refreshToken },
    });
    expect(out.data?.logout).toBe(true);
    expect(errorCodes(await refresh(rotated?.refreshToken ?? ''))).toEqual(['UNAUTHENTICATED']);
    expect(
      await sql(t, 'select count(*)::int as c from people.refresh_token where family_id = ? and revoked_at is null', [
        await familyOf(session.refreshToken),
      ]),
    ).toEqual([{ c: 0 }]);
    // Stateless access tokens are not revoked: the residual validity is the token's own life (documented in the README).
    const me = await t.graphql<{ me: { id: string } }>('{ me { id } }', { token: rotated?.token });
    expect(me.data?.me.id).toBe(account.id);
    const claims = claimsOf(rotated?.token ?? '');
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(900);
  });

  it('refuses an expired access token with UNAUTHENTICATED', async () => {
    const { account } = await loginAs();
    const expired = await issueAccessToken({ sub: account.id, role: 'STAFF' }, t.secrets.jwtSigningKeys, -5);
    const r = await t.graphql('{ me { id } }', { token: expired.token });
    expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.errors?.[0]?.extensions?.reason).toBe('TOKEN_EXPIRED');
  });

  it('exchanges a refresh token for a new access token and a new refresh token, once', async () => {
    const { account, session } = await loginAs();
    expect(session.refreshToken).toMatch(/^[\w-]{40,}$/);
    const r = await refresh(session.refreshToken);
    expect(r.errors).toBeUndefined();
    const next = r.data?.refreshSession;
    expect(next?.user.id).toBe(account.id);
    expect(next?.refreshToken).not.toBe(session.refreshToken);
    const me = await t.graphql<{ me: { id: string } }>('{ me { id } }', { token: next?.token });
    expect(me.data?.me.id).toBe(account.id);
    // The refresh token is stored only as a hash.
    expect(
      await sql(t, 'select count(*)::int as c from people.refresh_token where token_hash = ? or token_hash = ?', [
        session.refreshToken,
        next?.refreshToken,
      ]),
    ).toEqual([{ c: 0 }]);

    // Used once: presented again it is refused, and the whole family (the new token too) is revoked.
    expect(errorCodes(await refresh(session.refreshToken))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await refresh(next?.refreshToken ?? ''))).toEqual(['UNAUTHENTICATED']);
  });

  it('revokes the session on logout and refuses unknown, malformed or expired refresh tokens', async () => {
    const { session } = await loginAs('BENEFICIARY');
    const out = await t.graphql<{ logout: boolean }>('mutation($r: String!) { logout(refreshToken: $r) }', {
      variables: { r: session.refreshToken },
    });
    expect(out.data?.logout).toBe(true);
    expect(errorCodes(await refresh(session.refreshToken))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await refresh('not-a-token'))).toEqual(['UNAUTHENTICATED']);
    const empty = await refresh('');
    expect(errorCodes(empty)).toEqual(['BAD_USER_INPUT']);
    expect(empty.errors?.[0]?.extensions?.field).toBe('refreshToken');

    const { session: other } = await loginAs();
    await sql(t, `update people.refresh_token set expires_at = now() - interval '1 minute' where used_at is null and revoked_at is null`);
    expect(errorCodes(await refresh(other.refreshToken))).toEqual(['UNAUTHENTICATED']);
  });
});
