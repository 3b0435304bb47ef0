/**
 * `npm run backup [-- FILE]`: logical backup of the IXL schemas (gzip, streamed) to FILE or
 * `.data/backups/ixl-<timestamp>.ixlbak`, from DATABASE_URL or the embedded PostgreSQL.
 */
import { join, resolve } from 'node:path';
import { backupDatabase } from '@ixl/db';
import { SUBGRAPHS } from '@ixl/registry';
import { dataDir, openTarget } from './database.js';

/** Every subgraph's schema, from the registry. */
const SCHEMAS = SUBGRAPHS.map((s) => s.schema);
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
const file = resolve(process.argv[2] ?? join(dataDir, 'backups', `ixl-${stamp}.ixlbak`));

const target = await openTarget(false);
try {
  const summary = await backupDatabase(target.url, SCHEMAS, file);
  console.log(`Backup written to ${summary.file}: ${summary.tables} tables, ${summary.rows} rows, ${summary.sequences} sequences`);
} catch (err) {
  console.error(`Backup failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await target.close();
}
