import { describe, expect, it } from 'vitest';
import { createSessionStore, type Session } from './session.js';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { keepSessionFresh, REFRESH_MARGIN_MS, REFRESH_RETRY_MS } from './session-refresh.js';

/** A clock whose timers run only when the test says so. */
function manualClock(start: number) {
  let now = start;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let seq = 0;
  return {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => {
      timers.set(++seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout: (h: unknown) => void timers.delete(h as number),
    pending: () => [...timers.values()].map((t) => t.at),
    async advanceTo(at: number) {
      now = at;
      for (const [id, t] of [...timers]) {
        if (t.at > at) continue;
        timers.delete(id);
        t.fn();
      }
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const T0 = Date.parse('2026-05-01T10:00:00Z');
const session = (n: number, expiresAt: number): Session => ({
  token: `t${n}`,
  refreshToken: `r${n}`,
  expiresAt: new Date(expiresAt).toISOString(),
  user: { id: 'u1', email: 'a@b.it', role: 'STAFF', displayName: 'Anna' },
});

describe('keeping the session fresh', () => {
  it('refreshes before expiry and reschedules with the new pair', async () => {
    const clock = manualClock(T0);
    const store = createSessionStore('staff', null, clock.now);
    const calls: string[] = [];
    store.set(session(1, T0 + 3600_000));
    keepSessionFresh(
      store,
      { refresh: async (r) => (calls.push(r), session(calls.length + 1, clock.now() + 3600_000)), logout: async () => undefined },
      clock,
    );
    expect(clock.pending()).toEqual([T0 + 3600_000 - REFRESH_MARGIN_MS]);
    await clock.advanceTo(T0 + 3600_000 - REFRESH_MARGIN_MS);
    expect(calls).toEqual(['r1']);
    expect(store.get()?.token).toBe('t2');
    expect(clock.pending()).toEqual([T0 + 3600_000 - REFRESH_MARGIN_MS + 3600_000 - REFRESH_MARGIN_MS]);
  });

  it('keeps a session of 15-minute tokens alive for hours: every token is renewed before it expires', async () => {
    const TTL = 15 * 60_000;
    const clock = manualClock(T0);
    const store = createSessionStore('staff', null, clock.now);
    const issuedAt: number[] = [];
    store.set(session(1, T0 + TTL));
    keepSessionFresh(
      store,
      { refresh: async () => (issuedAt.push(clock.now()), session(issuedAt.length + 1, clock.now() + TTL)), logout: async () => undefined },
      clock,
    );
    // Walk 3 hours minute by minute: the session never lapses, one refresh every 10 minutes (5 before expiry).
    for (let t = T0; t <= T0 + 3 * 3600_000; t += 60_000) {
      await clock.advanceTo(t);
      const s = store.get();
      expect(s, `signed in at minute ${(t - T0) / 60_000}`).not.toBeNull();
      expect(Date.parse(s?.expiresAt ?? '') - t).toBeGreaterThan(REFRESH_MARGIN_MS - 60_000);
    }
    expect(issuedAt).toHaveLength(18);
    expect(issuedAt.map((at, i) => at - (i === 0 ? T0 : (issuedAt[i - 1] ?? 0)))).toEqual(Array(18).fill(TTL - REFRESH_MARGIN_MS));
  });

  it('renews an expired access token at once when a refresh token is there, and hands out the new token', async () => {
    const clock = manualClock(T0);
    const store = createSessionStore('staff', null, clock.now);
    store.set(session(1, T0 - 60_000)); // e.g. the tab slept past the expiry
    let release: (s: Session) => void = () => undefined;
    const refresher = keepSessionFresh(
      store,
      { refresh: () => new Promise<Session>((r) => (release = r)), logout: async () => undefined },
      clock,
    );
    expect(clock.pending()).toEqual([T0]);
    const token = refresher.freshToken(); // a request waits for the renewed token instead of sending the expired one
    await clock.advanceTo(T0);
    release(session(2, T0 + 900_000));
    expect(await token).toBe('t2');
    expect(await refresher.freshToken()).toBe('t2'); // still fresh: no new refresh
    expect(store.get()?.refreshToken).toBe('r2');
  });

  it('ends the session when the refresh is refused, and revokes the refresh token when the user signs out', async () => {
    const clock = manualClock(T0);
    const store = createSessionStore('staff', null, clock.now);
    const revoked: string[] = [];
    store.set(session(1, T0 + 60_000));
    const refused = new CombinedGraphQLErrors({ errors: [{ message: 'The session has ended', extensions: { code: 'UNAUTHENTICATED' } }] });
    keepSessionFresh(store, { refresh: () => Promise.reject(refused), logout: async (r) => void revoked.push(r) }, clock);
    expect(clock.pending()).toEqual([T0 + 30_000]);
    await clock.advanceTo(T0 + 30_000);
    expect(store.get()).toBeNull();
    expect(store.lastLogoutReason()).toBe('expired');
    expect(revoked).toEqual([]); // an ended session revokes nothing
    store.set(session(2, T0 + 3600_000));
    store.clear('user');
    expect(revoked).toEqual(['r2']);
    expect(clock.pending()).toEqual([]);
  });

  it('keeps the session and tries again when the refresh fails for the network', async () => {
    const clock = manualClock(T0);
    const store = createSessionStore('staff', null, clock.now);
    let fail = true;
    const calls: string[] = [];
    store.set(session(1, T0 + 900_000));
    keepSessionFresh(
      store,
      {
        refresh: async (r) => (calls.push(r), fail ? Promise.reject(new TypeError('Failed to fetch')) : session(2, clock.now() + 900_000)),
        logout: async () => undefined,
      },
      clock,
    );
    const first = T0 + 900_000 - REFRESH_MARGIN_MS;
    await clock.advanceTo(first);
    expect(store.get()?.token).toBe('t1');
    expect(clock.pending()).toEqual([first + REFRESH_RETRY_MS]);
    fail = false;
    await clock.advanceTo(first + REFRESH_RETRY_MS);
    expect(calls).toEqual(['r1', 'r1']);
    expect(store.get()?.token).toBe('t2');
  });
});
