import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, factories, type TestStack } from '@ixl/testkit';

/**
 * Issue 20, "sessions across tabs": the portals keep the refresh token in an HttpOnly, SameSite=Strict cookie
 * scoped to `/auth/session/<portal>` (gateway/src/session-cookie.ts), backed by the refresh-token family in
 * PostgreSQL: rotated on every use, revoked on sign-out, a reused token ends the session.
 */
let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack();
});
afterAll(async () => {
  await t?.stop();
});

const SESSION = { 'x-ixl-session': '1', 'content-type': 'application/json' };
const url = (portal = 'staff') => new URL(`/auth/session/${portal}`, t.url);
const cookieOf = (res: Response) => res.headers.get('set-cookie') ?? '';
const valueOf = (setCookie: string) => /ixl_session=([^;]*)/.exec(setCookie)?.[1] ?? '';
const call = (method: string, cookie: string | null, init: RequestInit = {}, portal = 'staff') =>
  fetch(url(portal), { method, headers: { ...SESSION, ...(cookie ? { cookie: `ixl_session=${cookie}` } : {}) }, ...init });
const reasonOf = async (res: Response) =>
  ((await res.json()) as { errors?: { extensions?: { reason?: string } }[] }).errors?.[0]?.extensions?.reason;

async function signIn(): Promise<{ account: { id: string }; refreshToken: string }> {
  const account = await factories.createAccount(t.stack, { role: 'STAFF' });
  const r = await t.graphql<{ login: { refreshToken: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { refreshToken } }',
    { variables: { e: account.email, p: account.password } },
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return { account, refreshToken: r.data.login.refreshToken };
}

describe('the session cookie', () => {
  it('moves the refresh token from sign-in into an HttpOnly, SameSite=Strict cookie for the portal, rotating it', async () => {
    const { account, refreshToken } = await signIn();
    const adopted = await call('PUT', null, { body: JSON.stringify({ refreshToken }) });
    expect(adopted.status).toBe(200);
    const body = (await adopted.json()) as { token: string; expiresAt: string; user: { id: string }; refreshToken?: string };
    expect(body.user.id).toBe(account.id);
    expect(body).not.toHaveProperty('refreshToken'); // never readable by the page
    const setCookie = cookieOf(adopted);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\/auth\/session\/staff/);
    expect(setCookie).not.toMatch(/Secure/); // plain http here; https or production adds Secure
    expect(valueOf(setCookie)).not.toBe(refreshToken);
    expect((await t.graphql<{ me: { id: string } }>('{ me { id } }', { token: body.token })).data?.me.id).toBe(account.id);
    // The token from sign-in is used up: presenting it again is theft, and ends the session.
    const again = await call('PUT', null, { body: JSON.stringify({ refreshToken }) });
    expect(again.status).toBe(401);
    expect(await reasonOf(again)).toBe('SESSION_ENDED');
    expect((await call('POST', decodeURIComponent(valueOf(setCookie)))).status).toBe(401);
  });

  it('renews with the cookie (each tab in turn), rotating it; sign-out revokes it for every tab', async () => {
    const { account, refreshToken } = await signIn();
    let cookie = decodeURIComponent(valueOf(cookieOf(await call('PUT', null, { body: JSON.stringify({ refreshToken }) }))));
    for (let tab = 1; tab <= 3; tab++) {
      const renewed = await call('POST', cookie);
      expect(renewed.status).toBe(200);
      expect(((await renewed.json()) as { user: { id: string } }).user.id).toBe(account.id);
      const next = decodeURIComponent(valueOf(cookieOf(renewed)));
      expect(next).not.toBe(cookie);
      cookie = next;
    }
    const out = await call('DELETE', cookie);
    expect(out.status).toBe(204);
    expect(cookieOf(out)).toMatch(/ixl_session=;.*Max-Age=0/);
    const after = await call('POST', cookie);
    expect(after.status).toBe(401);
    expect(await reasonOf(after)).toBe('SESSION_ENDED');
    expect(cookieOf(after)).toMatch(/Max-Age=0/);
  });

  it('refuses cross-site calls, unknown portals, bad bodies and no cookie, changing nothing', async () => {
    const { refreshToken } = await signIn();
    const noHeader = await fetch(url(), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    expect(noHeader.status).toBe(403);
    expect(await reasonOf(noHeader)).toBe('SESSION_CROSS_SITE');
    const otherOrigin = await fetch(url(), {
      method: 'PUT',
      headers: { ...SESSION, origin: 'https://evil.example.org' },
      body: JSON.stringify({ refreshToken }),
    });
    expect(otherOrigin.status).toBe(403);
    expect(await reasonOf(otherOrigin)).toBe('SESSION_CROSS_SITE');
    expect((await call('PUT', null, { body: JSON.stringify({ refreshToken }) }, '../graphql')).status).toBe(404);
    const malformed = await call('PUT', null, { body: 'not json' });
    expect(malformed.status).toBe(400);
    expect(await reasonOf(malformed)).toBe('REFRESH_TOKEN_MALFORMED');
    // No cookie: no session in this browser (what every new tab asks first), not an error.
    const none = await call('POST', null);
    expect(none.status).toBe(204);
    expect(cookieOf(none)).toBe('');
    expect((await call('GET', null)).status).toBe(405);
    // The refused calls used nothing up: the token from sign-in still starts the session.
    expect(
      (await call('PUT', null, { body: JSON.stringify({ refreshToken }), headers: { ...SESSION, origin: new URL(t.url).origin } })).status,
    ).toBe(200);
  });
});
