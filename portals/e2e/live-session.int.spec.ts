import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { issueAccessToken } from '@ixl/auth';
import { bootTestStack, factories, until, type TestStack } from '@ixl/testkit';
import { registrationInput } from '../../subgraphs/people/test/factories.js';
import { createSessionStore, type Session, type SessionStore } from '../../packages/portal-client/web/session.js';
import { keepSessionFresh, type RefreshClock } from '../../packages/portal-client/web/session-refresh.js';
import { createSubscriptionClient, subscriptionUrl } from '../../packages/portal-client/web/ws.js';

/**
 * The portals' live connection with short access tokens, against the real gateway: the socket must
 * follow the session's refreshed tokens (refreshSession through the real API) without signing anyone out.
 */
let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack({ smtp: true });
});
afterAll(async () => t?.stop());

const USER = 'id email role displayName beneficiaryId companyId trainingBodyId';
const api = {
  async refresh(refreshToken: string): Promise<Session> {
    const r = await t.graphql<{ refreshSession: Session & { refreshToken: string } }>(
      `mutation($r: String!) { refreshSession(refreshToken: $r) { token expiresAt refreshToken user { ${USER} } } }`,
      { variables: { r: refreshToken } },
    );
    if (!r.data) throw new CombinedGraphQLErrors({ errors: r.errors ?? [] } as never);
    return r.data.refreshSession;
  },
  logout: (refreshToken: string) => t.graphql('mutation($r: String!) { logout(refreshToken: $r) }', { variables: { r: refreshToken } }),
};

/**
 * A staff member signed in through `login`, with the access token replaced by one that lives
 * `ttlSeconds`; the session believes it lives `believedSeconds` (a client clock behind the server's,
 * or a tab that slept: the gateway's 4401 comes before the client renews the token).
 */
async function shortLivedSession(ttlSeconds: number, believedSeconds = ttlSeconds): Promise<SessionStore> {
  const account = await factories.createAccount(t.stack, { role: 'STAFF' });
  const r = await t.graphql<{ login: Session & { refreshToken: string } }>(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt refreshToken user { ${USER} } } }`,
    { variables: { e: account.email, p: account.password } },
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  const short = await issueAccessToken({ sub: account.id, role: 'STAFF' }, t.secrets.jwtSigningKeys, ttlSeconds);
  const session = createSessionStore('staff', null);
  session.set({ ...r.data.login, token: short.token, expiresAt: new Date(Date.now() + believedSeconds * 1000).toISOString() });
  return session;
}

/** Subscribes to new registrations; returns what arrived, the close codes seen and the end of the subscription. */
function watchRegistrations(session: SessionStore, tokens: ReturnType<typeof keepSessionFresh>) {
  const client = createSubscriptionClient(session, { url: subscriptionUrl(new URL(t.url)), webSocketImpl: WebSocket, tokens });
  const seen = { ids: [] as string[], closed: [] as number[], connected: 0, ended: null as unknown };
  client.on('closed', (e) => seen.closed.push((e as { code: number }).code));
  client.on('connected', () => seen.connected++);
  const stop = client.subscribe<{ beneficiaryRegistered: { id: string } }>(
    { query: 'subscription { beneficiaryRegistered { id } }' },
    {
      next: (r) => r.data && seen.ids.push(r.data.beneficiaryRegistered.id),
      error: (e) => (seen.ended = e ?? 'error'),
      complete: () => (seen.ended ??= 'complete'),
    },
  );
  return { client, seen, stop };
}

const register = async () => {
  const { id } = await t.registerVerified(registrationInput());
  return id;
};

/** Timers that never fire: the session is refreshed only when the live connection asks for it. */
const stoppedClock: RefreshClock = { now: Date.now, setTimeout: () => 0, clearTimeout: () => undefined };

describe('live connection with short-lived access tokens', () => {
  it('closed by the gateway with 4401 at the token expiry, refreshes the session and carries on with the new token', async () => {
    const session = await shortLivedSession(3, 600);
    const first = session.get();
    const refresher = keepSessionFresh(session, api, stoppedClock);
    const { client, seen, stop } = watchRegistrations(session, refresher);
    try {
      await until(() => seen.connected === 1);
      const before = await register();
      await until(() => seen.ids.includes(before));
      // The 3-second token expires: 4401, refresh, a new socket with the new token, same subscription.
      await until(() => seen.closed.includes(4401) && seen.connected === 2);
      expect(session.get()?.token).not.toBe(first?.token);
      expect(session.get()?.refreshToken).not.toBe(first?.refreshToken);
      expect(session.lastLogoutReason()).toBeNull();
      const after = await register();
      await until(() => seen.ids.includes(after));
      expect(seen.ended).toBeNull();
      expect(seen.closed).not.toContain(4403);
    } finally {
      stop();
      refresher.stop();
      await client.dispose();
    }
  });

  it('refreshed before expiry by the session timer, reconnects with the new token and never sees 4401', async () => {
    const session = await shortLivedSession(40);
    const first = session.get();
    const refresher = keepSessionFresh(session, api); // real timers: refresh at half the 40 s
    const { client, seen, stop } = watchRegistrations(session, refresher);
    try {
      await until(() => seen.connected >= 1);
      await until(() => session.get()?.token !== first?.token && seen.connected >= 2, 40_000);
      const id = await register();
      await until(() => seen.ids.includes(id));
      expect(seen.closed).not.toContain(4401);
      expect(seen.closed).not.toContain(4403);
      expect(seen.ended).toBeNull();
      expect(session.lastLogoutReason()).toBeNull();
    } finally {
      stop();
      refresher.stop();
      await client.dispose();
    }
  });

  it('signs out when the 4401 comes and the session cannot be refreshed (logged out elsewhere)', async () => {
    const session = await shortLivedSession(3, 600);
    const refresher = keepSessionFresh(session, api, stoppedClock);
    await api.logout(session.get()?.refreshToken ?? '');
    const { client, seen, stop } = watchRegistrations(session, refresher);
    try {
      await until(() => seen.connected === 1);
      await until(() => session.get() === null);
      expect(seen.closed).toContain(4401);
      expect(session.lastLogoutReason()).toBe('expired');
      await until(() => seen.ended !== null);
      expect((seen.ended as { code?: number }).code).toBe(4401);
    } finally {
      stop();
      refresher.stop();
      await client.dispose();
    }
  });
});
