import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createSubgraphOrm, ensureDatabase, dropDatabase, migrate, withDatabase } from '@ixl/db';
import { installJobQueueSchema, type SubgraphDefinition } from '@ixl/subgraph-kit';

export interface TestDatabase {
  url: string;
  adminUrl: string;
  name: string;
  drop: () => Promise<void>;
}

const newName = (prefix: string) => `${prefix}_${randomBytes(5).toString('hex')}`;

/** A fresh, empty database on the test run's PostgreSQL (see test/support/global-setup.ts). */
export async function freshDatabase(prefix = 'ixl_test'): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const name = newName(prefix);
  await ensureDatabase(adminUrl, name);
  return { url: withDatabase(adminUrl, name), adminUrl, name, drop: () => dropDatabase(adminUrl, name) };
}

/**
 * A fresh database with every subgraph's migrations applied, for `bootTestStack`: a copy
 * (`CREATE DATABASE ... TEMPLATE`) of a database migrated once per set of migrations. Each suite still
 * gets its own database, never shared and never reused; only the identical migration work is done once.
 * The subgraphs still run their migrator at start-up (it finds nothing pending, as on a restart).
 */
export async function freshMigratedDatabase(definitions: SubgraphDefinition[], prefix = 'ixl_test'): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const template = await migratedTemplate(adminUrl, definitions);
  const name = newName(prefix);
  await withAdmin(adminUrl, (client) =>
    client.query(`create database ${client.escapeIdentifier(name)} template ${client.escapeIdentifier(template)}`),
  );
  return { url: withDatabase(adminUrl, name), adminUrl, name, drop: () => dropDatabase(adminUrl, name) };
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The template's name is a digest of the migrations (names and code) and of what else it holds (pg-boss's
 * schema), so a changed migration gets a new template, also on a long-lived TEST_DATABASE_URL server.
 */
export function templateName(definitions: SubgraphDefinition[]): string {
  const hash = createHash('sha256');
  hash.update('pgboss-schema');
  for (const def of definitions) {
    hash.update(`\0${def.name}`);
    for (const m of def.migrations) hash.update(`\0${m.name}\0${String(m.class)}`);
  }
  return `ixl_template_${hash.digest('hex').slice(0, 16)}`;
}

const templates = new Map<string, Promise<string>>();

/** Builds the template once (test workers and concurrent runs wait on an advisory lock), then reuses it. */
function migratedTemplate(adminUrl: string, definitions: SubgraphDefinition[]): Promise<string> {
  const name = templateName(definitions);
  const key = `${adminUrl} ${name}`;
  let ready = templates.get(key);
  if (!ready) {
    ready = buildTemplate(adminUrl, name, definitions);
    templates.set(key, ready);
    ready.catch(() => templates.delete(key));
  }
  return ready;
}

async function buildTemplate(adminUrl: string, name: string, definitions: SubgraphDefinition[]): Promise<string> {
  return withAdmin(adminUrl, async (client) => {
    const id = client.escapeIdentifier(name);
    // Session lock: released when this connection ends, even if the build fails half-way.
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    const { rows } = await client.query<{ datistemplate: boolean }>('select datistemplate from pg_database where datname = $1', [name]);
    // Marked a template only once complete: anything else is a build that died half-way.
    if (rows[0]?.datistemplate) return name;
    if (rows.length) await client.query(`drop database ${id} with (force)`);
    await client.query(`create database ${id}`);
    for (const def of definitions) {
      const orm = await createSubgraphOrm({
        schema: def.name,
        url: withDatabase(adminUrl, name),
        entities: def.entities,
        migrations: def.migrations,
        poolMax: 1,
      });
      try {
        await migrate(orm, def.name);
      } finally {
        await orm.close(true);
      }
    }
    // pg-boss's schema (the mail queue needs it in every stack; jobs when a test turns them on).
    await installJobQueueSchema(withDatabase(adminUrl, name));
    // No connections from now on (a copy must not see one, and nothing may change the template); a
    // connection a pool has not closed yet is ended.
    await client.query(`alter database ${id} with is_template true allow_connections false`);
    await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
    return name;
  });
}
