import { SessionEndedError } from './errors.js';
import type { Session, SessionStore } from './session.js';
import type { RefreshApi } from './session-refresh.js';

/**
 * One session for every tab of the browser (issue 20): the refresh token lives in an HttpOnly, SameSite=Strict
 * cookie that only the gateway's `/auth/session/<portal>` reads (see gateway/src/session-cookie.ts); each tab keeps
 * its short access token in memory. A new tab (Ctrl+click on a record, a reload) restores the session from the
 * cookie; signing in or out in one tab is told to the others over a BroadcastChannel, and a sign-out revokes the
 * server-side session, so a tab that missed the message is signed out at its next renewal.
 */

/** `Session.refreshToken` of a session whose refresh token is in the cookie (not a secret: a marker). */
export const COOKIE_SESSION = 'cookie';

export interface CookieSessionApi {
  /** Trades a refresh token from `login`/`registerBeneficiary` for a new pair; the new refresh token goes into the cookie. */
  adopt(refreshToken: string): Promise<Session>;
  /** A new access token from the cookie's refresh token (rotated). SessionEndedError when there is no session. */
  refresh(): Promise<Session>;
  /** Revokes the session and clears the cookie (asked twice for one session, e.g. by signOut and the refresher, it is one request). */
  logout(): Promise<void>;
}

type LockManager = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

/** Runs `work` while no other tab of this portal renews the session (each rotation reads the cookie the last one wrote). */
function exclusively<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  return locks ? locks.request(name, work) : work();
}

/**
 * The session's renewal the portal's HTML started before the portal's JS arrived (portals/vite.base.ts,
 * `sessionStartScript`: `POST /auth/session/<portal>` under the same lock and headers as `refresh()`), taken over
 * once; null when there is none (then this tab renews by itself, and the early script, if it runs later, does
 * nothing).
 */
export function takeEarlySessionRenewal(): Promise<Response> | null {
  const w = globalThis as { __ixlSessionStart?: Promise<Response> | 'taken' };
  const early = w.__ixlSessionStart;
  w.__ixlSessionStart = 'taken';
  return early && early !== 'taken' ? early : null;
}

/**
 * `early`: a renewal already under way (takeEarlySessionRenewal), whose answer is the first `refresh()`'s.
 */
export function cookieSessionApi(
  portal: string,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  early: Promise<Response> | null = null,
): CookieSessionApi {
  const url = `/auth/session/${portal}`;
  const headers = { 'content-type': 'application/json', 'x-ixl-session': '1' };
  const answer = async (res: Response): Promise<Session> => {
    // 204: no session in this browser; 401/400: it has ended (revoked, expired, reused).
    if (res.status === 204 || res.status === 401 || res.status === 400) throw new SessionEndedError();
    if (!res.ok) throw new Error(`session renewal answered ${res.status}`);
    const body = (await res.json()) as Omit<Session, 'refreshToken'>;
    return { token: body.token, expiresAt: body.expiresAt, user: body.user, refreshToken: COOKIE_SESSION };
  };
  const lock = `ixl.session.${portal}`;
  // A refresh token is moved once (asked twice, e.g. by the refresher and the sign-in, it is the same move).
  const adoptions = new Map<string, Promise<Session>>();
  // A session is ended once: the sign-out's request and the refresher's are the same; a new session starts afresh.
  let ending: Promise<void> | null = null;
  const started = (s: Session) => {
    ending = null;
    return s;
  };
  return {
    adopt(refreshToken) {
      let adoption = adoptions.get(refreshToken);
      if (!adoption) {
        adoption = exclusively(lock, async () =>
          answer(await fetchImpl(url, { method: 'PUT', headers, credentials: 'same-origin', body: JSON.stringify({ refreshToken }) })),
        ).then(started);
        adoptions.clear();
        adoptions.set(refreshToken, adoption);
      }
      return adoption;
    },
    refresh() {
      if (early) {
        const pending = early;
        early = null;
        return pending.then(answer).then(started);
      }
      return exclusively(lock, async () => answer(await fetchImpl(url, { method: 'POST', headers, credentials: 'same-origin' }))).then(
        started,
      );
    },
    logout() {
      ending ??= exclusively(lock, async () => {
        const res = await fetchImpl(url, { method: 'DELETE', headers, credentials: 'same-origin' });
        if (!res.ok) throw new Error(`sign-out answered ${res.status}`);
      }).catch((err: unknown) => {
        ending = null; // not ended: the next sign-out (or the refresher) asks again
        throw err;
      });
      return ending;
    },
  };
}

/**
 * The refresh API of a portal in the browser: sessions in the cookie are renewed and ended through it; a refresh
 * token fresh from sign-in (held in memory for a moment) is moved into the cookie (`adopt`); `graphql` serves a
 * session that was given a real refresh token and stays outside the cookie (none in the portals).
 */
export function cookieRefreshApi(cookie: CookieSessionApi, graphql: RefreshApi): RefreshApi {
  return {
    refresh: (refreshToken) => (refreshToken === COOKIE_SESSION ? cookie.refresh() : cookie.adopt(refreshToken)),
    logout: (refreshToken) => (refreshToken === COOKIE_SESSION ? cookie.logout() : graphql.logout(refreshToken)),
  };
}

type Message = { type: 'signed-in' } | { type: 'signed-out'; reason: 'user' | 'expired' };

export interface SharedSession {
  /** True until the first restore has answered (the portal shows "loading", not the sign-in form). */
  restoring(): boolean;
  /** Resolves when the first restore has answered (signed in or not). */
  restored(): Promise<void>;
  /**
   * Signs this tab in with a session fresh from `login`: its refresh token moves into the cookie first, so the
   * promise resolves only when a page loaded by address (a reload, a new tab) already finds the session.
   */
  signIn(session: Session): Promise<void>;
  /**
   * Signs out: the session is revoked and the cookie cleared first, so the promise resolves (and the tab shows the
   * sign-in form) only when a page loaded by address no longer finds the session. Offline, the tab is signed out
   * anyway and the refresher asks the gateway again.
   */
  signOut(): Promise<void>;
  subscribe(listener: () => void): () => void;
  stop(): void;
}

/**
 * Shares `store` between the tabs: restores the session from the cookie now; moves a refresh token from sign-in
 * into the cookie at once; tells the other tabs of sign-in and sign-out, and follows what they tell.
 */
export function shareSessionAcrossTabs(store: SessionStore, portal: string, cookie: CookieSessionApi): SharedSession {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`ixl.session.${portal}`);
  const listeners = new Set<() => void>();
  let restoring = true;
  let following = false; // a change that came from another tab is not told back
  const done = () => {
    restoring = false;
    listeners.forEach((l) => l());
  };
  const post = (message: Message) => {
    if (!following) channel?.postMessage(message);
  };
  const restore = async () => {
    try {
      const session = await cookie.refresh();
      if (!store.get()) {
        following = true;
        try {
          store.set(session);
        } finally {
          following = false;
        }
      }
    } catch {
      // No session in the cookie (or the gateway cannot answer now): the tab stays signed out.
    }
  };
  let known = store.get();
  const unsubscribe = store.subscribe(() => {
    const current = store.get();
    const before = known;
    known = current;
    if (current && current.refreshToken && current.refreshToken !== COOKIE_SESSION) {
      // Just signed in here: the refresh token moves into the cookie now, and this tab's memory keeps only the marker.
      const fresh = current.refreshToken;
      void cookie.adopt(fresh).then(
        (adopted) => {
          if (store.get()?.refreshToken !== fresh) return;
          store.set(adopted);
          post({ type: 'signed-in' });
        },
        () => undefined, // kept in memory: the refresher retries the move at its next renewal
      );
      return;
    }
    if (!current && before) {
      const reason = store.lastLogoutReason();
      // Signed out here (the refresher revokes the session), or the API refused this tab's session: it ends
      // for every tab (revoked here, so the cookie cannot bring it back).
      if (reason === null) post({ type: 'signed-out', reason: 'user' });
      else if (reason === 'expired' && before.refreshToken === COOKIE_SESSION && !following) {
        void cookie.logout().catch(() => undefined);
        post({ type: 'signed-out', reason: 'expired' });
      }
    }
  });
  if (channel) {
    channel.onmessage = (event: MessageEvent<Message>) => {
      if (event.data?.type === 'signed-out' && store.get()) {
        following = true;
        try {
          // Another tab signed out: the session is already revoked there, nothing to send from here.
          store.clear(event.data.reason === 'expired' ? 'expired' : 'elsewhere');
        } finally {
          following = false;
        }
      } else if (event.data?.type === 'signed-in' && !store.get()) void restore();
    };
  }
  const restored = restore().finally(done);
  return {
    restoring: () => restoring,
    restored: () => restored,
    async signIn(session) {
      const fresh = session.refreshToken;
      if (fresh && fresh !== COOKIE_SESSION) {
        try {
          const adopted = await cookie.adopt(fresh);
          store.set(adopted);
          post({ type: 'signed-in' });
          return;
        } catch {
          // The cookie could not be written now: the session stays in this tab's memory, and the subscriber
          // (and the refresher at its next renewal) retry the move.
        }
      }
      store.set(session);
    },
    async signOut() {
      if (store.get()?.refreshToken === COOKIE_SESSION) await cookie.logout().catch(() => undefined);
      store.clear('user');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      unsubscribe();
      channel?.close();
    },
  };
}
