import { use, useEffect, useState } from 'react';
import type { EarlyQuery } from './early-query.js';

/**
 * The data of the early query (the main page's first query, sent by the portal's HTML: early-query.ts), read without
 * Apollo Client: the main page draws it while Apollo Client is still loading (issue 25), then hands it to Apollo's
 * cache (`takeEarlyData`) so that the page's own query is served from there, not asked again.
 */
interface Held {
  operationName: string;
  /** The answer's data; null when there is none to use (not sent, failed, errors): then Apollo Client asks itself. */
  data: Promise<unknown>;
  /** Handed to Apollo Client's cache (takeEarlyData), once. */
  taken: boolean;
  /** Drawn by a page that React has committed: a page drawn later (back from another page) reads Apollo's instead. */
  drawn: boolean;
}

let held: Held | null = null;
// Marked settled the way React's `use` reads it: a page without early data is not suspended for a moment.
const NONE: Promise<null> = Object.assign(Promise.resolve(null), { status: 'fulfilled', value: null });

function operationOf(body: string): string | null {
  try {
    const name = (JSON.parse(body) as { operationName?: unknown }).operationName;
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/** Keeps the early query's answer for its page (mountPortal, once). */
export function holdEarlyData(early: EarlyQuery | null): void {
  const operationName = early ? operationOf(early.body) : null;
  if (!early || !operationName) {
    held = null;
    return;
  }
  const data = early.response
    .then((res) => (res && res.ok ? (res.json() as Promise<{ data?: unknown; errors?: unknown }>) : null))
    .then((json) => (json && json.data && typeof json.data === 'object' && !json.errors ? json.data : null))
    .catch(() => null);
  held = { operationName, data, taken: false, drawn: false };
}

/** Forgets it (the session ended: the next session's data is its own). */
export function discardEarlyData(): void {
  held = null;
}

function pending(operationName: string): Promise<unknown> {
  return held && !held.drawn && held.operationName === operationName ? held.data : NONE;
}

/**
 * The early data of the query `operationName` (suspends until it has answered): null when there is none, or a page
 * drawn before (and kept by React) showed it already (then the page reads its query through Apollo). Inside a Suspense
 * boundary.
 *
 * Not decided by whether it was handed to Apollo (takeEarlyData): React may throw a render away and draw the page
 * again after the hand-over (a part of it suspended while the whole was still drawn as a transition), and that page,
 * given null, showed "Caricamento…" for good while its Apollo query, seeded from the same answer, had nothing new to
 * report (CI, the staff home; issue 25).
 */
export function useEarlyData<T>(operationName: string): T | null {
  // The page's first render decides: later renders of the same page keep showing it until the page reads Apollo's.
  const [data] = useState(() => pending(operationName));
  const value = use(data) as T | null;
  useEffect(() => {
    if (value !== null && held?.operationName === operationName && held.data === data) held.drawn = true;
  }, [value, data, operationName]);
  return value;
}

/** Hands the early data of `operationName` over, once (to seed Apollo's cache); resolves with null when there is none. */
export async function takeEarlyData<T>(operationName: string): Promise<T | null> {
  const h = held;
  if (!h || h.taken || h.operationName !== operationName) return null;
  const data = (await h.data) as T | null;
  if (held !== h || h.taken) return null;
  h.taken = true;
  return data;
}
