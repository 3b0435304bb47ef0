import { createContext, useContext } from 'react';
import type { PortalClient } from './client.js';

/**
 * The portal's Apollo Client, loaded on demand (its code is a chunk of its own, apollo-runtime.ts): the first screen is
 * drawn without it, then it loads when the browser is idle, or at once when something needs it (a page that queries,
 * a form that is sent).
 */
export interface LazyApollo {
  /** The client once loaded, null before. */
  current(): PortalClient | null;
  /** Loads it now (unless loaded or loading); a failed load stays failed until `retryFailedLoads()` ("Riprova"). */
  load(): Promise<PortalClient>;
  /** Resolves once it has loaded, without starting the load. */
  loaded(): Promise<PortalClient>;
  subscribe(listener: () => void): () => void;
}

export function lazyApollo(create: () => Promise<PortalClient>): LazyApollo {
  let client: PortalClient | null = null;
  let loading: Promise<PortalClient> | null = null;
  const listeners = new Set<() => void>();
  let resolveLoaded: (c: PortalClient) => void = () => undefined;
  const loaded = new Promise<PortalClient>((resolve) => (resolveLoaded = resolve));
  return {
    current: () => client,
    load: () =>
      (loading ??= create().then(
        (c) => {
          client = c;
          resolveLoaded(c);
          listeners.forEach((l) => l());
          return c;
        },
        (err: unknown) => {
          onRetry(() => (loading = null));
          throw err;
        },
      )),
    loaded: () => loaded,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A client there already (tests, embedded use). */
export function readyApollo(client: PortalClient): LazyApollo {
  const ready = Promise.resolve(client);
  return { current: () => client, load: () => ready, loaded: () => ready, subscribe: () => () => undefined };
}

let active: LazyApollo | null = null;

/** The page's portal Apollo Client (one portal per page): set by mountPortal / PortalApp. */
export function setActiveApollo(apollo: LazyApollo): void {
  active = apollo;
}

/** Resolves once the portal's Apollo Client has loaded, without starting the load (at once when no portal has one to load). */
export function whenApolloLoaded(): Promise<unknown> {
  return active ? active.loaded() : Promise.resolve();
}

/** Loads the portal's Apollo Client (resolves at once when no portal has one to load). */
export function whenApollo(): Promise<unknown> {
  return active ? active.load() : Promise.resolve();
}

/** The portal's lazily loaded Apollo Client (PortalApp provides it). */
export const LazyApolloContext = createContext<LazyApollo | null>(null);

/** The portal's Apollo Client loader, for code drawn before the client has loaded (the sign-in form). */
export function useLazyApollo(): LazyApollo {
  const apollo = useContext(LazyApolloContext);
  if (!apollo) throw new Error('useLazyApollo outside PortalApp');
  return apollo;
}

const retries = new Set<() => void>();

/**
 * Registers how a failed load (of code: Apollo Client, a lazy page) is tried again. A failed load stays failed until
 * then, so that React shows the error (LoadFailed) instead of trying again at every render, "Caricamento…" forever.
 */
export function onRetry(reset: () => void): void {
  retries.add(reset);
}

/** Lets every failed load be tried again (the "Riprova" of LoadFailed). */
export function retryFailedLoads(): void {
  const now = [...retries];
  retries.clear();
  now.forEach((reset) => reset());
}
