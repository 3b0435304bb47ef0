/**
 * The main page's first query, sent by the portal's HTML as soon as the session is renewed (portals/vite.base.ts,
 * `sessionStartScript`), long before the portal's JS has arrived: the page's data comes while the JS downloads,
 * instead of being asked for only after it has run (issue 25).
 */
export interface EarlyQuery {
  /** The request's body, exactly as the portal's Apollo Client sends it for that query. */
  body: string;
  /** Its answer; null when it was not sent (no session) or failed before answering (then the portal asks itself). */
  response: Promise<Response | null>;
}

/** The early query of the HTML, taken over once (null when there is none, or it was taken already). */
export function takeEarlyQuery(): EarlyQuery | null {
  const w = globalThis as { __ixlQueryStart?: unknown };
  const early = w.__ixlQueryStart;
  w.__ixlQueryStart = 'taken';
  if (!early || typeof early !== 'object') return null;
  const { body, response } = early as Partial<EarlyQuery>;
  return typeof body === 'string' && response && typeof response.then === 'function' ? { body, response } : null;
}

export interface EarlyQueryFetch {
  /** Apollo's HttpLink fetch: the early answer for the first request with exactly the early body, fetch otherwise. */
  fetch: typeof fetch;
  /** Forgets the early answer (the session ended: the next session's requests are its own). */
  discard(): void;
}

/**
 * A fetch for Apollo Client's HttpLink that answers the first request whose body is exactly the early query's with the
 * early answer, once (Apollo reads it as its own: the cache is filled, errors are handled as usual); every other
 * request, and that one when the early answer failed, is sent.
 */
export function fetchTakingEarlyQuery(early: EarlyQuery | null, fetchImpl: typeof fetch = (...args) => fetch(...args)): EarlyQueryFetch {
  let pending = early;
  return {
    fetch(input, init) {
      const taken = pending;
      if (taken && init?.body === taken.body) {
        pending = null;
        return taken.response.then(
          (res) => res ?? fetchImpl(input, init),
          () => fetchImpl(input, init),
        );
      }
      return fetchImpl(input, init);
    },
    discard() {
      pending = null;
    },
  };
}
