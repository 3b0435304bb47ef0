import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import pg from 'pg';

export interface SubgraphOrmOptions {
  /** PostgreSQL schema owned by the subgraph (`people`, `companies`, ...). */
  schema: string;
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: any[];
  migrations: MigrationObject[];
  poolMax?: number;
  debug?: boolean;
}

export type SubgraphOrm = MikroORM;
export type { EntityManager };

/** MikroORM for one subgraph: its own schema, explicit entities and migrations, no discovery from disk. */
export async function createSubgraphOrm(options: SubgraphOrmOptions): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: options.url,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: options.debug ?? false,
    logger: options.debug ? undefined : () => undefined,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      disableForeignKeys: false,
    },
  });
}

/**
 * Runs the subgraph's pending migrations (creating its schema first). Holds a PostgreSQL advisory lock
 * named after the schema for the whole run, on its own connection, so replicas or an `ixl-migrate` started
 * at the same time take turns: the second finds nothing left to do.
 */
export async function migrate(orm: MikroORM, schema: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString: orm.config.get('clientUrl') });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [`ixl-migrate:${schema}`]);
    await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
    const done = await orm.getMigrator().up();
    return done.map((m) => m.name);
  } finally {
    await lock.end(); // ends the session, which releases the lock
  }
}

/** Names of the migrations of this release not yet applied to the subgraph's schema. */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
}

/**
 * SQL that would bring the database in line with the entities (empty when the migrations are
 * complete). Tables created by hand-written SQL (the event outbox) are left alone.
 */
export async function pendingSchemaSql(orm: MikroORM, schema: string): Promise<string> {
  const sql = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: false, schema });
  return sql.trim();
}
