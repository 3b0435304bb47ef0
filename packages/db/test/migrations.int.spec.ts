import 'reflect-metadata';
import { afterAll, describe, expect, it } from 'vitest';
import { createSubgraphOrm, migrate, pendingMigrations, pendingSchemaSql } from '@ixl/db';
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

describe('migrations run by several processes at once', () => {
  it("take turns under the schema's advisory lock: every migration is applied once, the others find nothing to do", async () => {
    const def = (await subgraphDefinitions()).find((d) => d.name === 'training')!;
    const db = await freshDatabase();
    drops.push(db.drop);
    const orms = await Promise.all(
      [1, 2, 3].map(() => createSubgraphOrm({ schema: def.name, url: db.url, entities: def.entities, migrations: def.migrations })),
    );
    try {
      const runs = await Promise.all(orms.map((orm) => migrate(orm, def.name)));
      expect(runs.map((r) => r.length).sort((a, b) => a - b)).toEqual([0, 0, def.migrations.length]);
      const rows = await orms[0]!.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from "training".mikro_orm_migrations`);
      expect(Number(rows[0]!.n)).toBe(def.migrations.length);
      expect(await pendingMigrations(orms[0]!)).toEqual([]);
    } finally {
      for (const orm of orms) await orm.close(true);
    }
  });
});
