import { addMessages } from '@ixl/ui';

let loading: Promise<void> | null = null;

/**
 * Loads the pages' texts (page-messages.ts) once and adds them to the portal's (addMessages); a failed download is
 * tried again at the next call (the "Riprova" of a page that failed to load).
 */
export function loadPageTexts(): Promise<void> {
  return (loading ??= import('./page-messages.js').then(
    (m) => addMessages(m.STAFF_PAGE_MESSAGES),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  ));
}

/** A page's loader that also loads the pages' texts (alongside, not after): the page is drawn once both are there. */
export function withPageTexts<M>(load: () => Promise<M>): () => Promise<M> {
  return () => Promise.all([load(), loadPageTexts()]).then(([m]) => m);
}
