import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { bootTestStack, liveSubscriptions, type TestStack } from '@ixl/testkit';
import type { ConfigOverrides } from '@ixl/config';
import { openContexts } from './open-contexts.js';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const PORTALS_DIST = resolve(repoRoot, 'portals/dist');
export const SCREENSHOTS = resolve(repoRoot, 'test/artifacts/screenshots');
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };
export const LAPTOP = { width: 1366, height: 768 };

/**
 * Whether a file's browser tests run (`describe.skipIf(!hasBrowser())`): with a browser, or without
 * one in CI, where they then fail in openE2E (see global-setup.ts).
 */
export const hasBrowser = () => inject('chromiumEndpoint') !== '' || inject('chromiumMissing') !== '';

export interface E2E {
  stack: TestStack;
  /** http://127.0.0.1:<port> — portals and API on the same origin. */
  origin: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP violations seen so far (a test asserts none). */
  problems: string[];
  close(): Promise<void>;
}

/** One stack (demo data unless told otherwise, built portals) and one browser context for a test file. */
export async function openE2E(
  options: {
    viewport?: { width: number; height: number };
    seedDemo?: boolean;
    /** Settings of this file's stack, over the test configuration. */ config?: ConfigOverrides;
    /** Mail goes to a real SMTP server (`e2e.stack.smtp`): tests follow the links people get by mail. */
    smtp?: boolean;
  } = {},
): Promise<E2E> {
  const missing = inject('chromiumMissing');
  if (missing) throw new Error(missing);
  const stack = await bootTestStack({
    seedDemo: options.seedDemo ?? true,
    smtp: options.smtp ?? false,
    config: { ...options.config, gateway: { ...options.config?.gateway, portalsDir: PORTALS_DIST } },
  });
  const origin = new URL(stack.url).origin;
  const browser = await chromium.connect(inject('chromiumEndpoint'));
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  openContexts.add(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A failed sign-in is a 200 with errors, never a console error; 4xx resources would be.
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return {
    stack,
    origin,
    browser,
    context,
    page,
    problems,
    async close() {
      openContexts.delete(context);
      await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await stack.stop();
    },
  };
}

/**
 * Waits until a live subscription of the page to events of `eventType` has reached its subgraph: the
 * portal says "live" once its socket is open, but an event published before the subscription itself
 * arrives would never reach the page (a fixed pause loses it on a slow machine).
 */
export async function liveSubscribed(e2e: E2E, eventType: string): Promise<void> {
  await expect.poll(() => liveSubscriptions(e2e.stack.stack, eventType), { timeout: 30_000 }).toBeGreaterThan(0);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, so the page's CSP stays as
 * served) and returns the serious and critical violations (WCAG 2.1 A/AA rules).
 */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Saves the page as test/artifacts/screenshots/<name>.png (full page). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * The page at each width (by default a phone's, 390 px, then a laptop's, 1366 px): after the layout settles, nothing may
 * be wider than the window, and the full page is saved as test/artifacts/screenshots/<name>-<width>.png. `atEach` runs at
 * each width after the screenshot (e.g. to save the part a journey changed). The viewport found is put back at the end.
 */
export async function screenshotAtWidths(
  page: Page,
  name: string,
  options: {
    widths?: readonly { width: number; height: number }[];
    settleMs?: number;
    atEach?: (width: number) => Promise<void>;
  } = {},
): Promise<void> {
  const found = page.viewportSize();
  for (const viewport of options.widths ?? [PHONE, LAPTOP]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(options.settleMs ?? 150);
    expect(await fitsViewport(page), `${name} fits ${viewport.width} px`).toBe(true);
    await screenshot(page, `${name}-${viewport.width}`);
    await options.atEach?.(viewport.width);
  }
  if (found) await page.setViewportSize(found);
}

/** True when nothing on the page is wider than the viewport (usable on a phone). */
export async function fitsViewport(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
