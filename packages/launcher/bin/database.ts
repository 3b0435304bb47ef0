/** The database `npm run backup` / `npm run restore` work on: DATABASE_URL, else the embedded PostgreSQL of `npm start`. */
import { join, resolve } from 'node:path';
import pg from 'pg';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from '@ixl/db';

export const root = resolve(import.meta.dirname, '../../..');
export const dataDir = resolve(process.env.IXL_DATA_DIR ?? join(root, '.data'));

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export interface Target {
  url: string;
  embedded: boolean;
  /** Recreates the (embedded) database empty. */
  recreate?: () => Promise<void>;
  close(): Promise<void>;
}

/** Opens the target; `exclusive` (restore) refuses an embedded database that a running `npm start` is using. */
export async function openTarget(exclusive: boolean): Promise<Target> {
  if (Object.keys(process.env).some((k) => /^DATABASE_URL_[A-Z]+$/.test(k) && process.env[k])) {
    throw new Error('One database per subgraph (DATABASE_URL_<SUBGRAPH>) is not supported by backup/restore: back up each database with DATABASE_URL set to it');
  }
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, close: async () => undefined };
  const port = Number(process.env.IXL_PG_PORT ?? 54329);
  // The embedded server's fixed local credentials (see src/embedded.ts).
  const running = `postgres://ixl:ixl-local-only@127.0.0.1:${port}/ixl`;
  if (await reachable(running)) {
    if (exclusive) throw new Error('The embedded database is in use (is `npm start` running?): stop it before restoring');
    return { url: running, embedded: true, close: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), port });
  await ensureDatabase(server.adminUrl, 'ixl');
  return {
    url: server.urlFor('ixl'),
    embedded: true,
    recreate: async () => {
      await dropDatabase(server.adminUrl, 'ixl');
      await ensureDatabase(server.adminUrl, 'ixl');
    },
    close: () => server.stop(),
  };
}
