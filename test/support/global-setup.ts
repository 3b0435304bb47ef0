import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type RunningPostgres } from '@ixl/db';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

let running: RunningPostgres | undefined;

/** One real PostgreSQL per test run (or the one of TEST_DATABASE_URL); each suite makes its own database. */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgAdminUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const root = join(process.cwd(), '.data');
  mkdirSync(root, { recursive: true });
  running = await startEmbeddedPostgres({ dataDir: join(root, `test-pg-${process.pid}`), port: await freePort(), ephemeral: true });
  project.provide('pgAdminUrl', running.adminUrl);
}

export async function teardown(): Promise<void> {
  await running?.stop();
}
