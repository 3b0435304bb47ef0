import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_ENV, CHROMIUM_PATH, chromiumAvailability } from './chromium.js';
// By path, like test/support/global-setup.ts: global setup runs before the source condition applies.
import { freePort, keepFailureExitCode, startEmbeddedPostgres, type RunningPostgres } from '../../packages/db/src/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Playwright endpoint of the one Chromium shared by the e2e run ('' = no browser). */
    chromiumEndpoint: string;
    /** Set when there is no browser but the tests must run anyway, to fail with this message (CI). */
    chromiumMissing: string;
  }
}

const root = resolve(import.meta.dirname, '../..');
let server: BrowserServer | undefined;
let postgres: RunningPostgres | undefined;

/**
 * The e2e project's own PostgreSQL (or TEST_DATABASE_URL): test/support/global-setup.ts names its
 * data folder after the process, so a second instance in the same run (integration + e2e) would clash.
 */
async function providePostgres(project: TestProject): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return project.provide('pgAdminUrl', process.env.TEST_DATABASE_URL);
  postgres = await startEmbeddedPostgres({ dataDir: join(tmpdir(), `ixl-e2e-pg-${process.pid}`), port: await freePort(), ephemeral: true });
  project.provide('pgAdminUrl', postgres.adminUrl);
}

/**
 * Browser tests: builds the portals (turbo cache: a no-op when nothing changed), starts PostgreSQL
 * and ONE headless Chromium for the whole run (each test file opens its own context: fresh cookies and
 * storage; Playwright gives the browser a fresh temporary user-data-dir).
 */
export async function setup(project: TestProject): Promise<void> {
  keepFailureExitCode();
  const availability = chromiumAvailability();
  if (!availability.run) {
    // A throw here would not fail the run (Vitest reports it and exits 0): in CI the test files run
    // and fail on `chromiumMissing` instead.
    console.warn(
      `\n${availability.fail ? '✖' : '⚠'} e2e: ${availability.fail ? 'browser tests fail' : 'browser tests skipped'}. ${availability.message}\n`,
    );
    project.provide('chromiumEndpoint', '');
    project.provide('chromiumMissing', availability.fail ? availability.message : '');
    return;
  }
  const build = spawnSync('npx', ['turbo', 'run', 'build', '--filter=./portals/*', '--output-logs=errors-only'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error(`Building the portals failed (exit ${build.status ?? build.signal})`);
  mkdirSync(resolve(root, 'test/artifacts/screenshots'), { recursive: true });
  await providePostgres(project);
  server = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    chromiumSandbox: false,
    env: { ...process.env, ...CHROMIUM_ENV },
  });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  project.provide('chromiumMissing', '');
}

export async function teardown(): Promise<void> {
  await server?.close();
  await postgres?.stop();
}
