import { lazy, type ComponentType } from 'react';

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
  return lazy(async () => ({ default: pick(await load()) }));
}
