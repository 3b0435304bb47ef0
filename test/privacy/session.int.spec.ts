import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAccessToken } from '@ixl/auth';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { sql } from './helpers.js';

let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack();
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
const refresh = (r: string) => t.graphql<{ refreshSession: Session & { user: { id: string } } }>(REFRESH, { variables: { r } });

describe('access token expiry and refresh', () => {
  it('refuses an expired access token with UNAUTHENTICATED', async () => {
    const { account } = await loginAs();
    const expired = await issueAccessToken({ sub: account.id, role: 'STAFF' }, t.secrets.jwtSecret, -5);
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
    expect(await sql(t, 'select count(*)::int as c from people.refresh_token where token_hash = ? or token_hash = ?', [session.refreshToken, next?.refreshToken])).toEqual([{ c: 0 }]);

    // Used once: presented again it is refused, and the whole family (the new token too) is revoked.
    expect(errorCodes(await refresh(session.refreshToken))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await refresh(next?.refreshToken ?? ''))).toEqual(['UNAUTHENTICATED']);
  });

  it('revokes the session on logout and refuses unknown, malformed or expired refresh tokens', async () => {
    const { session } = await loginAs('BENEFICIARY');
    const out = await t.graphql<{ logout: boolean }>('mutation($r: String!) { logout(refreshToken: $r) }', { variables: { r: session.refreshToken } });
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
