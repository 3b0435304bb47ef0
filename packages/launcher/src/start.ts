/**
 * `npm start`: embedded PostgreSQL (unless DATABASE_URL), migrations, demo data, subgraphs, gateway.
 */
// First: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch pg, graphql and http before they load.
import '@ixl/observability/register';
import 'reflect-metadata';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { configOrExit, loadConfig } from '@ixl/config';
import { EmbeddedPostgresError, startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from '@ixl/db';
import { explainPostgresFailure } from './startup-errors.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@ixl/demo-data';
import { startStack } from './stack.js';
import { seedDemoData } from './demo.js';
import { loadOrCreateSecrets } from './secrets.js';

const started = Date.now();
// The one configuration, as every service started on its own reads it: a bad variable stops here.
const config = configOrExit('IXL', () => loadConfig(process.env));
const dataDir = config.launcher.dataDir;
mkdirSync(dataDir, { recursive: true });

let pg: RunningPostgres | undefined;
let databaseUrl = config.databaseUrl;
if (!databaseUrl) {
  const port = config.launcher.pgPort;
  console.log(`Starting embedded PostgreSQL (data in ${join(dataDir, 'pg')}, port ${port})...`);
  const pgLog = join(dataDir, 'postgres.log');
  pg = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), port, log: (line) => appendFileSync(pgLog, `${line}\n`) }).catch(
    (err: unknown) => {
      throw err instanceof EmbeddedPostgresError ? explainPostgresFailure(err, pgLog) : err;
    },
  );
  await ensureDatabase(pg.adminUrl, 'ixl');
  databaseUrl = pg.urlFor('ixl');
}

// What the launcher adds to the configuration: the embedded database and (outside production) generated secrets.
const secrets = configOrExit('IXL', () => loadOrCreateSecrets(join(dataDir, 'secrets.json'), config));
const stack = await startStack({ ...config, databaseUrl, secrets });

if (config.launcher.demoData) {
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
  Health           ${base}/healthz (also /livez and /readyz)
  Metrics          ${stack.gateway.metricsUrl} (Prometheus)
  Subgraphs        ${Object.values(stack.subgraphs)
    .map((s) => `${s.name} ${s.url}`)
    .join('\n                   ')}

Demo logins (password "${DEMO_PASSWORD}"):
${DEMO_LOGINS.map((l) => `  ${l.email.padEnd(24)} ${l.role.padEnd(18)} ${l.displayName}`).join('\n')}
  (money operations: staff@demo.ixl prepares, approvatore@demo.ixl approves in Approvazioni)

Try:  curl -s ${base}/graphql -H 'content-type: application/json' \\
        -d '{"query":"mutation { login(email: \\"staff@demo.ixl\\", password: \\"${DEMO_PASSWORD}\\") { token } }"}'

Press Ctrl-C to stop.`);
