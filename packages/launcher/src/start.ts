/**
 * `npm start`: embedded PostgreSQL (unless DATABASE_URL), migrations, demo data, subgraphs, gateway.
 */
import 'reflect-metadata';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EmbeddedPostgresError, startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from '@ixl/db';
import { explainPostgresFailure } from './startup-errors.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@ixl/demo-data';
import { DEFAULT_PORTS } from '@ixl/subgraph-kit';
import { startStack } from './stack.js';
import { seedDemoData } from './demo.js';
import { loadOrCreateSecrets } from './secrets.js';

const started = Date.now();
const root = resolve(import.meta.dirname, '../../..');
const dataDir = resolve(process.env.IXL_DATA_DIR ?? join(root, '.data'));
mkdirSync(dataDir, { recursive: true });

let pg: RunningPostgres | undefined;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const port = Number(process.env.IXL_PG_PORT ?? 54329);
  console.log(`Starting embedded PostgreSQL (data in ${join(dataDir, 'pg')}, port ${port})...`);
  const pgLog = join(dataDir, 'postgres.log');
  pg = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), port, log: (line) => appendFileSync(pgLog, `${line}\n`) }).catch((err: unknown) => {
    throw err instanceof EmbeddedPostgresError ? explainPostgresFailure(err, pgLog) : err;
  });
  await ensureDatabase(pg.adminUrl, 'ixl');
  databaseUrl = pg.urlFor('ixl');
}

const secrets = loadOrCreateSecrets(join(dataDir, 'secrets.json'));
const port = Number(process.env.PORT ?? 4000);
const stack = await startStack({
  databaseUrl,
  ...secrets,
  port,
  // Subgraphs listen on loopback only: 4101-4105 unless <NAME>_PORT says otherwise.
  subgraphPorts: Object.fromEntries(Object.entries(DEFAULT_PORTS).map(([n, p]) => [n, Number(process.env[`${n.toUpperCase()}_PORT`] ?? p)])),
  host: process.env.HOST ?? '0.0.0.0',
  production: process.env.NODE_ENV === 'production',
  jobs: process.env.IXL_JOBS !== 'off',
  smtpUrl: process.env.SMTP_URL || undefined,
  publicUrl: process.env.PUBLIC_URL || `http://localhost:${port}`,
  portalsDir: process.env.PORTALS_DIR ?? join(root, 'portals', 'dist'),
});

if (process.env.IXL_DEMO_DATA !== 'off') {
  const written = await seedDemoData(stack);
  if (Object.keys(written).length) console.log('Loaded the Bologna demo data:', JSON.stringify(written));
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping...`);
  await stack.stop().catch((e) => console.error(e));
  await pg?.stop().catch((e) => console.error(e));
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

const base = `http://localhost:${stack.gateway.port}`;
console.log(`
IXL — Insieme per il lavoro is ready in ${((Date.now() - started) / 1000).toFixed(1)} s (Node.js ${process.version})

  GraphQL API      ${base}/graphql
  Health           ${base}/healthz
  Subgraphs        ${Object.values(stack.subgraphs).map((s) => `${s.name} ${s.url}`).join('\n                   ')}

Demo logins (password "${DEMO_PASSWORD}"):
${DEMO_LOGINS.map((l) => `  ${l.email.padEnd(24)} ${l.role}`).join('\n')}

Try:  curl -s ${base}/graphql -H 'content-type: application/json' \\
        -d '{"query":"mutation { login(email: \\"staff@demo.ixl\\", password: \\"${DEMO_PASSWORD}\\") { token } }"}'

Press Ctrl-C to stop.`);
