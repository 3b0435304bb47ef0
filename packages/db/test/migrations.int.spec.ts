import 'reflect-metadata';
import { afterAll, describe, expect, it } from 'vitest';
import { createSubgraphOrm, migrate, pendingSchemaSql } from '@ixl/db';
import { freshDatabase, subgraphDefinitions } from '@ixl/testkit';

const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

describe.each((await subgraphDefinitions()).map((d) => [d.name, d] as const))('%s migrations', (name, def) => {
  it('build exactly the schema its entities describe, in its own PostgreSQL schema, and re-run as a no-op', async () => {
    const db = await freshDatabase();
    drops.push(db.drop);
    const orm = await createSubgraphOrm({ schema: name, url: db.url, entities: def.entities, migrations: def.migrations });
    try {
      const applied = await migrate(orm, name);
      expect(applied.length).toBe(def.migrations.length);
      expect(await pendingSchemaSql(orm, name)).toBe('');
      expect(await migrate(orm, name)).toEqual([]);
      const tables = await orm.em
        .getConnection()
        .execute<{ table_schema: string }[]>(
          `select distinct table_schema from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`,
        );
      expect(tables.map((t) => t.table_schema)).toEqual([name]);
    } finally {
      await orm.close(true);
    }
  });
});
