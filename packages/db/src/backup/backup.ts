import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { CopyOut } from './copy-streams.js';
import {
  END_OF_DATA,
  MAGIC,
  qualified,
  quoteIdent,
  type BackupHeader,
  type BackupSummary,
  type SequenceState,
  type TableSection,
} from './format.js';

/** The IXL schemas of a database (those given that exist). */
async function existingSchemas(client: pg.Client, schemas: readonly string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    'select nspname as name from pg_namespace where nspname = any($1) order by nspname',
    [schemas],
  );
  return schemas.filter((s) => rows.some((r) => r.name === s));
}

/**
 * Logical backup of the IXL schemas of `url` into `file` (gzip, streamed): every table's rows via
 * `COPY ... TO STDOUT` inside one repeatable-read snapshot, the applied migrations and the sequences.
 * Written to `<file>.partial` and renamed when complete.
 */
export async function backupDatabase(url: string, schemas: readonly string[], file: string): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const gzip = createGzip({ level: 6 });
  const out = createWriteStream(partial, { mode: 0o600 });
  const written = once(out, 'finish');
  gzip.pipe(out);
  const write = async (data: string | Buffer) => {
    if (!gzip.write(data)) await once(gzip, 'drain');
  };
  const summary: BackupSummary = { file, tables: 0, rows: 0, rowsByTable: {}, sequences: 0 };
  try {
    await client.query('begin isolation level repeatable read read only');
    const present = await existingSchemas(client, schemas);
    const migrations: Record<string, string[]> = {};
    for (const schema of present) {
      const { rows: has } = await client.query(
        `select 1 from information_schema.tables where table_schema = $1 and table_name = 'mikro_orm_migrations'`,
        [schema],
      );
      migrations[schema] = has.length
        ? (await client.query<{ name: string }>(`select name from ${qualified(schema, 'mikro_orm_migrations')} order by id`)).rows.map(
            (r) => r.name,
          )
        : [];
    }
    const { rows: version } = await client.query<{ v: string }>('show server_version');
    const header: BackupHeader = {
      createdAt: new Date().toISOString(),
      schemas: present,
      migrations,
      serverVersion: version[0]?.v ?? 'unknown',
    };
    await write(`${MAGIC} ${JSON.stringify(header)}\n`);

    const { rows: tables } = await client.query<{ schema: string; table: string }>(
      `select table_schema as schema, table_name as table from information_schema.tables where table_schema = any($1) and table_type = 'BASE TABLE' order by table_schema, table_name`,
      [present],
    );
    for (const { schema, table } of tables) {
      const { rows: cols } = await client.query<{ name: string }>(
        `select a.attname as name from pg_attribute a where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = '' order by a.attnum`,
        [qualified(schema, table)],
      );
      const section: TableSection = { schema, table, columns: cols.map((c) => c.name) };
      await write(`TABLE ${JSON.stringify(section)}\n`);
      let rows = 0;
      let last = 10;
      const copy = client.query(
        new CopyOut(`copy ${qualified(schema, table)} (${section.columns.map(quoteIdent).join(', ')}) to stdout`) as never,
      ) as unknown as CopyOut;
      for await (const chunk of copy as AsyncIterable<Buffer>) {
        for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) rows++;
        if (chunk.length) last = chunk[chunk.length - 1] ?? 10;
        await write(chunk);
      }
      if (last !== 10) throw new Error(`COPY of ${schema}.${table} did not end with a newline`);
      await write(`${END_OF_DATA}\n`);
      summary.tables++;
      summary.rows += rows;
      summary.rowsByTable[`${schema}.${table}`] = rows;
    }
    const { rows: sequences } = await client.query<{ schema: string; name: string; value: string | null; is_called: boolean | null }>(
      `select s.schemaname as schema, s.sequencename as name, s.last_value::text as value, s.last_value is not null as is_called from pg_sequences s where s.schemaname = any($1) order by 1, 2`,
      [present],
    );
    for (const s of sequences) {
      const state: SequenceState = { schema: s.schema, name: s.name, value: s.value, isCalled: s.is_called === true };
      await write(`SEQUENCE ${JSON.stringify(state)}\n`);
      summary.sequences++;
    }
    await write(`END ${JSON.stringify({ tables: summary.tables, rows: summary.rows, rowsByTable: summary.rowsByTable })}\n`);
    await client.query('commit');
    gzip.end();
    await written;
    renameSync(partial, file);
    return summary;
  } catch (err) {
    gzip.destroy();
    out.destroy();
    rmSync(partial, { force: true });
    throw err;
  } finally {
    await client.end().catch(() => undefined);
  }
}
