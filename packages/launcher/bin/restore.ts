/**
 * `npm run restore -- FILE [--force]`: restores a backup into DATABASE_URL or the embedded PostgreSQL
 * (which must not be in use). The target must be empty unless --force (then its IXL data is replaced).
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { subgraphDefinitions } from '../src/index.js';
import { migrateToBackup, migrateToLatest, restoreDatabase, type SchemaDefinition } from '@ixl/db';
import { openTarget } from './database.js';

const args = process.argv.slice(2);
const force = args.includes('--force');
const fileArg = args.find((a) => !a.startsWith('--'));
if (!fileArg) {
  console.error('usage: npm run restore -- <file.ixlbak> [--force]');
  process.exit(2);
}
const file = resolve(fileArg);
const defs = (await subgraphDefinitions()) as unknown as SchemaDefinition[];

const target = await openTarget(true);
try {
  if (force && target.recreate) await target.recreate();
  const summary = await restoreDatabase({
    url: target.url,
    file,
    overwrite: force,
    prepare: (header) => migrateToBackup(target.url, defs, header),
    finish: () => migrateToLatest(target.url, defs),
  });
  console.log(`Restored ${summary.file}: ${summary.tables} tables, ${summary.rows} rows, ${summary.sequences} sequences`);
} catch (err) {
  console.error(`Restore failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await target.close();
}
