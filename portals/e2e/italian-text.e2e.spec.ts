import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_REASONS } from '@ixl/contracts';
import { DESKTOP, PHONE, hasBrowser, openE2E, screenshot, type E2E } from './browser.js';
import { emailField, passwordField, signInButton } from './journeys.js';

/**
 * What a new user reads on the main page of every portal, in Italian: no raw enum value (UPPER_SNAKE), no ISO
 * timestamp, no English sentence of the API, no number written the English way. Screenshots at 390 px and desktop
 * land in test/artifacts/screenshots/italian-<portal>-<phone|desktop>.png.
 */

const PORTALS = [
  { path: 'beneficiario', email: 'beneficiario@demo.ixl' },
  { path: 'azienda', email: 'azienda@demo.ixl' },
  { path: 'ente', email: 'ente@demo.ixl' },
  { path: 'comitato', email: 'comitato@demo.ixl' },
  { path: 'staff', email: 'staff@demo.ixl' },
] as const;

/** English sentences the API can send (the fixed part of each reason's message, long enough to be a sentence). */
const API_SENTENCES = Object.values(ERROR_REASONS)
  .map((r) => r.message.split('{')[0]?.trim() ?? '')
  .filter((s) => s.length >= 18);

/** What must not be read on an Italian page, with why. */
export function italianTextProblems(text: string): string[] {
  const problems: string[] = [];
  const rules: [RegExp, string][] = [
    [/\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/g, 'raw enum value'],
    [/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g, 'ISO timestamp'],
    [/\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b/g, 'number with English thousands separator'],
    [/\b\d+\.\d+\s?(?:ore|%|€)/g, 'number with English decimal point'],
    [/€[ \u00a0]?\d/g, 'euro sign before the amount (English style)'],
  ];
  for (const [pattern, why] of rules) for (const m of text.matchAll(pattern)) problems.push(`${why}: "${m[0]}"`);
  for (const sentence of API_SENTENCES) if (text.includes(sentence)) problems.push(`English API sentence: "${sentence}"`);
  return problems;
}

describe('italianTextProblems', () => {
  it('catches each kind of leak and passes correct Italian', () => {
    expect(italianTextProblems('Ora sei: Iscritta · 3.000,00 € · 2,5 ore · 10/12/2026 alle 10:30')).toEqual([]);
    // A table cell ending with € next to a cell with a number is not an amount.
    expect(italianTextProblems('3.000,00\u00a0€\t0,0%')).toEqual([]);
    expect(italianTextProblems('€25,000.00')).toHaveLength(2);
    expect(italianTextProblems('Corso CV_DINAMICO')).toEqual(['raw enum value: "CV_DINAMICO"']);
    expect(italianTextProblems('Interview on 2026-12-10T09:30:00.000Z')).toEqual(['ISO timestamp: "2026-12-10T09:30"']);
    expect(italianTextProblems('Totale 88,000.00')).toHaveLength(1);
    expect(italianTextProblems('2.5 ore')).toEqual(['number with English decimal point: "2.5 ore"']);
    expect(italianTextProblems('Too many login attempts: try again in 510 s')).toEqual([
      'English API sentence: "Too many login attempts: try again in"',
    ]);
  });
});

describe.skipIf(!hasBrowser())('every portal’s main page reads as Italian', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await openE2E({ viewport: DESKTOP });
  });
  afterAll(async () => e2e?.close());

  it.each(PORTALS)('$path', async ({ path, email }) => {
    const { page, origin } = e2e;
    await page.setViewportSize(DESKTOP);
    await page.goto(`${origin}/${path}/`);
    // The sign-in page with the demo data loaded shows the demo login, in Italian too.
    await signInButton(page).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain('Account di prova');
    await emailField(page).fill(email);
    await passwordField(page).fill('demo-password');
    await signInButton(page).click();
    await page.getByRole('button', { name: 'Esci' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('main [role="status"]').filter({ hasText: 'Caricamento' }).count()).toBe(0);
    const text = await page.locator('body').innerText();
    expect(italianTextProblems(text), `${path}: ${text.slice(0, 400)}`).toEqual([]);
    await screenshot(page, `italian-${path}-desktop`);
    await page.setViewportSize(PHONE);
    await screenshot(page, `italian-${path}-phone`);
    await page.getByRole('button', { name: 'Esci' }).click();
    await signInButton(page).waitFor();
  });
});
