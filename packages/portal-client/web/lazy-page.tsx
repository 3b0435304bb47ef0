import { isValidElement, lazy, type ComponentType, type ReactNode } from 'react';

/**
 * A page whose code is loaded the first time it is shown (its own chunk, with what only it uses, charts
 * included), so a portal's first load carries only the shell and the page the person opens. The portal's
 * layout shows "Caricamento…" meanwhile (a Suspense boundary in PortalApp).
 *
 *   const CoursesPage = lazyPage(() => import('./features/courses/courses-page.js'), (m) => m.CoursesPage);
 */
export function lazyPage<M, P extends object = Record<string, never>>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const get = () =>
    (loading ??= load().then(
      (m) => ({ default: pick(m) }),
      (err: unknown) => {
        loading = null; // a failed download is tried again at the next render
        throw err;
      },
    ));
  return Object.assign(lazy(get), { [PRELOAD]: () => void get().catch(() => undefined) });
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
