export { backupDatabase } from './backup.js';
export { restoreDatabase, type RestoreOptions } from './restore.js';
export type { BackupHeader, BackupSummary } from './format.js';
export { migrateToBackup, migrateToLatest, type SchemaDefinition } from './schemas.js';
