import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import puppeteer from 'puppeteer-core';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const LIGHTHOUSE_VERSION = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;

/**
 * Portal load as a person on a phone feels it: Lighthouse (its default config: the mobile preset, Moto G Power
 * screen, simulated slow 4G and a 4× slower CPU) on the main page of each portal, signed in, served by the built
 * stack the way `npm start` serves it (the gateway serves portals/dist). Debian's Chromium, headless; nothing is
 * downloaded. IXL_LIGHTHOUSE_REPORTS=<folder> keeps each run's whole report (JSON) there.
 */
export interface LighthousePortal {
  /** The portal's folder under the gateway (`beneficiario`, `azienda`, …). */
  path: string;
  /** Who signs in (a demo account of the portal's role). */
  email: string;
}

export interface LighthouseRun {
  path: string;
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
  /** Cumulative layout shift of the load (Lighthouse's figure, unitless). */
  cls: number;
  /** The elements that moved most (Lighthouse's `layout-shifts` audit: selector and score), at most three. */
  shifted: string[];
  /** The failing accessibility audits (id: title, n items). */
  accessibilityFailures: string[];
  /** Lighthouse's measure of this machine's speed at the time (a higher index: a faster machine; ~1000+ desktop class). */
  benchmarkIndex: number;
  /** The page's own JS transferred (bytes over the wire, gzip), from the network records. */
  scriptBytes: number;
}

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Signs in through the gateway and moves the session into the portal's HttpOnly cookie, as the portal does. */
async function sessionCookie(origin: string, portal: string, email: string): Promise<{ name: string; value: string; path: string }> {
  const login = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(email: "${email}", password: "demo-password") { refreshToken } }` }),
  });
  const body = (await login.json()) as { data?: { login: { refreshToken: string } } };
  const refreshToken = body.data?.login.refreshToken;
  if (!refreshToken) throw new Error(`login of ${email} failed: ${JSON.stringify(body).slice(0, 300)}`);
  const adopt = await fetch(`${origin}/auth/session/${portal}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'x-ixl-session': '1' },
    body: JSON.stringify({ refreshToken }),
  });
  const setCookie = adopt.headers.get('set-cookie');
  if (!adopt.ok || !setCookie) throw new Error(`session cookie of ${portal}: ${adopt.status}`);
  const [pair = '', ...attributes] = setCookie.split(';').map((s) => s.trim());
  const eq = pair.indexOf('=');
  const path = attributes.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), path };
}

/** One Lighthouse navigation of `/<path>/` in a fresh headless Chromium with the signed-in session cookie set. */
async function auditOnce(origin: string, portal: LighthousePortal): Promise<LighthouseRun> {
  const cookie = await sessionCookie(origin, portal.path, portal.email);
  const chrome = await launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'error',
  });
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    const page = await browser.newPage();
    await browser.setCookie({ ...cookie, domain: new URL(origin).hostname, httpOnly: true, sameSite: 'Strict' });
    const result = await lighthouse(
      `${origin}/${portal.path}/`,
      { logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility'] },
      undefined,
      page,
    );
    await browser.disconnect();
    if (!result) throw new Error(`Lighthouse gave no result for /${portal.path}/`);
    const { lhr } = result;
    if (process.env.IXL_LIGHTHOUSE_REPORTS)
      writeFileSync(join(process.env.IXL_LIGHTHOUSE_REPORTS, `${portal.path}-${Date.now()}.json`), JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`Lighthouse on /${portal.path}/: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const accessibilityFailures = (lhr.categories.accessibility?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => {
        const items = (a?.details as { items?: unknown[] } | undefined)?.items?.length ?? 0;
        return `${a?.id}: ${a?.title} (${items})`;
      });
    const shiftItems =
      (lhr.audits['layout-shifts']?.details as { items?: { node?: { selector?: string }; score?: number }[] })?.items ?? [];
    const shifted = shiftItems.slice(0, 3).map((i) => `${i.node?.selector ?? '?'} ${(i.score ?? 0).toFixed(3)}`);
    const requests =
      (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] })?.items ?? [];
    return {
      path: portal.path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      fcpMs: numeric('first-contentful-paint'),
      cls: numeric('cumulative-layout-shift'),
      shifted,
      accessibilityFailures,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      scriptBytes: requests.filter((r) => r.resourceType === 'Script').reduce((s, r) => s + (r.transferSize ?? 0), 0),
    };
  } finally {
    chrome.kill();
  }
}

/**
 * Trace failures Lighthouse itself asks to run again for (NO_NAVSTART, NO_FCP, …: "Please run Lighthouse again")
 * get up to two more attempts, said on stderr; any other error, or a third failure, stops the benchmark.
 */
async function auditRetried(origin: string, portal: LighthousePortal): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(origin, portal);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (attempt >= 3 || !/run Lighthouse again/i.test(message)) throw err;
      console.error(`[bench] lighthouse: attempt ${attempt} on /${portal.path}/ failed (${message}); again`);
    }
  }
}

/**
 * Each portal `runs` times (a fresh browser and session each time); the run with the median performance score
 * stands for the portal, so one slow moment of a shared machine does not decide the verdict.
 */
export async function lighthouseAudit(origin: string, portals: LighthousePortal[], runs: number): Promise<LighthouseRun[]> {
  const out: LighthouseRun[] = [];
  for (const portal of portals) {
    const all: LighthouseRun[] = [];
    for (let i = 0; i < runs; i++) all.push(await auditRetried(origin, portal));
    all.sort((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs);
    const median = all[Math.floor(all.length / 2)];
    if (median) out.push(median);
  }
  return out;
}
