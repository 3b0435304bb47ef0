import type { MigrationObject } from '@mikro-orm/core';
import { createSubgraphOrm, migrate } from '../orm.js';
import type { BackupHeader } from './format.js';

/** What restore needs of a subgraph: its schema name, entities and migrations. */
export interface SchemaDefinition {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: any[];
  migrations: MigrationObject[];
}

/** Migrates each schema to exactly the migrations the backup was taken at (refuses a backup from a newer version). */
export async function migrateToBackup(url: string, defs: readonly SchemaDefinition[], header: BackupHeader): Promise<void> {
  for (const def of defs) {
    const done = header.migrations[def.name] ?? [];
    const unknown = done.filter((name) => !def.migrations.some((m) => m.name === name));
    if (unknown.length)
      throw new Error(`The backup comes from a newer version: ${def.name} has migrations this code does not know (${unknown.join(', ')})`);
    const orm = await createSubgraphOrm({ schema: def.name, url, entities: def.entities, migrations: def.migrations, poolMax: 2 });
    try {
      await orm.em.getConnection().execute(`create schema if not exists "${def.name}"`);
      const last = done[done.length - 1];
      if (last) await orm.getMigrator().up({ to: last });
    } finally {
      await orm.close(true);
    }
  }
}

/** Runs the migrations newer than the backup. */
export async function migrateToLatest(url: string, defs: readonly SchemaDefinition[]): Promise<void> {
  for (const def of defs) {
    const orm = await createSubgraphOrm({ schema: def.name, url, entities: def.entities, migrations: def.migrations, poolMax: 2 });
    try {
      await migrate(orm, def.name);
    } finally {
      await orm.close(true);
    }
  }
}
