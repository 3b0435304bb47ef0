/**
 * The signed-in session of one portal: kept in memory and in sessionStorage (survives a reload of the
 * tab, not the closing of the browser; never in localStorage). Listeners are told of every change.
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
  token: string;
  expiresAt: string;
  user: SessionUser;
  /** Traded for a new token pair before `expiresAt` (see session-refresh.ts). */
  refreshToken?: string;
}

/** Why the user was signed out (shown on the sign-in page). */
export type LogoutReason = 'user' | 'expired';

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

function parse(raw: string | null, now: number): Session | null {
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Session;
    if (typeof s.token !== 'string' || !s.user || Date.parse(s.expiresAt) <= now) return null;
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
      if (current && Date.parse(current.expiresAt) <= now()) {
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
