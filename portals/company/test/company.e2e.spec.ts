import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openE2E, type E2E } from '../../e2e/browser.js';
import { checkMainPage, expectAccountCard, signInWithWrongThenRightPassword, signOut } from '../../e2e/journeys.js';

interface Own {
  me: { companyId: string };
  companies: { id: string; name: string }[];
  vacancies: { title: string; company: { id: string } }[];
}

describe.skipIf(!hasBrowser())('company portal in the browser (/azienda/)', () => {
  let e2e: E2E;
  let own: Own;
  beforeAll(async () => {
    e2e = await openE2E();
    const token = await e2e.stack.login('azienda@demo.ixl', 'demo-password');
    const r = await e2e.stack.graphql<Own>('{ me { companyId } companies { id name } vacancies { title company { id } } }', { token });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    own = r.data;
  });
  afterAll(async () => e2e?.close());

  it('signs in, then shows its own company and its vacancies (and no other company)', async () => {
    expect(own.companies.map((c) => c.id)).toEqual([own.me.companyId]);
    expect(own.vacancies.length).toBeGreaterThan(0);
    await signInWithWrongThenRightPassword(e2e, 'azienda', 'azienda@demo.ixl');
    const { page } = e2e;
    const company = own.companies[0]?.name ?? '';
    expect(company).toContain('Rekeep');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: company }).count()).toBe(1);
    const rows = page.getByRole('region', { name: 'Fabbisogni di personale' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(own.vacancies.length);
    for (const v of own.vacancies) expect(await page.locator('tbody').first().textContent()).toContain(v.title);
    expect(await page.locator('main').textContent()).not.toContain('TPER');
    await expectAccountCard(page, 'azienda@demo.ixl', 'Azienda');
    await checkMainPage(e2e, 'azienda');
  });

  it('signs out', async () => {
    await signOut(e2e, 'azienda');
    expect(e2e.problems).toEqual([]);
  });
});
