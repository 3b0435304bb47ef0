/**
 * `ixl-migrate` (release bundle) / `node packages/launcher/dist/migrate-main.js [subgraph …]`: applies the
 * pending migrations of every subgraph (or of those named) and exits: 0 done, 1 failed, 78 bad configuration.
 */
import { configOrExit, loadConfig } from '@ixl/config';
import { migrateAll } from './migrate.js';

const config = configOrExit('ixl-migrate', () => loadConfig(process.env));
try {
  const reports = await migrateAll(config, process.argv.slice(2));
  for (const r of reports) {
    console.log(
      JSON.stringify({
        level: 'info',
        message: r.applied.length ? 'migrations applied' : 'up to date',
        subgraph: r.subgraph,
        migrations: r.applied,
      }),
    );
  }
  process.exit(0);
} catch (err) {
  console.error(JSON.stringify({ level: 'error', message: 'migration failed', error: err instanceof Error ? err.message : String(err) }));
  process.exit(1);
}
