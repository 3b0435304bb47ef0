import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ERROR_REASONS } from '@ixl/contracts';
import type { Catalog } from '@ixl/ui';
import { portalCatalog } from '@ixl/ui/catalogues';
import { BENEFICIARY_MESSAGES } from '../beneficiary/src/messages.js';
import { COMPANY_MESSAGES } from '../company/src/messages.js';
import { TRAINING_MESSAGES } from '../training/src/messages.js';
import { COMMITTEE_MESSAGES } from '../committee/src/messages.js';
import { STAFF_MESSAGES } from '../staff/src/messages.js';
import { DESKTOP, PHONE, fitsViewport, hasBrowser, openE2E, repoRoot, screenshot, type E2E } from './browser.js';
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

/**
 * Single-word enum values of the API (NATIVE, REFUSED, STAFF…): shown raw they are codes. Values that are Italian words
 * in capitals (a title or a name may be written so) are left out.
 */
const NOT_CODES = new Set(['COMUNE', 'REGIONE', 'FORTE', 'PRONTO', 'ASSUNZIONE', 'STAGE', 'TIROCINIO', 'CARITAS']);
const SINGLE_WORD_CODES = [
  ...new Set(
    Object.keys(portalCatalog({ it: {}, en: {} }).it)
      .map((k) => /^enum\.\w+\.([A-Z]{4,})$/.exec(k)?.[1])
      .filter((v): v is string => !!v && !NOT_CODES.has(v)),
  ),
];
const SINGLE_WORD_CODE = new RegExp(`\\b(?:${SINGLE_WORD_CODES.join('|')})\\b`, 'g');

/** What must not be read on an Italian page, with why. */
export function italianTextProblems(text: string): string[] {
  const problems: string[] = [];
  const rules: [RegExp, string][] = [
    [/\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/g, 'raw enum value'],
    [/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g, 'ISO timestamp'],
    [/\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b/g, 'number with English thousands separator'],
    [/\b\d+\.\d+\s?(?:ore|%|€)/g, 'number with English decimal point'],
    [/€[ \u00a0]?\d/g, 'euro sign before the amount (English style)'],
    [SINGLE_WORD_CODE, 'raw enum value'],
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
    expect(italianTextProblems('Livello di italiano\tNATIVE')).toEqual(['raw enum value: "NATIVE"']);
    expect(italianTextProblems('Formazione HACCP, qualifica OSS')).toEqual([]);
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

  it.each(PORTALS)(
    '$path',
    async ({ path, email }) => {
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
    },
    900_000,
  );
});

/**
 * Every page of every portal (detail pages reached through the first link to them, print views as printed),
 * in Italian at 1366 px and 390 px with the demo data: the same rules as the main pages. The text of each page
 * lands in test/artifacts/italian-walk/<portal>-<page>.txt and its screenshots in
 * test/artifacts/screenshots/walk-<portal>-<page>-<desktop|phone>[-print].png, for a person to read.
 */
const WIDE = { width: 1366, height: 900 };
const WALK: {
  portal: string;
  email: string;
  pages: string[];
  /** Detail pages, through the first link to each; `*` after the path: through every link to it (each session). */
  details: string[];
  print?: string[];
  publicPages?: string[];
}[] = [
  {
    portal: 'beneficiario',
    email: 'beneficiario@demo.ixl',
    pages: ['/', '/corsi', '/documenti', '/profilo', '/dati'],
    details: [],
    publicPages: ['/registrati', '/questionario'],
  },
  {
    portal: 'azienda',
    email: 'azienda@demo.ixl',
    pages: ['/', '/fabbisogni/nuovo', '/inserimenti'],
    details: ['/candidati', '/fabbisogni/modifica'],
  },
  { portal: 'ente', email: 'ente@demo.ixl', pages: ['/'], details: ['/edizione'] },
  { portal: 'comitato', email: 'comitato@demo.ixl', pages: ['/'], details: ['/seduta*'], print: ['/seduta'] },
  {
    portal: 'staff',
    email: 'admin@demo.ixl',
    pages: [
      '/',
      '/beneficiari',
      '/code',
      '/posta',
      '/fabbisogni',
      '/inserimenti',
      '/corsi',
      '/progetti',
      '/comitati',
      '/finanza',
      '/monitoraggio',
      '/vocabolario',
      '/registro-accessi',
      '/lavori',
    ],
    details: ['/beneficiari/scheda', '/beneficiari/valutazione', '/fabbisogni/abbinamento', '/corsi/edizione', '/finanza/prestito'],
    print: ['/monitoraggio'],
  },
];

const WALK_TEXTS = resolve(repoRoot, 'test/artifacts/italian-walk');
const slug = (portal: string, path: string) => `${portal}${path === '/' ? '-home' : path.replace(/\//g, '-')}`;

/** Waits until the page has its data: no request in flight and no loading message. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect
    .poll(() =>
      page
        .locator('main [role="status"]')
        .filter({ hasText: /Caricamento|Loading/ })
        .count(),
    )
    .toBe(0);
}

/** Reads the page as shown (and as printed when asked), saves its text and screenshots, returns its problems. */
async function readPage(page: Page, name: string, print: boolean): Promise<string[]> {
  await settle(page);
  await page.setViewportSize(WIDE);
  const text = await page.locator('body').innerText();
  mkdirSync(WALK_TEXTS, { recursive: true });
  writeFileSync(resolve(WALK_TEXTS, `${name}.txt`), text);
  await screenshot(page, `walk-${name}-desktop`);
  const problems = italianTextProblems(text).map((p) => `${name}: ${p}`);
  if (print) {
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    writeFileSync(resolve(WALK_TEXTS, `${name}-print.txt`), printed);
    problems.push(...italianTextProblems(printed).map((p) => `${name} (print): ${p}`));
    await screenshot(page, `walk-${name}-desktop-print`);
    await page.emulateMedia({ media: 'screen' });
  }
  await page.setViewportSize(PHONE);
  await screenshot(page, `walk-${name}-phone`);
  if (!(await fitsViewport(page))) problems.push(`${name}: wider than a 390 px phone`);
  await page.setViewportSize(WIDE);
  return problems;
}

describe.skipIf(!hasBrowser())('every page of every portal reads as Italian', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await openE2E({ viewport: WIDE });
  });
  afterAll(async () => e2e?.close());

  it.each(WALK)(
    '$portal',
    async ({ portal, email, pages, details, print = [], publicPages = [] }) => {
      const { page, origin } = e2e;
      const problems: string[] = [];
      for (const path of publicPages) {
        await page.goto(`${origin}/${portal}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        problems.push(...(await readPage(page, slug(portal, path), false)));
      }
      await page.goto(`${origin}/${portal}/`);
      await emailField(page).fill(email);
      await passwordField(page).fill('demo-password');
      await signInButton(page).click();
      await page.getByRole('button', { name: 'Esci' }).waitFor({ timeout: 60_000 });
      const links = new Set<string>();
      for (const path of pages) {
        await page.goto(`${origin}/${portal}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        problems.push(...(await readPage(page, slug(portal, path), print.includes(path))));
        for (const href of await page.locator('main a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
          links.add(href);
      }
      for (const detail of details) {
        const path = detail.replace(/\*$/, '');
        // The first link to the detail page met on the pages above (a list leads to its records), or every one.
        const hrefs = [...links].filter((h) => new URL(h).pathname === `/${portal}${path}`);
        expect(hrefs.length, `no link to /${portal}${path} on ${pages.join(', ')}`).toBeGreaterThan(0);
        for (const [i, href] of (detail.endsWith('*') ? hrefs : hrefs.slice(0, 1)).entries()) {
          await page.goto(href);
          await page.getByRole('heading', { level: 1 }).waitFor();
          problems.push(...(await readPage(page, `${slug(portal, path)}${i ? `-${i + 1}` : ''}`, print.includes(path))));
          for (const more of await page.locator('main a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
            links.add(more);
        }
      }
      await page.getByRole('button', { name: 'Esci' }).click();
      await signInButton(page).waitFor();
      expect(problems).toEqual([]);
    },
    900_000,
  );
});

/** Italian texts of a portal that have a different English text: seen in the English UI, they are fallbacks. */
function italianOnlyTexts(messages: Catalog): string[] {
  const catalog = portalCatalog(messages);
  const texts = new Set<string>();
  for (const [key, it] of Object.entries(catalog.it)) {
    if (catalog.en[key] === it) continue;
    // The longest part without placeholders, e.g. "Primi colloqui in ritardo: " of an ICU message.
    const part = it
      .split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/)
      .map((s) => s.trim())
      .sort((a, b) => b.length - a.length)[0];
    // Long enough to be a sentence of the UI, not a name the data shares ("Comitato di valutazione").
    if (part && part.length >= 25 && part.includes(' ') && !Object.values(catalog.en).some((en) => en.includes(part))) texts.add(part);
  }
  return [...texts];
}

const ENGLISH = [
  { path: 'beneficiario', email: 'beneficiario@demo.ixl', messages: BENEFICIARY_MESSAGES },
  { path: 'azienda', email: 'azienda@demo.ixl', messages: COMPANY_MESSAGES },
  { path: 'ente', email: 'ente@demo.ixl', messages: TRAINING_MESSAGES },
  { path: 'comitato', email: 'comitato@demo.ixl', messages: COMMITTEE_MESSAGES },
  { path: 'staff', email: 'staff@demo.ixl', messages: STAFF_MESSAGES },
] as const;

describe.skipIf(!hasBrowser())('the English switch: every portal’s main page in English, without Italian fallbacks', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await openE2E({ viewport: DESKTOP });
  });
  afterAll(async () => e2e?.close());
  // Whatever happened, the next portal starts in Italian (the choice is kept in the browser's storage).
  afterEach(async () => {
    await e2e.page.evaluate(() => localStorage.setItem('ixl.lang', 'it')).catch(() => undefined);
  });

  it.each(ENGLISH)(
    '$path',
    async ({ path, email, messages }) => {
      const { page, origin } = e2e;
      await page.goto(`${origin}/${path}/`);
      await signInButton(page).waitFor();
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
      await page.getByLabel('Email', { exact: true }).fill(email);
      await page.getByLabel('Password', { exact: true }).fill('demo-password');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 60_000 });
      await settle(page);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      const text = await page.locator('body').innerText();
      mkdirSync(WALK_TEXTS, { recursive: true });
      writeFileSync(resolve(WALK_TEXTS, `english-${path}.txt`), text);
      await screenshot(page, `english-${path}-desktop`);
      const fallbacks = italianOnlyTexts(messages).filter((it) => text.includes(it));
      expect(fallbacks, `${path}: Italian texts in the English UI`).toEqual([]);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
      // Back to Italian for the next portal (the choice is kept in this browser).
      await page.getByRole('button', { name: 'Passa all’italiano' }).click();
      await signInButton(page).waitFor();
    },
    300_000,
  );
});
