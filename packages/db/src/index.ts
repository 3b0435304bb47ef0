export { startEmbeddedPostgres, EmbeddedPostgresError, type RunningPostgres, type EmbeddedPostgresOptions } from './embedded.js';
export { ensureDatabase, dropDatabase, withDatabase } from './admin.js';
export {
  createSubgraphOrm,
  migrate,
  pendingMigrations,
  pendingSchemaSql,
  type SubgraphOrm,
  type SubgraphOrmOptions,
  type EntityManager,
} from './orm.js';
export { keepFailureExitCode } from './exit-code.js';
export { freePort } from './ports.js';
export {
  backupDatabase,
  restoreDatabase,
  migrateToBackup,
  migrateToLatest,
  type RestoreOptions,
  type BackupHeader,
  type BackupSummary,
  type SchemaDefinition,
} from './backup/index.js';
