import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { CopyIn } from './copy-streams.js';
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

export interface RestoreOptions {
  /** Target database. */
  url: string;
  file: string;
  /**
   * Creates the schemas as they were at backup time: runs each schema's migrations up to (and
   * including) the backup's last one. Called before any data is loaded.
   */
  prepare: (header: BackupHeader) => Promise<void>;
  /** Runs migrations newer than the backup (after the data is in). */
  finish?: (header: BackupHeader) => Promise<void>;
  /** Restore over a database that already has IXL tables (their rows are replaced). */
  overwrite?: boolean;
}

const BATCH_BYTES = 256 * 1024;

/** Turns off triggers (the finance ledger's append-only guards, foreign keys) for this transaction. */
async function disableTriggers(client: pg.Client, tables: readonly string[]): Promise<'replica' | 'per-table'> {
  await client.query('savepoint replica_role');
  try {
    await client.query('set local session_replication_role = replica');
    return 'replica';
  } catch {
    // Not a superuser: the table owner may still disable its own triggers (transactional DDL, undone at commit below).
    await client.query('rollback to savepoint replica_role');
    for (const t of tables) await client.query(`alter table ${t} disable trigger user`);
    return 'per-table';
  }
}

/**
 * Event positions are PostgreSQL transaction ids (xid8) of the source cluster. In another cluster they
 * would lie in the future and hide new events, so restored outbox rows get tx id 1 and each consumer's
 * offset becomes "every event up to the first one it had not handled" (redelivery is safe: consumers are
 * idempotent; skipping would not be).
 */
async function rebaseEventPositions(client: pg.Client, schemas: readonly string[]): Promise<void> {
  const has = async (schema: string, table: string) =>
    (await client.query(`select 1 from information_schema.tables where table_schema = $1 and table_name = $2`, [schema, table]))
      .rowCount === 1;
  const outboxes = [];
  for (const s of schemas) if (await has(s, 'outbox_event')) outboxes.push(s);
  for (const s of schemas) {
    if (!(await has(s, 'event_consumer_offset'))) continue;
    const { rows } = await client.query<{ consumer: string; source: string; tx: string; id: string }>(
      `select consumer, source, last_tx_id::text as tx, last_event_id::text as id from ${qualified(s, 'event_consumer_offset')}`,
    );
    for (const o of rows) {
      if (!outboxes.includes(o.source)) continue;
      const src = qualified(o.source, 'outbox_event');
      const { rows: r } = await client.query<{ upto: string }>(
        `select coalesce((select min(id) - 1 from ${src} where (tx_id, id) > ($1::xid8, $2::bigint)), (select coalesce(max(id), 0) from ${src}))::text as upto`,
        [o.tx, o.id],
      );
      await client.query(
        `update ${qualified(s, 'event_consumer_offset')} set last_tx_id = '1'::xid8, last_event_id = $3::bigint where consumer = $1 and source = $2`,
        [o.consumer, o.source, r[0]?.upto ?? '0'],
      );
    }
  }
  for (const s of outboxes) await client.query(`update ${qualified(s, 'outbox_event')} set tx_id = '1'::xid8`);
  for (const s of schemas)
    if (await has(s, 'event_dead_letter')) await client.query(`update ${qualified(s, 'event_dead_letter')} set event_tx_id = '1'::xid8`);
}

/**
 * Restores a `.ixlbak` file into `url`: schemas created by the migrations (as at backup time), every
 * table emptied and refilled with `COPY ... FROM STDIN` (triggers off), sequences reset, event
 * positions rebased, all in one transaction; then newer migrations. The trailer's row counts are checked.
 */
export async function restoreDatabase(options: RestoreOptions): Promise<BackupSummary> {
  const input = createInterface({ input: createReadStream(options.file).pipe(createGunzip()), crlfDelay: Infinity });
  const lines = input[Symbol.asyncIterator]();
  const next = async () => {
    const r = await lines.next();
    return r.done ? null : r.value;
  };
  const first = await next();
  if (!first?.startsWith(`${MAGIC} `)) throw new Error(`${options.file} is not an IXL backup`);
  const header = JSON.parse(first.slice(MAGIC.length + 1)) as BackupHeader;

  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  const summary: BackupSummary = { file: options.file, tables: 0, rows: 0, rowsByTable: {}, sequences: 0 };
  try {
    const { rows: existing } = await client.query<{ n: number }>(
      `select count(*)::int as n from information_schema.tables where table_schema = any($1) and table_name <> 'mikro_orm_migrations'`,
      [header.schemas],
    );
    if ((existing[0]?.n ?? 0) > 0 && !options.overwrite)
      throw new Error('The target database already has IXL tables: restore into an empty database, or pass --force to replace its data');
    await options.prepare(header);

    await client.query('begin');
    const { rows: tables } = await client.query<{ name: string }>(
      `select format('%I.%I', table_schema, table_name) as name from information_schema.tables where table_schema = any($1) and table_type = 'BASE TABLE'`,
      [header.schemas],
    );
    const all = tables.map((t) => t.name);
    const mode = await disableTriggers(client, all);
    if (all.length) await client.query(`truncate ${all.join(', ')} restart identity`);

    let line = await next();
    const sequences: SequenceState[] = [];
    let trailer: { tables: number; rows: number } | null = null;
    while (line !== null) {
      if (line.startsWith('TABLE ')) {
        const section = JSON.parse(line.slice(6)) as TableSection;
        const copy = client.query(
          new CopyIn(
            `copy ${qualified(section.schema, section.table)} (${section.columns.map(quoteIdent).join(', ')}) from stdin`,
          ) as never,
        ) as unknown as CopyIn;
        const done = finished(copy);
        let batch: string[] = [];
        let bytes = 0;
        let rows = 0;
        const flush = async () => {
          if (!batch.length) return;
          const ok = copy.write(Buffer.from(`${batch.join('\n')}\n`));
          batch = [];
          bytes = 0;
          if (!ok) await Promise.race([once(copy, 'drain'), done]);
        };
        try {
          for (line = await next(); line !== null && line !== END_OF_DATA; line = await next()) {
            batch.push(line);
            bytes += line.length + 1;
            rows++;
            if (bytes >= BATCH_BYTES) await flush();
          }
          if (line === null) throw new Error(`The backup ends inside ${section.schema}.${section.table}: the file is incomplete`);
          await flush();
          copy.end();
          await done;
        } catch (err) {
          // Abort the COPY on the server, so the rollback below can run on this connection.
          copy.destroy(err as Error);
          await done.catch(() => undefined);
          throw err;
        }
        summary.tables++;
        summary.rows += rows;
        summary.rowsByTable[`${section.schema}.${section.table}`] = rows;
      } else if (line.startsWith('SEQUENCE ')) {
        sequences.push(JSON.parse(line.slice(9)) as SequenceState);
      } else if (line.startsWith('END ')) {
        trailer = JSON.parse(line.slice(4)) as { tables: number; rows: number };
      } else if (line !== '') {
        throw new Error(`Unexpected line in the backup: ${line.slice(0, 40)}`);
      }
      line = await next();
    }
    if (!trailer) throw new Error('The backup has no trailer: the file is incomplete');
    if (trailer.tables !== summary.tables || trailer.rows !== summary.rows)
      throw new Error(
        `The backup is inconsistent: trailer says ${trailer.tables} tables / ${trailer.rows} rows, read ${summary.tables} / ${summary.rows}`,
      );
    for (const s of sequences) {
      await client.query(`select setval($1::regclass, $2::bigint, $3)`, [
        qualified(s.schema, s.name),
        s.value ?? '1',
        s.value !== null && s.isCalled,
      ]);
      summary.sequences++;
    }
    await rebaseEventPositions(client, header.schemas);
    if (mode === 'per-table') for (const t of all) await client.query(`alter table ${t} enable trigger user`);
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    input.close();
    await client.end().catch(() => undefined);
  }
  await options.finish?.(header);
  return summary;
}
