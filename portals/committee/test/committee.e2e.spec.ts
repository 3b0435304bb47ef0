import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openE2E, type E2E } from '../../e2e/browser.js';
import { checkMainPage, expectAccountCard, signInWithWrongThenRightPassword, signOut } from '../../e2e/journeys.js';

describe.skipIf(!hasBrowser())('committee portal in the browser (/comitato/)', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await openE2E();
  });
  afterAll(async () => e2e?.close());

  it('signs in, then shows "my sessions" (an honest empty state for now) and who you are', async () => {
    await signInWithWrongThenRightPassword(e2e, 'comitato', 'comitato@demo.ixl');
    const { page } = e2e;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Le mie sedute');
    expect(await page.getByRole('heading', { level: 2, name: 'Non ci sono sedute da mostrare.' }).count()).toBe(1);
    await expectAccountCard(page, 'comitato@demo.ixl', 'Membro di comitato');
    await checkMainPage(e2e, 'comitato');
  });

  it('answers an unknown address inside the portal with its own "not found" page', async () => {
    const { page, origin } = e2e;
    await page.goto(`${origin}/comitato/non-esiste`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Pagina non trovata');
    await page.getByRole('link', { name: 'Torna alla pagina principale' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Le mie sedute');
  });

  it('signs out', async () => {
    await signOut(e2e, 'comitato');
    expect(e2e.problems).toEqual([]);
  });
});
