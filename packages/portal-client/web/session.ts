/**
 * The signed-in session of one portal: kept in memory, and in `storage` when one is given (the portals give
 * none: their session is the HttpOnly cookie every tab shares, see shared-session.ts; never localStorage).
 * Listeners are told of every change.
 */
export type Role = 'BENEFICIARY' | 'COMPANY' | 'TRAINING_BODY' | 'COMMITTEE_MEMBER' | 'STAFF' | 'ADMIN';

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  beneficiaryId?: string | null;
  companyId?: string | null;
  trainingBodyId?: string | null;
}

export interface Session {
  /** The access token: short-lived (15 minutes by default). */
  token: string;
  expiresAt: string;
  user: SessionUser;
  /** Traded for a new token pair before `expiresAt` (see session-refresh.ts). */
  refreshToken?: string;
}

/** Why the user was signed out (shown on the sign-in page; `elsewhere`: in another tab of the browser). */
export type LogoutReason = 'user' | 'expired' | 'elsewhere';

export interface SessionStore {
  get(): Session | null;
  /** Why the last session ended, if it ended by itself. */
  lastLogoutReason(): LogoutReason | null;
  set(session: Session): void;
  clear(reason?: LogoutReason): void;
  subscribe(listener: () => void): () => void;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function safeStorage(): StorageLike | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Is the session over? Its access token has expired and there is no refresh token to renew it. A session
 * whose access token expired (a tab asleep, a reload after a while) but with a refresh token stays: the
 * refresher (session-refresh.ts) renews it before anything is sent, or ends it if the refresh is refused.
 */
function ended(s: Session, now: number): boolean {
  return Date.parse(s.expiresAt) <= now && !s.refreshToken;
}

function parse(raw: string | null, now: number): Session | null {
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Session;
    if (typeof s.token !== 'string' || !s.user || typeof s.expiresAt !== 'string' || ended(s, now)) return null;
    return s;
  } catch {
    return null;
  }
}

/** One store per portal (`key` keeps a staff session in a tab out of the beneficiary portal). */
export function createSessionStore(key: string, storage: StorageLike | null = safeStorage(), now: () => number = Date.now): SessionStore {
  const storageKey = `ixl.session.${key}`;
  let current = parse(storage?.getItem(storageKey) ?? null, now());
  let reason: LogoutReason | null = null;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  return {
    get() {
      if (current && ended(current, now())) {
        current = null;
        reason = 'expired';
        storage?.removeItem(storageKey);
      }
      return current;
    },
    lastLogoutReason: () => reason,
    set(session) {
      current = session;
      reason = null;
      storage?.setItem(storageKey, JSON.stringify(session));
      emit();
    },
    clear(why = 'user') {
      if (!current) return;
      current = null;
      reason = why === 'user' ? null : why;
      storage?.removeItem(storageKey);
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
