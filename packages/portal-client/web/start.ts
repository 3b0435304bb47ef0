/**
 * A portal's start in slices (issue 25): its libraries are evaluated one per task, each step awaited and followed by
 * a return to the browser's event loop, instead of ~600 KB of JavaScript evaluated in one long task (on a phone's
 * slow CPU a single task of several hundred ms, which keeps the page from answering). Each step is a dynamic
 * `import()` of a module the portal then imports statically (a module is evaluated once): the HTML preloads every
 * chunk (portals/vite.base.ts), so slicing adds no round trip. Import modules that use a library, not the library
 * itself: a dynamic import keeps every export of what it imports (`import('graphql')` brought all of graphql, 173 KB).
 * Kept apart from the package's index, which would pull in everything at once.
 *
 *   await startInSlices([() => import('react-dom/client'), () => import('@ixl/portal-client/client')]);
 *   const { mountPortal } = await import('@ixl/portal-client');
 */
export async function startInSlices(steps: readonly (() => Promise<unknown>)[]): Promise<void> {
  for (const step of steps) {
    await step();
    await nextTask();
  }
}

/** Resolves in a new task (a message to this window: not clamped like nested timers). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
