import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@ixl/demo-data';
import { PHONE, hasBrowser, openE2E, type E2E, screenshotAtWidths } from '../../e2e/browser.js';
import { emailField, passwordField, signInButton } from '../../e2e/journeys.js';
import { MAIN_QUERY, demoFirstName, recordOperations, signInOnce } from './home-session.js';

/**
 * Issue 25: the home's main query (BeneficiaryMyPath) is sent by the HTML's early script as soon as the session is
 * renewed, while the portal's JS is still downloading, and the portal's Apollo Client takes that answer over: one
 * request, not two. Signed out, the script sends nothing and the sign-in form shows.
 */

/**
 * Holds back the portal's entry script (`assets/index-*.js`) until `release()` is called: whatever the page sends
 * meanwhile was sent by the HTML, not by the portal.
 */
async function holdEntryScript(page: Page): Promise<{ release: () => void; served: () => boolean }> {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let served = false;
  await page.route(/\/beneficiario\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    served = true;
    await route.continue();
  });
  return { release, served: () => served };
}

describe.skipIf(!hasBrowser())('beneficiary home: the main query starts from the HTML (/beneficiario/)', () => {
  let e2e: E2E;
  let firstName: string;
  beforeAll(async () => {
    e2e = await openE2E({ viewport: PHONE });
    firstName = await demoFirstName(e2e);
  });
  afterAll(async () => e2e?.close());

  it('signed out: the early script sends no query, the sign-in form shows; signed in from it, the home asks once', async () => {
    const page = await e2e.context.newPage();
    const sent = recordOperations(page);
    await page.goto(`${e2e.origin}/beneficiario/`);
    await signInButton(page).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Accedi');
    expect(sent).not.toContain(MAIN_QUERY); // (the sign-in form asks only whether demo accounts exist)
    expect(await page.evaluate(() => (window as { __ixlQueryStart?: unknown }).__ixlQueryStart)).toBe('taken');

    await emailField(page).fill('beneficiario@demo.ixl');
    await passwordField(page).fill(DEMO_PASSWORD);
    await signInButton(page).click();
    await expect.poll(() => page.locator('main').textContent(), { timeout: 60_000 }).toContain(`Ciao ${firstName}`);
    expect(sent.filter((op) => op === MAIN_QUERY)).toEqual([MAIN_QUERY]);
    await page.close();
  });

  it('signed in: the HTML sends the main query before the portal JS has arrived, and the portal shows its answer without asking again', async () => {
    await signInOnce(e2e.context, e2e.origin);
    const page = await e2e.context.newPage();
    const sent = recordOperations(page);
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    const entry = await holdEntryScript(page);
    const early = page.waitForRequest(
      (req) => req.url().endsWith('/graphql') && (req.postData() ?? '').includes(`"operationName":"${MAIN_QUERY}"`),
    );
    await page.goto(`${e2e.origin}/beneficiario/`, { waitUntil: 'commit' });
    const request = await early;
    expect(entry.served()).toBe(false); // sent by the HTML's early script: the portal's JS is still held back
    expect(request.headers()['authorization']).toMatch(/^Bearer \S+$/);
    expect(request.headers()['content-type']).toBe('application/json');
    const response = await request.response();
    expect(response?.status()).toBe(200);
    entry.release();

    await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toContain(`Ciao ${firstName}`);
    expect(await page.locator('main').textContent()).toContain('Stato del percorso');
    // The portal's own requests came (the other parts of the home): the main query is still the one request.
    await expect.poll(() => sent.length, { timeout: 15_000 }).toBeGreaterThan(1);
    expect(sent.filter((op) => op === MAIN_QUERY)).toEqual([MAIN_QUERY]);
    expect(sent[0]).toBe(MAIN_QUERY);
    expect(problems).toEqual([]);

    // Another page of the portal opened by address: no early query (it is the home's); the home, when visited, asks.
    const courses = await e2e.context.newPage();
    const coursesSent = recordOperations(courses);
    await courses.goto(`${e2e.origin}/beneficiario/corsi`);
    await courses.getByRole('button', { name: 'Esci' }).waitFor({ timeout: 30_000 });
    await courses.getByRole('navigation').getByRole('link', { name: 'Il mio percorso' }).click();
    await expect.poll(() => courses.locator('main').textContent(), { timeout: 30_000 }).toContain(`Ciao ${firstName}`);
    expect(coursesSent.filter((op) => op === MAIN_QUERY)).toEqual([MAIN_QUERY]);
    await courses.close();

    // The home at a phone's and a laptop's width (looked at by hand: Italian, nothing cut off).
    await screenshotAtWidths(page, 'beneficiary-home');
    await page.close();
  });
});
