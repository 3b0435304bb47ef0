/**
 * `npm start`: embedded PostgreSQL (unless DATABASE_URL), migrations, demo data, subgraphs, gateway.
 */
// First: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch pg, graphql and http before they load.
import '@ixl/observability/register';
import 'reflect-metadata';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { configOrExit, loadConfig, withOverrides } from '@ixl/config';
import { EmbeddedPostgresError, startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from '@ixl/db';
import { explainPostgresFailure } from './startup-errors.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@ixl/demo-data';
import { startStack } from './stack.js';
import { seedDemoData } from './demo.js';
import { loadOrCreateSecrets } from './secrets.js';
import { startServiceProcesses, type ServiceProcesses } from './processes.js';

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
let platform = { ...config, databaseUrl, secrets };

// IXL_PROCESSES=per-service: each subgraph in a process of its own (the machine's cores shared out), the
// gateway here; `one` (the default): everything in this process.
let services: ServiceProcesses | undefined;
if (config.launcher.processes === 'per-service') {
  console.log('Starting the subgraphs, each in its own process...');
  services = await startServiceProcesses(platform, { seedDemo: config.launcher.demoData }).catch(async (err: unknown) => {
    await pg?.stop().catch(() => undefined);
    throw err;
  });
  platform = {
    ...withOverrides(platform, { subgraphs: Object.fromEntries(Object.entries(services.urls).map(([n, url]) => [n, { url }])) }),
    databaseUrl,
    secrets,
  };
}
const stack = await startStack(platform).catch(async (err: unknown) => {
  await services?.stop().catch(() => undefined);
  await pg?.stop().catch(() => undefined);
  throw err;
});

if (config.launcher.demoData) {
  const written = services ? services.seeded : await seedDemoData(stack);
  if (Object.keys(written).length) console.log('Loaded the Bologna demo data:', JSON.stringify(written));
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping...`);
  await stack.stop().catch((e) => console.error(e));
  await services?.stop().catch((e) => console.error(e));
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
  Subgraphs        ${Object.entries(stack.configs.gateway.subgraphUrls)
    .map(
      ([name, url]) =>
        `${name} ${url}${services?.pids[name as keyof ServiceProcesses['pids']] ? ` (own process, pid ${services.pids[name as keyof ServiceProcesses['pids']]})` : ''}`,
    )
    .join('\n                   ')}

Demo logins (password "${DEMO_PASSWORD}"):
${DEMO_LOGINS.map((l) => `  ${l.email.padEnd(24)} ${l.role.padEnd(18)} ${l.displayName}`).join('\n')}
  (money operations: staff@demo.ixl prepares, approvatore@demo.ixl approves in Approvazioni)

Try:  curl -s ${base}/graphql -H 'content-type: application/json' \\
        -d '{"query":"mutation { login(email: \\"staff@demo.ixl\\", password: \\"${DEMO_PASSWORD}\\") { token } }"}'

Press Ctrl-C to stop.`);
