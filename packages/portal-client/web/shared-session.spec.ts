import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionEndedError, isUnauthenticated } from './errors.js';
import { createSessionStore, type Session } from './session.js';
import {
  COOKIE_SESSION,
  cookieRefreshApi,
  cookieSessionApi,
  shareSessionAcrossTabs,
  takeEarlySessionRenewal,
  type CookieSessionApi,
  type SharedSession,
} from './shared-session.js';

const user = { id: 'u1', email: 'a@b.it', role: 'STAFF' as const, displayName: 'Anna' };
const session = (token: string, refreshToken?: string): Session => ({
  token,
  expiresAt: new Date(Date.now() + 900_000).toISOString(),
  user,
  ...(refreshToken ? { refreshToken } : {}),
});

/** The gateway's cookie endpoint as one browser sees it: one cookie for every tab. */
function fakeCookieServer() {
  const state = { cookie: null as string | null, issued: 0, calls: [] as string[] };
  const api: CookieSessionApi = {
    async adopt(refreshToken) {
      state.calls.push(`adopt ${refreshToken}`);
      state.cookie = `c${++state.issued}`;
      return session(`t${state.issued}`, COOKIE_SESSION);
    },
    async refresh() {
      state.calls.push('refresh');
      if (!state.cookie) throw new SessionEndedError();
      state.cookie = `c${++state.issued}`;
      return session(`t${state.issued}`, COOKIE_SESSION);
    },
    async logout() {
      state.calls.push('logout');
      state.cookie = null;
    },
  };
  return { state, api };
}

const opened: SharedSession[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.stop()));

function tab(portal: string, api: CookieSessionApi) {
  const store = createSessionStore(portal, null);
  const shared = shareSessionAcrossTabs(store, portal, api);
  opened.push(shared);
  return { store, shared };
}

describe('one session for the tabs of a browser', () => {
  it('a new tab restores the session from the cookie; without one it is signed out, after "loading"', async () => {
    const portal = `p${randomUUID()}`;
    const server = fakeCookieServer();
    const first = tab(portal, server.api);
    expect(first.shared.restoring()).toBe(true);
    await vi.waitFor(() => expect(first.shared.restoring()).toBe(false));
    expect(first.store.get()).toBeNull();
    server.state.cookie = 'c0';
    const second = tab(portal, server.api);
    await vi.waitFor(() => expect(second.store.get()?.token).toBe('t1'));
    expect(second.store.get()?.refreshToken).toBe(COOKIE_SESSION);
  });

  it('signing in moves the refresh token into the cookie at once, and the signed-out tabs follow', async () => {
    const portal = `p${randomUUID()}`;
    const server = fakeCookieServer();
    const a = tab(portal, server.api);
    const b = tab(portal, server.api);
    await vi.waitFor(() => expect(b.shared.restoring()).toBe(false));
    a.store.set(session('from-login', 'real-refresh-token'));
    await vi.waitFor(() => expect(a.store.get()?.refreshToken).toBe(COOKIE_SESSION));
    expect(server.state.calls).toContain('adopt real-refresh-token');
    await vi.waitFor(() => expect(b.store.get()).not.toBeNull());
    expect(b.store.get()?.user.id).toBe('u1');
  });

  it('signIn resolves only once the session is in the cookie (a page loaded right after finds it)', async () => {
    const portal = `p${randomUUID()}`;
    const server = fakeCookieServer();
    const a = tab(portal, server.api);
    await vi.waitFor(() => expect(a.shared.restoring()).toBe(false));
    await a.shared.signIn(session('from-login', 'real-refresh-token'));
    // No waiting: when signIn has resolved, the cookie holds the session and this tab only the marker.
    expect(server.state.calls).toContain('adopt real-refresh-token');
    expect(server.state.cookie).not.toBeNull();
    expect(a.store.get()?.refreshToken).toBe(COOKIE_SESSION);
    const reloaded = tab(portal, server.api);
    await vi.waitFor(() => expect(reloaded.shared.restoring()).toBe(false));
    expect(reloaded.store.get()?.user.id).toBe('u1');
  });

  it('signIn keeps the session in memory when the cookie cannot be written now', async () => {
    const portal = `p${randomUUID()}`;
    const failing = { ...fakeCookieServer().api, adopt: () => Promise.reject(new Error('gateway down')) };
    const a = tab(portal, failing);
    await vi.waitFor(() => expect(a.shared.restoring()).toBe(false));
    await a.shared.signIn(session('from-login', 'real-refresh-token'));
    expect(a.store.get()?.token).toBe('from-login');
  });

  it('signOut resolves only once the cookie is cleared (a page loaded right after is signed out), with one request', async () => {
    const portal = `p${randomUUID()}`;
    const server = fakeCookieServer();
    const a = tab(portal, server.api);
    await vi.waitFor(() => expect(a.shared.restoring()).toBe(false));
    await a.shared.signIn(session('from-login', 'real-refresh-token'));
    let clearedBeforeSignedOut: boolean | null = null;
    a.store.subscribe(() => {
      if (!a.store.get()) clearedBeforeSignedOut = server.state.cookie === null;
    });
    await a.shared.signOut();
    expect(clearedBeforeSignedOut).toBe(true);
    expect(a.store.get()).toBeNull();
    const reloaded = tab(portal, server.api);
    await vi.waitFor(() => expect(reloaded.shared.restoring()).toBe(false));
    expect(reloaded.store.get()).toBeNull();
  });

  it('signOut offline still signs the tab out', async () => {
    const portal = `p${randomUUID()}`;
    const server = fakeCookieServer();
    server.state.cookie = 'c0';
    const offline = { ...server.api, logout: () => Promise.reject(new Error('offline')) };
    const a = tab(portal, offline);
    await vi.waitFor(() => expect(a.store.get()).not.toBeNull());
    await a.shared.signOut();
    expect(a.store.get()).toBeNull();
    expect(a.store.lastLogoutReason()).toBeNull(); // the user's own sign-out: the refresher will ask the gateway again
  });

  it('signing out in one tab signs out the others (told why); a session the API refused ends everywhere, revoked', async () => {
    const portal = `p${randomUUID()}`;
    const server = fakeCookieServer();
    server.state.cookie = 'c0';
    const a = tab(portal, server.api);
    const b = tab(portal, server.api);
    await vi.waitFor(() => expect(a.store.get() && b.store.get()).toBeTruthy());
    b.store.clear('user');
    await vi.waitFor(() => expect(a.store.get()).toBeNull());
    expect(a.store.lastLogoutReason()).toBe('elsewhere');

    server.state.cookie = 'c9';
    const c = tab(portal, server.api);
    const d = tab(portal, server.api);
    await vi.waitFor(() => expect(c.store.get() && d.store.get()).toBeTruthy());
    c.store.clear('expired');
    await vi.waitFor(() => expect(d.store.get()).toBeNull());
    expect(d.store.lastLogoutReason()).toBe('expired');
    expect(server.state.cookie).toBeNull();
  });

  it('the refresher renews a cookie session through the cookie and moves a fresh refresh token into it', async () => {
    const server = fakeCookieServer();
    server.state.cookie = 'c0';
    const graphql = { refresh: vi.fn(), logout: vi.fn(async () => true) };
    const api = cookieRefreshApi(server.api, graphql);
    expect((await api.refresh(COOKIE_SESSION)).refreshToken).toBe(COOKIE_SESSION);
    expect(server.state.calls).toEqual(['refresh']);
    await api.refresh('real');
    expect(server.state.calls).toEqual(['refresh', 'adopt real']);
    await api.logout(COOKIE_SESSION);
    expect(server.state.calls.at(-1)).toBe('logout');
    expect(graphql.refresh).not.toHaveBeenCalled();
    expect(isUnauthenticated(new SessionEndedError())).toBe(true);
  });

  it('cookieSessionApi moves one refresh token once, sends the session header, and a 401 is the end of the session', async () => {
    const calls: { url: string; method: string; headers: Record<string, string>; body?: string }[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      calls.push({ url, method: String(init.method), headers: init.headers as Record<string, string>, body: init.body as string });
      if (init.method === 'POST') return new Response('{"errors":[]}', { status: 401 });
      return new Response(JSON.stringify({ token: 't', expiresAt: new Date().toISOString(), user }), { status: 200 });
    }) as unknown as typeof fetch;
    const api = cookieSessionApi('staff', fetchImpl);
    const [one, two] = await Promise.all([api.adopt('r1'), api.adopt('r1')]);
    expect(one).toEqual(two);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ url: '/auth/session/staff', method: 'PUT', body: '{"refreshToken":"r1"}' });
    expect(calls[0]?.headers['x-ixl-session']).toBe('1');
    await expect(api.refresh()).rejects.toBeInstanceOf(SessionEndedError);
  });

  it('cookieSessionApi ends a session with one DELETE however often asked; a failed one is asked again', async () => {
    const methods: string[] = [];
    let down = true;
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      methods.push(String(init.method));
      if (init.method === 'DELETE') return new Response(null, { status: down ? 503 : 204 });
      return new Response(JSON.stringify({ token: 't', expiresAt: new Date().toISOString(), user }), { status: 200 });
    }) as unknown as typeof fetch;
    const api = cookieSessionApi('staff', fetchImpl);
    await expect(api.logout()).rejects.toThrow('503');
    down = false;
    await Promise.all([api.logout(), api.logout()]);
    await api.logout();
    expect(methods).toEqual(['DELETE', 'DELETE']);
    await api.adopt('r2'); // a new session: its sign-out is a new request
    await api.logout();
    expect(methods).toEqual(['DELETE', 'DELETE', 'PUT', 'DELETE']);
  });
  it('takes over the renewal the HTML started once: the first refresh is its answer, the next ones ask the gateway', async () => {
    const methods: string[] = [];
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      methods.push(String(init.method));
      return new Response(JSON.stringify({ token: `t${methods.length}`, expiresAt: new Date().toISOString(), user }), { status: 200 });
    }) as unknown as typeof fetch;
    const early = Promise.resolve(
      new Response(JSON.stringify({ token: 'early', expiresAt: new Date().toISOString(), user }), { status: 200 }),
    );
    const api = cookieSessionApi('staff', fetchImpl, early);
    expect((await api.refresh()).token).toBe('early');
    expect(methods).toEqual([]);
    expect((await api.refresh()).token).toBe('t1');
    expect(methods).toEqual(['POST']);
    // An early renewal that found no session (204) is the end of the session, as a renewal of the tab's own.
    const none = cookieSessionApi('staff', fetchImpl, Promise.resolve(new Response(null, { status: 204 })));
    await expect(none.refresh()).rejects.toBeInstanceOf(SessionEndedError);
  });

  it('takeEarlySessionRenewal hands the early renewal over once and marks it taken, so a late early script does nothing', () => {
    const g = globalThis as { __ixlSessionStart?: unknown };
    const early = Promise.resolve(new Response(null, { status: 204 }));
    g.__ixlSessionStart = early;
    try {
      expect(takeEarlySessionRenewal()).toBe(early);
      expect(takeEarlySessionRenewal()).toBeNull();
      expect(g.__ixlSessionStart).toBe('taken');
      delete g.__ixlSessionStart;
      expect(takeEarlySessionRenewal()).toBeNull();
      expect(g.__ixlSessionStart).toBe('taken');
    } finally {
      delete g.__ixlSessionStart;
    }
  });
});
