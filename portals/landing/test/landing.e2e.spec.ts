import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, fitsViewport, hasBrowser, openE2E, screenshot, type E2E } from '../../e2e/browser.js';
import { expectNoSeriousA11yViolations, signInButton } from '../../e2e/journeys.js';

describe.skipIf(!hasBrowser())('landing page in the browser (/)', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await openE2E({ viewport: PHONE, seedDemo: false });
  });
  afterAll(async () => e2e?.close());

  it('links to the five portals, in Italian, accessibly, under the gateway CSP', async () => {
    const { page, origin } = e2e;
    const response = await page.goto(`${origin}/`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('I portali di Insieme per il lavoro');
    const links = page.locator('main a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/beneficiario/',
      '/azienda/',
      '/ente/',
      '/comitato/',
      '/staff/',
    ]);
    // The footer public-sector sites are expected to have: privacy notice, accessibility statement, contacts.
    expect(await page.locator('footer nav a').allTextContents()).toEqual([
      'Informativa privacy',
      'Dichiarazione di accessibilità',
      'Contatti',
    ]);
    expect(await page.locator('#privacy').textContent()).toContain('ritirare il consenso');
    await expectNoSeriousA11yViolations(page);
    expect(await fitsViewport(page)).toBe(true);
    await screenshot(page, 'landing');
  });

  it('switches to English and back', async () => {
    const { page } = e2e;
    await page.getByRole('button', { name: /Switch to English/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('The Together for work portals');
    await page.getByRole('button', { name: /Passa all’italiano/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('I portali di Insieme per il lavoro');
  });

  it('opens a portal from its link', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'Operatori' }).click();
    await signInButton(page).waitFor();
    // No demo data loaded here: the sign-in page shows no demo login.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('main').textContent()).not.toContain('demo-password');
    expect(new URL(page.url()).pathname).toBe('/staff/');
    expect(e2e.problems).toEqual([]);
  });
});
