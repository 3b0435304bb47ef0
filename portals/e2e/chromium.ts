import { existsSync } from 'node:fs';

/** Debian's `chromium` (installed by .ci/run) unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, offline, headless Chromium in a container. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--lang=it-IT',
];

/**
 * The browser's own language, as the programme's users have it: native widgets (the date field shows
 * gg/mm/aaaa) follow the process's locale, not the page's. Needs Debian's chromium-l10n (installed by .ci/run).
 */
export const CHROMIUM_ENV = { LANG: 'it_IT.UTF-8', LANGUAGE: 'it_IT' };

/**
 * Whether browser tests can run. In CI a missing Chromium is a failure, never a skip (`fail`: the
 * test files run and fail with the message); on a developer machine without it they are skipped.
 */
export function chromiumAvailability(
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = existsSync,
): { run: true } | { run: false; fail: boolean; message: string } {
  const path = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (exists(path)) return { run: true };
  const ci = env.CI === 'true' || env.CI === '1';
  const message = `Chromium not found at ${path}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.${ci ? ' Browser tests must run in CI.' : ''}`;
  return { run: false, fail: ci, message };
}
