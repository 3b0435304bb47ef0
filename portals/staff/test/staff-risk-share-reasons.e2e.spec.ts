import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openE2E, screenshot, type E2E } from '../../e2e/browser.js';
import { signInPage } from '../../e2e/journeys.js';

/**
 * The risk-share audit in the staff portal (issue 21): the system's own reason for an agreement is worded in the reader's
 * language from its code, not shown as the English sentence the API keeps for its readers.
 */
describe.skipIf(!hasBrowser())('staff portal: risk-share audit reasons in words', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await openE2E({});
  });
  afterAll(async () => e2e?.close());

  it('shows the demo agreement’s reason in Italian, and in English after the switch', async () => {
    const staff = await e2e.stack.login('staff@demo.ixl', 'demo-password');
    const r = await e2e.stack.graphql<{ courseEditions: { id: string; riskShare: { changes: { reasonCode: string | null }[] } | null }[] }>(
      '{ courseEditions { id riskShare { changes { reasonCode } } } }',
      { token: staff },
    );
    const edition = r.data?.courseEditions.find((e) => e.riskShare?.changes.some((c) => c.reasonCode === 'DEMO_AGREEMENT'));
    if (!edition) throw new Error(`demo data: an edition with the demo agreement (${JSON.stringify(r.errors)})`);
    const page = await signInPage(e2e.context, `${e2e.origin}/staff/`, 'staff@demo.ixl');
    await page.goto(`${e2e.origin}/staff/corsi/edizione?id=${edition.id}`);
    await expect
      .poll(() => page.locator('main').textContent(), { timeout: 30_000 })
      .toContain('Dati dimostrativi: accordo del corso pubblicato (30% del costo totale a rischio)');
    expect(await page.locator('main').textContent()).not.toContain('Demo: the agreement');
    await screenshot(page, 'staff-risk-share-reasons');
    await page.getByRole('button', { name: /EN/ }).click();
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Demo data: the agreement of the published course (30% of the total cost at risk)');
  });
});
