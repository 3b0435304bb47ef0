import type { ApolloClient } from '@apollo/client';
import { isUnauthenticated } from './errors.js';
import { PortalLogoutDocument, PortalRefreshSessionDocument } from './operations.generated.js';
import type { Session, SessionStore } from './session.js';

/** Refresh this long before the access token expires (or at half its remaining life, if shorter). */
export const REFRESH_MARGIN_MS = 5 * 60_000;
/** A token this close to its expiry is renewed before it is sent (clock skew, time on the wire). */
export const SEND_MARGIN_MS = 15_000;
/** A refresh that failed for the network (not refused) is tried again after this long. */
export const REFRESH_RETRY_MS = 30_000;

export interface SessionRefresher {
  /** The access token to send now: renewed first if it is expired or about to (null when signed out). */
  freshToken(): Promise<string | null>;
  /** Renews the pair now (e.g. the gateway closed the live connection with 4401); true when a new token came. */
  refresh(): Promise<boolean>;
  stop(): void;
}

export interface RefreshApi {
  refresh(refreshToken: string): Promise<Session>;
  logout(refreshToken: string): Promise<unknown>;
}

export interface RefreshClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: RefreshClock = {
  now: Date.now,
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Keeps a signed-in session alive with short access tokens (15 minutes): shortly before the access
 * token expires, trades the session's refresh token for a new pair (`refreshSession`). A refused
 * refresh (UNAUTHENTICATED: revoked, expired, reused) ends the session; a network failure keeps it and
 * tries again. When the user signs out, the refresh token is revoked (`logout`). One refresh at a time.
 */
export function keepSessionFresh(session: SessionStore, api: RefreshApi, clock: RefreshClock = realClock): SessionRefresher {
  let timer: unknown = null;
  let inFlight: Promise<boolean> | null = null;
  let known = session.get();
  const clearTimer = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };
  const scheduleAt = (ms: number) => {
    clearTimer();
    timer = clock.setTimeout(
      () => {
        timer = null;
        void refreshNow();
      },
      Math.max(0, ms),
    );
  };
  const schedule = () => {
    const s = session.get();
    if (!s?.refreshToken) return clearTimer();
    const left = Date.parse(s.expiresAt) - clock.now();
    scheduleAt(left - Math.min(REFRESH_MARGIN_MS, left / 2));
  };
  const refreshNow = (): Promise<boolean> => {
    const s = session.get();
    if (!s?.refreshToken) return Promise.resolve(false);
    if (inFlight) return inFlight;
    const used = s.refreshToken;
    const run = async () => {
      try {
        const next = await api.refresh(used);
        if (session.get()?.refreshToken !== used) return false; // signed out or in again meanwhile
        session.set(next);
        return true;
      } catch (error) {
        if (session.get()?.refreshToken !== used) return false;
        if (isUnauthenticated(error)) session.clear('expired');
        else scheduleAt(REFRESH_RETRY_MS); // offline or the server is restarting: keep the session, try again
        return false;
      }
    };
    const current = run().finally(() => {
      if (inFlight === current) inFlight = null;
    });
    inFlight = current;
    return current;
  };
  const unsubscribe = session.subscribe(() => {
    const current = session.get();
    if (!current && known?.refreshToken && session.lastLogoutReason() === null) void api.logout(known.refreshToken).catch(() => undefined);
    known = current;
    schedule();
  });
  schedule();
  return {
    async freshToken() {
      const s = session.get();
      if (!s) return null;
      if (!s.refreshToken || Date.parse(s.expiresAt) - clock.now() > SEND_MARGIN_MS) return s.token;
      await refreshNow();
      return session.get()?.token ?? null;
    },
    refresh: refreshNow,
    stop() {
      unsubscribe();
      clearTimer();
    },
  };
}

/** The operations that keep the session itself: sent without waiting for a fresh token. */
export const SESSION_OPERATIONS: ReadonlySet<string> = new Set(['PortalRefreshSession', 'PortalLogout']);

/** `keepSessionFresh` over the portal's Apollo Client (the generated PortalRefreshSession / PortalLogout operations). */
export function keepApolloSessionFresh(
  session: SessionStore,
  apollo: ApolloClient,
  wrap: (graphql: RefreshApi) => RefreshApi = (graphql) => graphql,
): SessionRefresher {
  return keepSessionFresh(session, wrap(apolloRefreshApi(apollo)));
}

/** Renewal and logout with the refresh token itself, over GraphQL (`refreshSession`, `logout`). */
export function apolloRefreshApi(apollo: ApolloClient): RefreshApi {
  return {
    async refresh(refreshToken) {
      const { data } = await apollo.mutate({ mutation: PortalRefreshSessionDocument, variables: { refreshToken } });
      if (!data) throw new Error('refreshSession answered no data');
      const { token, expiresAt, refreshToken: next, user } = data.refreshSession;
      return { token, expiresAt, refreshToken: next, user };
    },
    logout: (refreshToken) => apollo.mutate({ mutation: PortalLogoutDocument, variables: { refreshToken } }),
  };
}
