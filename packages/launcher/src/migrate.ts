import 'reflect-metadata';
import { createSubgraphOrm, migrate } from '@ixl/db';
import { subgraphDatabaseUrl, type PlatformConfig } from '@ixl/config';
import { subgraphDefinitions } from './definitions.js';

export interface MigrationReport {
  subgraph: string;
  applied: string[];
}

/**
 * Applies every subgraph's pending migrations to its own database (`DATABASE_URL_<NAME>`, else
 * `DATABASE_URL`): the deployment step that runs before the services start (`ixl-migrate`, the
 * Kubernetes migration Job, compose's `migrate` service). Each schema is migrated under its advisory
 * lock, so a second run at the same time waits and then finds nothing to do.
 */
export async function migrateAll(config: PlatformConfig, only?: string[]): Promise<MigrationReport[]> {
  const reports: MigrationReport[] = [];
  for (const def of await subgraphDefinitions()) {
    if (only?.length && !only.includes(def.name)) continue;
    const url = subgraphDatabaseUrl(config, def.name);
    if (!url) throw new Error(`No database for the ${def.name} subgraph: set DATABASE_URL or DATABASE_URL_${def.name.toUpperCase()}`);
    const orm = await createSubgraphOrm({ schema: def.name, url, entities: def.entities, migrations: def.migrations, poolMax: 2 });
    try {
      reports.push({ subgraph: def.name, applied: await migrate(orm, def.name) });
    } finally {
      await orm.close(true);
    }
  }
  return reports;
}
