/**
 * Writes the next MikroORM migration of a subgraph from the difference between its entities and
 * the schema its current migrations build (on a throw-away embedded PostgreSQL).
 *   npx tsx --conditions ixl-source packages/testkit/bin/make-migration.ts people [name]
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { subgraphEntry } from '@ixl/registry';
import { subgraphDefinition } from '@ixl/launcher';
import { startEmbeddedPostgres, ensureDatabase, createSubgraphOrm, freePort, migrate, pendingSchemaSql } from '@ixl/db';

const [subgraph, label = 'change'] = process.argv.slice(2);
if (!subgraph) throw new Error('usage: make-migration <subgraph> [label]');
const root = resolve(import.meta.dirname, '../../..');
const dir = join(root, subgraphEntry(subgraph).dir, 'src');
const def = await subgraphDefinition(subgraph);

const port = await freePort();
const pg = await startEmbeddedPostgres({ dataDir: join(tmpdir(), `ixl-migration-pg-${process.pid}`), port, ephemeral: true });
try {
  await ensureDatabase(pg.adminUrl, 'diff');
  const orm = await createSubgraphOrm({ schema: def.name, url: pg.urlFor('diff'), entities: def.entities, migrations: def.migrations });
  await migrate(orm, def.name);
  const sql = await pendingSchemaSql(orm, def.name);
  await orm.close(true);
  if (!sql) {
    console.log('Entities and migrations agree: nothing to write.');
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const className = `Migration${stamp}_${label.replace(/\W/g, '_')}`;
    const statements = sql
      .split(/;\n/)
      .map((s) => s.trim().replace(/;$/, ''))
      .filter(Boolean);
    const body = statements.map((s) => `    this.addSql(\`${s.replace(/[`\\$]/g, '\\$&')}\`);`).join('\n');
    // Written as Prettier lays it out, so `npm run lint` accepts the generated files as they are.
    const formatted = async (file: string, text: string) => format(text, { ...(await resolveConfig(file)), filepath: file });
    const migrationPath = join(dir, 'migrations', `${className}.ts`);
    writeFileSync(
      migrationPath,
      await formatted(
        migrationPath,
        `import { Migration } from '@mikro-orm/migrations';\n\nexport class ${className} extends Migration {\n  override async up(): Promise<void> {\n${body}\n  }\n}\n`,
      ),
    );
    const indexPath = join(dir, 'migrations', 'index.ts');
    let index = readFileSync(indexPath, 'utf8');
    index = index.replace(
      /(import type \{ MigrationObject \} from '@mikro-orm\/core';\n)/,
      `$1import { ${className} } from './${className}.js';\n`,
    );
    index = index.replace(/,?\s*\];\s*$/, `,\n  { name: '${className}', class: ${className} },\n];\n`);
    writeFileSync(indexPath, await formatted(indexPath, index));
    console.log(`Wrote ${className} (${statements.length} statements)`);
  }
} finally {
  await pg.stop();
}
