import { createContext, useContext } from 'react';
import type { Session, SessionStore } from './session.js';

export const SessionContext = createContext<{ session: Session; store: SessionStore } | null>(null);

/** The signed-in session (inside a portal's routes, which render only when signed in). */
export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in portal');
  return value.session;
}
