import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import { DEMO_PASSWORD } from '@ixl/demo-data';
import { PHONE, PORTALS_DIST, hasBrowser, openE2E, type E2E, screenshotAtWidths } from '../../e2e/browser.js';
import { emailField, passwordField, signInButton } from '../../e2e/journeys.js';
import { MAIN_QUERY, demoFirstName, recordOperations, signInOnce } from './home-session.js';
import { initialJs } from '../../test/js-budget.js';

/**
 * Issue 25: the beneficiary's first screen (the home) is drawn without Apollo Client, which is not in the portal's
 * initial JS: its data is the answer of the early query the HTML sent. Every chunk outside the initial JS (Apollo
 * Client's among them) is held back here: the home shows its data all the same; once they are let through, the portal
 * works as before (the home's cards, another page, a mutation), without asking the home's query again. A failed
 * download of Apollo Client shows an Italian error with "Riprova", which loads it.
 */
const BASE = '/beneficiario/';

/** The portal's JS chunks that are not part of its initial JS (as js-budget.int.spec.ts counts it). */
function lateChunk(url: string, initial: ReadonlySet<string>): boolean {
  const path = new URL(url).pathname;
  if (!path.startsWith(`${BASE}assets/`) || !path.endsWith('.js')) return false;
  const file = path.slice(BASE.length);
  return !initial.has(file) && !file.startsWith('assets/session-start-');
}

describe.skipIf(!hasBrowser())('beneficiary first screen without Apollo Client (/beneficiario/)', () => {
  let e2e: E2E;
  let firstName: string;
  let initial: Set<string>;
  beforeAll(async () => {
    e2e = await openE2E({ viewport: PHONE });
    initial = new Set(initialJs(join(PORTALS_DIST, 'beneficiario'), BASE).files);
    firstName = await demoFirstName(e2e);
    await signInOnce(e2e.context, e2e.origin);
  });
  afterAll(async () => e2e?.close());

  it('draws the home with its data while Apollo Client is held back, then the cards, another page and a mutation work', async () => {
    const page = await e2e.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    const sent = recordOperations(page);
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked: string[] = [];
    let served = 0;
    await page.route(
      (url) => lateChunk(url.href, initial),
      async (route: Route) => {
        asked.push(new URL(route.request().url()).pathname);
        await held;
        served++;
        await route.continue();
      },
    );

    const answers: string[] = [];
    page.on('response', (res) => {
      if (res.url().endsWith('/graphql'))
        void res.text().then(
          (t) => answers.push(`${res.status()} ${t.slice(0, 200)}`),
          () => undefined,
        );
    });
    await page.goto(`${e2e.origin}${BASE}`);
    const main = page.locator('main');
    await expect
      .poll(() => main.textContent(), { timeout: 15_000 })
      .toContain(`Ciao ${firstName}`)
      .catch(async (err: unknown) => {
        console.info(
          'the home was not drawn; what the page sent, asked for and got:',
          JSON.stringify({
            sent,
            asked,
            answers,
            early: await page.evaluate(() => String((window as { __ixlQueryStart?: unknown }).__ixlQueryStart)),
          }),
        );
        throw err;
      });
    const drawn = (await main.textContent()) ?? '';
    expect(drawn).toContain('Stato del percorso');
    expect(drawn).toContain('Il mio appuntamento');
    // Apollo Client was asked for once the home was drawn, and none of the late chunks has arrived.
    await expect.poll(() => asked.some((p) => /\/apollo-runtime-[^/]+\.js$/.test(p)), { timeout: 15_000 }).toBe(true);
    expect(served).toBe(0);
    // The cards that need Apollo Client keep their place meanwhile.
    expect(await page.getByRole('heading', { name: 'Offerte adatte a me' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'I tuoi corsi' }).isVisible()).toBe(true);
    expect(sent).toEqual([MAIN_QUERY]); // sent by the HTML

    release();
    // The cards ask their own queries; the home's query is not asked again (Apollo's cache got the early answer).
    await expect
      .poll(() => sent.includes('BeneficiaryMyOffers') && sent.includes('BeneficiaryMyEnrolments'), { timeout: 30_000 })
      .toBe(true);
    await expect.poll(async () => (await main.textContent())?.includes('Caricamento…'), { timeout: 30_000 }).toBe(false);
    expect(sent.filter((op) => op === MAIN_QUERY)).toEqual([MAIN_QUERY]);
    expect(await main.textContent()).toContain(`Ciao ${firstName}`);
    // The whole home at a phone's and a laptop's width (looked at by hand: Italian, Italian dates, nothing cut off).
    await screenshotAtWidths(page, 'beneficiary-first-screen-home');
    await page.setViewportSize(PHONE);

    // Another page, and a mutation there.
    await page.getByRole('navigation').getByRole('link', { name: 'Privacy ed email' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy ed email' }).waitFor({ timeout: 30_000 });
    const optOut = page.getByLabel('Non voglio ricevere avvisi di offerte e newsletter');
    await optOut.waitFor({ timeout: 30_000 });
    const before = await optOut.isChecked();
    await optOut.click();
    await page
      .getByText(
        before
          ? 'Fatto: riceverai di nuovo gli avvisi di offerte e le newsletter.'
          : 'Fatto: non riceverai più avvisi di offerte e newsletter.',
      )
      .waitFor({ timeout: 30_000 });
    expect(sent).toContain('BeneficiarySetMailOptOut');
    await optOut.click(); // as it was
    await page
      .getByText(
        before
          ? 'Fatto: non riceverai più avvisi di offerte e newsletter.'
          : 'Fatto: riceverai di nuovo gli avvisi di offerte e le newsletter.',
      )
      .waitFor({ timeout: 30_000 });

    // Back home: drawn from Apollo Client now (its cache at once, then asked again as any page's query).
    await page.getByRole('navigation').getByRole('link', { name: 'Il mio percorso' }).click();
    await expect.poll(() => main.textContent(), { timeout: 30_000 }).toContain(`Ciao ${firstName}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('signed out, the sign-in form is drawn without Apollo Client, and signs in once it has loaded', async () => {
    const context = await e2e.browser.newContext({ viewport: PHONE, locale: 'it-IT', timezoneId: 'Europe/Rome' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => lateChunk(url.href, initial),
      async (route: Route) => {
        await held;
        await route.continue();
      },
    );
    await page.goto(`${e2e.origin}${BASE}`);
    await signInButton(page).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Accedi');
    expect(await page.getByText('Non hai ancora un account?').isVisible()).toBe(true);
    // At a phone's and a laptop's width (looked at by hand: Italian, nothing cut off).
    await screenshotAtWidths(page, 'beneficiary-sign-in');
    await emailField(page).fill('beneficiario@demo.ixl');
    await passwordField(page).fill(DEMO_PASSWORD);
    await signInButton(page).click();
    expect(await page.getByRole('button', { name: 'Accesso in corso…' }).isVisible()).toBe(true);
    release();
    await expect.poll(() => page.locator('main').textContent(), { timeout: 60_000 }).toContain(`Ciao ${firstName}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a failed download of Apollo Client shows an Italian error with "Riprova", which loads it', async () => {
    const page = await e2e.context.newPage();
    let offline = true; // (every try fails, the preload's and the page's, until "Riprova")
    await page.route(/\/beneficiario\/assets\/apollo-runtime-[^/]+\.js$/, async (route) => {
      if (offline) await route.abort('connectionreset');
      else await route.continue();
    });
    // A page that needs Apollo Client at once.
    await page.goto(`${e2e.origin}${BASE}corsi`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toBe('Non è stato possibile caricare questa parte del portale. Controlla la connessione e riprova.');
    offline = false;
    await page.getByRole('button', { name: 'Riprova' }).click();
    await page.getByRole('heading', { level: 1, name: 'Corsi' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });
});
