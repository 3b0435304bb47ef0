import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { initialJs, JS_BUDGETS_GZIP, overBudget, type InitialJs } from './js-budget.js';

/**
 * Each portal built from the current source (Vite, the production config, into a temporary folder) and its initial
 * JS checked against its budget (js-budget.ts): a change that makes a portal's first load heavier fails here.
 */
const PORTALS = [
  { dir: 'beneficiary', path: 'beneficiario' },
  { dir: 'company', path: 'azienda' },
  { dir: 'training', path: 'ente' },
  { dir: 'committee', path: 'comitato' },
  { dir: 'staff', path: 'staff' },
] as const;
const VITE = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
const out = mkdtempSync(join(tmpdir(), 'ixl-portal-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('initial JS budget of each portal (gzipped)', () => {
  const measured: Record<string, InitialJs> = {};
  it.each(PORTALS)('$path stays within its budget', { timeout: 180_000 }, async ({ dir, path }) => {
    const outDir = join(out, path);
    // In its own process with NODE_ENV=production, as `npm run build` does (Vitest's NODE_ENV=test would bundle
    // React's development build and the development JSX runtime).
    const built = spawnSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: join(import.meta.dirname, '..', dir),
      env: { ...process.env, NODE_ENV: 'production' },
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
    const js = initialJs(outDir, `/${path}/`);
    measured[path] = js;
    console.info(
      `${path}: initial JS ${js.gzipBytes} B gzipped (${js.rawBytes} B raw) in ${js.files.length} chunks; budget ${JS_BUDGETS_GZIP[path]} B`,
    );
    expect(overBudget({ [path]: js }, JS_BUDGETS_GZIP)).toEqual([]);
  });
});
