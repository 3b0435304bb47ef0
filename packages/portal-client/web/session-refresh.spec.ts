import { describe, expect, it } from 'vitest';
import { createSessionStore, type Session } from './session.js';
import { keepSessionFresh, REFRESH_MARGIN_MS } from './session-refresh.js';

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
const session = (n: number, expiresAt: number): Session => ({ token: `t${n}`, refreshToken: `r${n}`, expiresAt: new Date(expiresAt).toISOString(), user: { id: 'u1', email: 'a@b.it', role: 'STAFF', displayName: 'Anna' } });

describe('keeping the session fresh', () => {
  it('refreshes before expiry and reschedules with the new pair', async () => {
    const clock = manualClock(T0);
    const store = createSessionStore('staff', null, clock.now);
    const calls: string[] = [];
    store.set(session(1, T0 + 3600_000));
    keepSessionFresh(store, { refresh: async (r) => (calls.push(r), session(calls.length + 1, clock.now() + 3600_000)), logout: async () => undefined }, clock);
    expect(clock.pending()).toEqual([T0 + 3600_000 - REFRESH_MARGIN_MS]);
    await clock.advanceTo(T0 + 3600_000 - REFRESH_MARGIN_MS);
    expect(calls).toEqual(['r1']);
    expect(store.get()?.token).toBe('t2');
    expect(clock.pending()).toEqual([T0 + 3600_000 - REFRESH_MARGIN_MS + 3600_000 - REFRESH_MARGIN_MS]);
  });

  it('lets a refused refresh expire the session, and revokes the refresh token when the user signs out', async () => {
    const clock = manualClock(T0);
    const store = createSessionStore('staff', null, clock.now);
    const revoked: string[] = [];
    store.set(session(1, T0 + 60_000));
    keepSessionFresh(store, { refresh: () => Promise.reject(new Error('UNAUTHENTICATED')), logout: async (r) => void revoked.push(r) }, clock);
    expect(clock.pending()).toEqual([T0 + 30_000]);
    await clock.advanceTo(T0 + 30_000);
    expect(store.get()?.token).toBe('t1');
    store.clear('user');
    expect(revoked).toEqual(['r1']);
    expect(clock.pending()).toEqual([]);
    // An expiry (not the user) revokes nothing.
    store.set(session(2, T0 + 3600_000));
    store.clear('expired');
    expect(revoked).toEqual(['r1']);
  });
});
