/**
 * `npm run bench:data -- --beneficiaries 100000 [--seed 0.2020]`: loads the synthetic population into the
 * database of `npm start` (embedded, in .data/pg; stop `npm start` first) or into DATABASE_URL, after
 * migrating every subgraph's schema. Deterministic from the seed.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { configOrExit, loadConfig } from '@ixl/config';
import { createSubgraphOrm, ensureDatabase, migrate, startEmbeddedPostgres, type RunningPostgres } from '@ixl/db';
import { subgraphDefinitions } from '@ixl/launcher';
import { loadSyntheticData } from './synthetic.js';

const { values } = parseArgs({
  options: { beneficiaries: { type: 'string', default: '100000' }, seed: { type: 'string', default: '0.2020' } },
});
const beneficiaries = Number(values.beneficiaries);
if (!Number.isInteger(beneficiaries) || beneficiaries < 1 || beneficiaries > 5_000_000)
  throw new Error('--beneficiaries must be an integer from 1 to 5,000,000');

let pg: RunningPostgres | undefined;
const config = configOrExit('bench:data', () => loadConfig(process.env));
let url = config.databaseUrl;
if (!url) {
  pg = await startEmbeddedPostgres({ dataDir: join(config.launcher.dataDir, 'pg'), port: config.launcher.pgPort });
  await ensureDatabase(pg.adminUrl, 'ixl');
  url = pg.urlFor('ixl');
}
try {
  for (const def of await subgraphDefinitions()) {
    const orm = await createSubgraphOrm({ schema: def.name, url, entities: def.entities, migrations: def.migrations });
    await migrate(orm, def.name);
    await orm.close(true);
  }
  const t0 = performance.now();
  const counts = await loadSyntheticData(url, { beneficiaries, seed: Number(values.seed) });
  console.log(`Loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s:`, counts);
} finally {
  await pg?.stop();
}
