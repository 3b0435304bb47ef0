/**
 * `npm run bench:data -- --beneficiaries 100000 [--seed 0.2020]`: loads the synthetic population into the
 * database of `npm start` (embedded, in .data/pg; stop `npm start` first) or into DATABASE_URL, after
 * migrating the five schemas. Deterministic from the seed.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSubgraphOrm, ensureDatabase, migrate, startEmbeddedPostgres, type RunningPostgres } from '@ixl/db';
import { SUBGRAPH_DEFINITIONS } from '@ixl/launcher';
import { root } from '../lib/stack-process.js';
import { loadSyntheticData } from './synthetic.js';

const { values } = parseArgs({ options: { beneficiaries: { type: 'string', default: '100000' }, seed: { type: 'string', default: '0.2020' } } });
const beneficiaries = Number(values.beneficiaries);
if (!Number.isInteger(beneficiaries) || beneficiaries < 1 || beneficiaries > 5_000_000) throw new Error('--beneficiaries must be an integer from 1 to 5,000,000');

let pg: RunningPostgres | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  pg = await startEmbeddedPostgres({ dataDir: join(process.env.IXL_DATA_DIR ?? join(root, '.data'), 'pg'), port: Number(process.env.IXL_PG_PORT ?? 54329) });
  await ensureDatabase(pg.adminUrl, 'ixl');
  url = pg.urlFor('ixl');
}
try {
  for (const def of SUBGRAPH_DEFINITIONS) {
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
