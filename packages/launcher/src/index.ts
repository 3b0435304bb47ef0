export { startStack, stackConfigs, type StackRuntime, type RunningStack } from './stack.js';
export { subgraphDefinitions, subgraphDefinition } from './definitions.js';
export { migrateAll, type MigrationReport } from './migrate.js';
export { seedDemoData } from './demo.js';
export { loadOrCreateSecrets, loadOrCreateSigningKeys, rotateLocalSigningKeys, type Secrets } from './secrets.js';
