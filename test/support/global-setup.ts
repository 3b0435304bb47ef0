import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { TestProject } from 'vitest/node';
// By path: global setup runs before the workspace's source condition applies.
import { freePort, startEmbeddedPostgres, type RunningPostgres } from '../../packages/db/src/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

let running: RunningPostgres | undefined;

/** One real PostgreSQL per test run (or the one of TEST_DATABASE_URL); each suite makes its own database. */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgAdminUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  // Under the system temp folder: as root, PostgreSQL runs as `postgres`, which must be able to reach it
  // (a clone inside a private folder would not be reachable).
  running = await startEmbeddedPostgres({
    dataDir: join(tmpdir(), `ixl-test-pg-${process.pid}-${project.name}`),
    port: await freePort(),
    ephemeral: true,
  });
  project.provide('pgAdminUrl', running.adminUrl);
}

export async function teardown(): Promise<void> {
  await running?.stop();
}
