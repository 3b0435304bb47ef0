import type { ApolloClient } from '@apollo/client';
import { PortalLogoutDocument, PortalRefreshSessionDocument } from './operations.generated.js';
import type { Session, SessionStore } from './session.js';

/** Refresh this long before the access token expires (or at half its remaining life, if shorter). */
export const REFRESH_MARGIN_MS = 5 * 60_000;

export interface SessionRefresher {
  stop(): void;
}

/**
 * Keeps a signed-in session alive: shortly before the access token expires, trades the session's
 * refresh token for a new pair (`refreshSession`); a refused refresh leaves the session to expire
 * (the user signs in again). When the user signs out, the refresh token is revoked (`logout`).
 */
export function keepSessionFresh(
  session: SessionStore,
  api: { refresh(refreshToken: string): Promise<Session>; logout(refreshToken: string): Promise<unknown> },
  clock: { now(): number; setTimeout(fn: () => void, ms: number): unknown; clearTimeout(handle: unknown): void } = { now: Date.now, setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
): SessionRefresher {
  let timer: unknown = null;
  let inFlight = false;
  let known = session.get();
  const schedule = () => {
    if (timer !== null) clearTimeoutSafe();
    const s = session.get();
    if (!s?.refreshToken) return;
    const left = Date.parse(s.expiresAt) - clock.now();
    timer = clock.setTimeout(() => void refreshNow(), Math.max(0, left - Math.min(REFRESH_MARGIN_MS, left / 2)));
  };
  const clearTimeoutSafe = () => {
    clock.clearTimeout(timer);
    timer = null;
  };
  const refreshNow = async () => {
    timer = null;
    const s = session.get();
    if (!s?.refreshToken || inFlight) return;
    inFlight = true;
    try {
      const next = await api.refresh(s.refreshToken);
      if (session.get()?.refreshToken === s.refreshToken) session.set(next);
    } catch {
      // Refused or offline: the session ends at its expiry, as without refresh.
    } finally {
      inFlight = false;
    }
  };
  const unsubscribe = session.subscribe(() => {
    const current = session.get();
    if (!current && known?.refreshToken && session.lastLogoutReason() === null) void api.logout(known.refreshToken).catch(() => undefined);
    known = current;
    schedule();
  });
  schedule();
  return {
    stop() {
      unsubscribe();
      if (timer !== null) clearTimeoutSafe();
    },
  };
}

/** `keepSessionFresh` over the portal's Apollo Client (the generated PortalRefreshSession / PortalLogout operations). */
export function keepApolloSessionFresh(session: SessionStore, apollo: ApolloClient): SessionRefresher {
  return keepSessionFresh(session, {
    async refresh(refreshToken) {
      const { data } = await apollo.mutate({ mutation: PortalRefreshSessionDocument, variables: { refreshToken } });
      if (!data) throw new Error('refreshSession answered no data');
      const { token, expiresAt, refreshToken: next, user } = data.refreshSession;
      return { token, expiresAt, refreshToken: next, user };
    },
    logout: (refreshToken) => apollo.mutate({ mutation: PortalLogoutDocument, variables: { refreshToken } }),
  });
}
