import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openE2E, type E2E } from '../../e2e/browser.js';
import { checkMainPage, expectAccountCard, signInWithWrongThenRightPassword, signOut } from '../../e2e/journeys.js';

interface Editions {
  courseEditions: { title: string; trainingBody: { name: string } }[];
}

describe.skipIf(!hasBrowser())('training body portal in the browser (/ente/)', () => {
  let e2e: E2E;
  let editions: Editions['courseEditions'];
  beforeAll(async () => {
    e2e = await openE2E();
    const token = await e2e.stack.login('ente@demo.ixl', 'demo-password');
    const r = await e2e.stack.graphql<Editions>('{ courseEditions { title trainingBody { name } } }', { token });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    editions = r.data.courseEditions;
  });
  afterAll(async () => e2e?.close());

  it('signs in, then lists its own course editions', async () => {
    expect(editions.length).toBeGreaterThan(0);
    expect(new Set(editions.map((e) => e.trainingBody.name)).size).toBe(1);
    await signInWithWrongThenRightPassword(e2e, 'ente', 'ente@demo.ixl');
    const { page } = e2e;
    await expect.poll(() => page.locator('tbody tr').count()).toBe(editions.length);
    await expect.poll(() => page.locator('caption').textContent()).toBe(editions.length === 1 ? 'Una edizione' : `${editions.length} edizioni`);
    const body = (await page.locator('tbody').textContent()) ?? '';
    for (const e of editions) expect(body).toContain(e.title);
    await expectAccountCard(page, 'ente@demo.ixl', 'Ente di formazione');
    await checkMainPage(e2e, 'ente');
  });

  it('signs out', async () => {
    await signOut(e2e, 'ente');
    expect(e2e.problems).toEqual([]);
  });
});
