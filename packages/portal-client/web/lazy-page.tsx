import { isValidElement, use, type ComponentType, type ReactNode } from 'react';
import { onRetry, whenApollo, whenApolloLoaded } from './apollo-loader.js';

/**
 * A page whose code is loaded the first time it is shown (its own chunk, with what only it uses, charts
 * included), so a portal's first load carries only the shell and the page the person opens. The portal's
 * layout shows "Caricamento…" meanwhile (a Suspense boundary in PortalApp).
 *
 *   const CoursesPage = lazyPage(() => import('./features/courses/courses-page.js'), (m) => m.CoursesPage);
 *
 * It is drawn once the portal's Apollo Client has loaded too (apollo-loader.ts), both loading together; a page of the
 * first screen that reads its data without Apollo Client (`{ firstScreen: true }`) is drawn as soon as its code is
 * there. A failed download is shown (the shell's LoadFailed), and tried again at its "Riprova".
 */
export function lazyPage<M, P extends object = Record<string, never>>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  options: { firstScreen?: boolean } = {},
): ComponentType<P> {
  return lazyComponent(() => Promise.all([load(), options.firstScreen ? null : whenApollo()]).then(([m]) => m), pick);
}

/**
 * A part of a first-screen page that needs Apollo Client (a card with its own query, live updates): its code is loaded
 * once the portal's Apollo Client has (not sooner: the first screen is drawn first), and it is drawn then. Inside a
 * Suspense boundary of its own, whose fallback holds its place.
 */
export function lazyPart<M, P extends object = Record<string, never>>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> {
  return lazyComponent(() => whenApolloLoaded().then(load), pick);
}

function lazyComponent<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  const get = () =>
    (loading ??= load().then(
      (m) => pick(m),
      (err: unknown) => {
        onRetry(() => (loading = null));
        throw err;
      },
    ));
  function LazyPage(props: P) {
    const Page = use(get());
    return <Page {...props} />;
  }
  return Object.assign(LazyPage, { [PRELOAD]: () => void get().catch(() => undefined) });
}

const PRELOAD = Symbol('ixl.preload');

/**
 * Starts downloading the page a route renders, if it is a lazy page: the portal calls it for the address it opens
 * with, so that the page's chunk comes while the session is restored instead of after.
 */
export function preloadPage(rendered: ReactNode): void {
  if (!isValidElement(rendered)) return;
  const preload = (rendered.type as { [PRELOAD]?: () => void })[PRELOAD];
  if (typeof preload === 'function') preload();
}
