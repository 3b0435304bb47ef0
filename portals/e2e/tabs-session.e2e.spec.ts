import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@ixl/demo-data';
import { PHONE, fitsViewport, hasBrowser, openE2E, screenshot, type E2E } from './browser.js';
import { emailField, passwordField, signInButton } from './journeys.js';

/**
 * Issue 20, "sessions across tabs": Ctrl+click on a record used to open a signed-out tab (the session lived in one
 * tab's sessionStorage). Now a user signed in once is signed in in every tab of the browser (the HttpOnly session
 * cookie), and signing out in any tab signs out every tab (BroadcastChannel, and the session revoked on the server).
 */
const WIDE = { width: 1366, height: 900 };
const signedIn = (page: Page) => page.getByRole('button', { name: 'Esci' });

async function signIn(e2e: E2E, page: Page): Promise<void> {
  await page.goto(`${e2e.origin}/staff/`);
  await signInButton(page).waitFor();
  await emailField(page).fill('staff@demo.ixl');
  await passwordField(page).fill(DEMO_PASSWORD);
  await signInButton(page).click();
  // scrypt at full cost on a loaded machine: sign-in may take a while.
  await signedIn(page).waitFor({ timeout: 60_000 });
}

/** Ctrl+click on the first record of the list: the tab it opens (as a user's browser does). */
async function openRecordInNewTab(e2e: E2E, page: Page): Promise<Page> {
  await page.getByRole('navigation').getByRole('link', { name: 'Beneficiari' }).click();
  const first = page.locator('table tbody tr a').first();
  await first.waitFor();
  const [tab] = await Promise.all([e2e.context.waitForEvent('page'), first.click({ modifiers: ['Control'] })]);
  await tab.waitForLoadState();
  return tab;
}

describe.skipIf(!hasBrowser())('one session for every tab of the browser', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await openE2E({ viewport: WIDE });
  });
  afterAll(async () => e2e?.close());

  it('a record opened in a new tab is signed in; signing out there signs out the first tab too', async () => {
    const tab1 = e2e.page;
    await signIn(e2e, tab1);
    // No token in the page's storage: the access token is in memory, the session in an HttpOnly cookie.
    expect(await tab1.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }))).not.toMatch(/eyJ/);
    // Sign-in ends with the refresh token in the cookie (PUT /auth/session/staff): it is there when the page shows it.
    const session = (await e2e.context.cookies()).find((c) => c.name === 'ixl_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth/session/staff' });
    expect(await tab1.evaluate(() => document.cookie)).toBe('');

    const tab2 = await openRecordInNewTab(e2e, tab1);
    const name = (await tab1.locator('table tbody tr a').first().textContent())?.trim();
    expect(new URL(tab2.url()).pathname).toBe('/staff/beneficiari/scheda');
    await signedIn(tab2).waitFor({ timeout: 30_000 });
    // The record itself loads (the API accepts this tab's own access token): its heading is the person's name
    // ("Scheda beneficiario" only while it loads, which a fast start may show for less than a poll's interval).
    await expect.poll(() => tab2.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe(name);
    await expect.poll(() => tab2.getByText('Caricamento…').count(), { timeout: 30_000 }).toBe(0);
    await screenshot(tab2, 'tabs-session-record-in-second-tab-1366');

    await signedIn(tab2).click();
    await signInButton(tab2).waitFor();
    // The first tab follows at once, and says why.
    await signInButton(tab1).waitFor({ timeout: 10_000 });
    await expect.poll(() => tab1.getByRole('alert').textContent()).toContain('La sessione è stata chiusa in un’altra scheda');
    await screenshot(tab1, 'tabs-session-first-tab-signed-out-1366');
    // The session is gone on the server too: a reload of either tab stays signed out.
    await tab1.reload();
    await signInButton(tab1).waitFor();
    expect(await signedIn(tab1).count()).toBe(0);
    await tab2.close();
    expect(e2e.problems).toEqual([]);
  }, 120_000);

  it('on a phone: signing in in one tab signs in the tabs already open; signing out in the first signs out the second', async () => {
    const tab1 = e2e.page;
    await tab1.setViewportSize(PHONE);
    const tab2 = await e2e.context.newPage();
    await tab2.setViewportSize(PHONE);
    await tab2.goto(`${e2e.origin}/staff/beneficiari`);
    await signInButton(tab2).waitFor({ timeout: 30_000 });
    await signIn(e2e, tab1);
    // The signed-out tab was told, and restored the session from the cookie by itself.
    await signedIn(tab2).waitFor({ timeout: 30_000 });
    await expect.poll(() => tab2.getByRole('heading', { level: 1 }).textContent()).toBe('Beneficiari');
    await expect.poll(() => tab2.locator('table tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await fitsViewport(tab2)).toBe(true);
    await screenshot(tab2, 'tabs-session-second-tab-signed-in-390');
    await signedIn(tab1).click();
    await signInButton(tab1).waitFor();
    await signInButton(tab2).waitFor({ timeout: 10_000 });
    await screenshot(tab2, 'tabs-session-second-tab-signed-out-390');
    await tab2.close();
    expect(e2e.problems).toEqual([]);
  }, 120_000);
});
