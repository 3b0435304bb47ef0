/** The database `npm run backup` / `npm run restore` work on: DATABASE_URL, else the embedded PostgreSQL of `npm start`. */
import { join } from 'node:path';
import pg from 'pg';
import { configOrExit, loadConfig } from '@ixl/config';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from '@ixl/db';

/** The platform's configuration (the same variables as `npm start`): a bad one stops here. */
export const config = configOrExit('Backup/restore', () => loadConfig(process.env));
export const dataDir = config.launcher.dataDir;

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
  if (Object.values(config.subgraphs).some((s) => s.databaseUrl)) {
    throw new Error(
      'One database per subgraph (DATABASE_URL_<SUBGRAPH>) is not supported by backup/restore: back up each database with DATABASE_URL set to it',
    );
  }
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, close: async () => undefined };
  const port = config.launcher.pgPort;
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
