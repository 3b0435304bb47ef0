// The bulk import of the programme's history (issue 27), the part every subgraph shares: a subgraph
// declares its kinds (layout, how a row parses, how references resolve, how a row is written) and gets the
// check-then-import pipeline, row errors with file/sheet/line/column/reason, the batch table with its
// chunked background writing (progress, lease, resume after a restart), the source file and line of every
// imported record, the undo of a whole batch while nothing depends on it, ADMIN only, with who did what.
//
// Tables (in the subgraph's own schema, created by `historyImportTablesSql(schema)` in a migration):
//   import_batch   one row per import: kind, file, status, progress, counts, who/when, why it failed
//   import_row     the checked rows of a batch not yet written (what a restarted worker resumes from)
//   import_record  the external-id mapping: kind + key → entity, row hash, source file/sheet/line, batch
//   import_change  what each batch changed (before-images): what undo restores

import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { isIsoDate } from '@ixl/calendar';
import type { ErrorReason, ImportColumn } from '@ixl/contracts';
import { requireRole } from './authz.js';
import { badInput, DomainError, notFound } from './errors.js';
import { bufferEvents } from './publish.js';
import { readSpreadsheet, type SheetRecord } from './spreadsheet.js';

/** One problem of a file: where (file, sheet, line, column) and why (a registry reason with its params). */
export interface ImportRowError {
  file: string;
  sheet: string | null;
  line: number;
  column: string | null;
  reasonCode: string;
  params: Record<string, string | number>;
}

/** A problem of one row, before it is placed in its file. */
export interface ImportRowProblem {
  column: string | null;
  reasonCode: string;
  params: Record<string, string | number>;
}

/** Thrown by a kind's `parse` with every problem of the row. */
export class ImportRowProblems extends Error {
  constructor(readonly problems: ImportRowProblem[]) {
    super('row problems');
  }
}

export type ImportAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

/** A row that passed its own rules: its key in the external-id mapping, values and content hash. */
export interface ParsedImportRow<V = unknown> {
  sheet: string | null;
  line: number;
  key: string;
  values: V;
  hash: string;
}

/** A checked row with what the import will do with it and the ids its references resolved to. */
export interface PlannedImportRow<V = unknown, R = Record<string, string | undefined>> extends ParsedImportRow<V> {
  action: ImportAction;
  refs: R;
}

/** A row of the external-id mapping: where an imported record came from. */
export interface ImportRecordRow {
  kind: string;
  key: string;
  entity_id: string;
  external_id: string | null;
  row_hash: string;
  source_file: string;
  source_sheet: string | null;
  source_line: number;
  batch_id: string;
  updated_at: string;
}

/** What a kind's `write` gets: the entity to create or update, its values and references, its before-image. */
export interface ImportWrite<V, R> {
  entityId: string;
  /** The row's key in the external-id mapping. */
  key: string;
  /** The entity's columns before this row (null: it is created). */
  before: Record<string, unknown> | null;
  values: V;
  refs: R;
  batchId: string;
  /** The ADMIN who started the import (events carry it as their actor). */
  actorId: string | null;
  /** The entity an imported key maps to (imported before, or earlier in this chunk); null when none. */
  entityOf(kind: string, key: string): Promise<string | null>;
}

/** A row a chunk wrote: the entity, whether it was created, its values and references. */
export interface ImportWrittenRow<V, R> {
  entityId: string;
  created: boolean;
  values: V;
  refs: R;
}

/** One kind of file a subgraph imports. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a subgraph holds kinds of different row types in one list
export interface ImportKindDefinition<V = any, R = any> {
  name: string;
  layout: readonly ImportColumn[];
  /** The column duplicate keys are reported at. */
  keyColumn: string;
  /** The row's values, or throws ImportRowProblems with every problem (no I/O). */
  parse(get: (column: string) => string): V;
  key(values: V): string;
  /** The old system's id kept with the record (null when the row has none). */
  externalId(values: V): string | null;
  /**
   * References to what the database holds and what each row will do (`ctx.actionOf` for the usual answer
   * from the mapping); errors for what cannot be found.
   */
  resolve(
    em: EntityManager,
    rows: ParsedImportRow<V>[],
    ctx: ImportResolveContext,
  ): Promise<{ rows: PlannedImportRow<V, R>[]; errors: ImportRowError[] }>;
  /** The entity's table (in the subgraph's schema) and the columns an import writes (kept for undo). */
  entity: { table: string; fields: readonly string[]; dateFields?: readonly string[] };
  /** An entity the row adopts when it has no record yet (e.g. a company already there with the same partita IVA). */
  adopt?(values: V, refs: R): string | undefined;
  /** Creates (before = null) or updates the entity; publishes what a live change would. */
  write(tx: EntityManager, row: ImportWrite<V, R>): Promise<void>;
  /**
   * `write` for all the changed rows of a chunk at once (in file order), set-based: the same records and
   * the same events as `write` row after row, in a few statements. Optional; when it throws a rule
   * (DomainError) or the database refuses a row, the engine rolls it back and writes the chunk again row
   * by row with `write`, which finds the row (its line) at fault.
   */
  writeMany?(tx: EntityManager, rows: ImportWrite<V, R>[], ctx: ImportWriteManyContext): Promise<void>;
  /**
   * The before-images of entities (by id) when the entity's columns are not all it is (e.g. a person with
   * the status history an import wrote): what `restore` gets back on undo. Default: `entity.fields`.
   */
  snapshot?(tx: EntityManager, ids: string[]): Promise<Map<string, Record<string, unknown>>>;
  /** Puts an updated entity back as `snapshot` saw it (undo); publishes what a live change would. Default: the columns. */
  restore?(tx: EntityManager, id: string, before: Record<string, unknown>, actorId: string | null): Promise<void>;
  /** Removes an entity a batch created (undo), with what the import wrote around it. Default: its row. */
  remove?(tx: EntityManager, id: string, actorId: string | null): Promise<void>;
  /** Why a batch of this kind that created records cannot be undone (e.g. its events already fed the KPIs). */
  undoRefusal?: ErrorReason;
  /** Records made since that depend on the ones the batch created: undo is refused while any exist. */
  dependents?(tx: EntityManager, createdIds: string[]): Promise<{ what: string; n: number }[]>;
  /**
   * An undo of a batch of this kind is about to remove or restore these entities (in its transaction): what the
   * kind needs to know of them now, and what it publishes once for all of them after (the returned function).
   */
  undoing?(tx: EntityManager, entityIds: string[], actorId: string | null): Promise<(() => Promise<void>) | void>;
  /**
   * After a chunk's changed rows are written, in its transaction: what a kind publishes once per chunk rather
   * than once per row (e.g. the KPIs of the course editions the chunk's enrolments moved).
   */
  afterChunk?(tx: EntityManager, rows: ImportWrittenRow<V, R>[], actorId: string | null): Promise<void>;
}

export interface ImportWriteManyContext {
  /**
   * The entities imported keys of a kind map to in the mapping as it was before this chunk (one query);
   * what this chunk writes is the caller's to overlay (a row may refer only to rows before it).
   */
  recordedEntities(kind: string, keys: readonly string[]): Promise<Map<string, string>>;
}

export interface ImportResolveContext {
  file: string;
  /** The mapping's records of the rows' keys. */
  records: Map<string, ImportRecordRow>;
  /** CREATE, UPDATE or UNCHANGED from the mapping (hash compared). */
  actionOf(row: ParsedImportRow): ImportAction;
  error(row: ParsedImportRow, column: string | null, reasonCode: string, params?: Record<string, string | number>): void;
}

/** A file as the API receives it: in base64 through GraphQL, or as raw bytes through a file route. */
export interface ImportFileInput {
  kind: string;
  fileName: string;
  contentBase64?: string;
  bytes?: Uint8Array;
}

export interface ImportCheckResult {
  kind: string;
  fileName: string;
  format: 'CSV' | 'XLSX';
  sheet: string | null;
  contentHash: string;
  totalRows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  errors: ImportRowError[];
}

export interface ImportBatchRow {
  id: string;
  kind: string;
  fileName: string;
  format: string;
  contentHash: string;
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'UNDONE';
  totalRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  /** Why the batch failed: a registry reason (IMPORT_ROW_REJECTED for a row the database refused), its params and the file line. */
  errorCode: string | null;
  errorParams: Record<string, string | number> | null;
  errorLine: number | null;
  createdBy: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  undoneBy: string | null;
  undoneAt: Date | null;
}

/** The largest file accepted, in bytes: the gateway's file limit (a 100k-row placements CSV is about 9 MB; XLSX is smaller). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** The most rows one file may hold (the import runs in the background; the check holds a file in memory). */
export const IMPORT_MAX_ROWS = 200_000;
/** Rows written per transaction: each commits with the batch's progress, so a restart resumes after the last one. */
export const IMPORT_CHUNK_ROWS = 500;
/** A running batch whose worker has not reported for this long is taken over (the worker died). */
export const IMPORT_LEASE_SECONDS = 120;

/** The tables of the history import in a subgraph's schema, for its migration. */
export function historyImportTablesSql(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `create table ${s}."import_batch" (
      "id" uuid not null primary key,
      "kind" text not null,
      "file_name" text not null,
      "format" text not null,
      "content_hash" text not null,
      "status" text not null check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'UNDONE')),
      "total_rows" integer not null,
      "processed_rows" integer not null default 0,
      "created_count" integer not null default 0,
      "updated_count" integer not null default 0,
      "unchanged_count" integer not null default 0,
      "worker_id" uuid null,
      "error_code" text null,
      "error_line" integer null,
      "error_params" jsonb null,
      "created_by" uuid null,
      "created_at" timestamptz not null,
      "started_at" timestamptz null,
      "heartbeat_at" timestamptz null,
      "finished_at" timestamptz null,
      "undone_by" uuid null,
      "undone_at" timestamptz null)`,
    `create index "import_batch_status_idx" on ${s}."import_batch" ("status")`,
    `create table ${s}."import_row" (
      "batch_id" uuid not null,
      "position" integer not null,
      "sheet" text null,
      "line" integer not null,
      "values" jsonb not null,
      primary key ("batch_id", "position"))`,
    `create table ${s}."import_record" (
      "kind" text not null,
      "key" text not null,
      "entity_id" uuid not null,
      "external_id" text null,
      "row_hash" text not null,
      "source_file" text not null,
      "source_sheet" text null,
      "source_line" integer not null,
      "batch_id" uuid not null,
      "updated_at" timestamptz not null,
      primary key ("kind", "key"))`,
    `create index "import_record_entity_idx" on ${s}."import_record" ("entity_id")`,
    `create index "import_record_batch_idx" on ${s}."import_record" ("batch_id")`,
    `create table ${s}."import_change" (
      "id" bigserial primary key,
      "batch_id" uuid not null,
      "kind" text not null,
      "key" text not null,
      "entity_id" uuid not null,
      "action" text not null check ("action" in ('CREATED', 'UPDATED')),
      "before" jsonb null,
      "record_before" jsonb null)`,
    `create index "import_change_batch_idx" on ${s}."import_change" ("batch_id")`,
  ];
}

/** A PostgreSQL text[] literal (bound as one parameter, cast with ?::text[] or ?::uuid[]). */
export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** DD/MM/YYYY (the programme's spreadsheets) or YYYY-MM-DD → ISO day; null when it is neither or not a real day. */
export function importDate(text: string): string | null {
  const it = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = it ? `${it[3]}-${it[2]!.padStart(2, '0')}-${it[1]!.padStart(2, '0')}` : text;
  return isIsoDate(iso) ? iso : null;
}

/** Stable hash of a row's normalised values (what decides "unchanged" on a re-import). */
export function importRowHash(values: object): string {
  const sorted = Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

/** Where each layout column is among a file's header names (-1 when missing); unknown headers are listed. */
export function importColumnsAt(
  layout: readonly ImportColumn[],
  header: readonly string[],
): { at: Record<string, number>; unknown: string[] } {
  const names = header.map((h) => h.trim().toLowerCase());
  const at: Record<string, number> = {};
  for (const c of layout) at[c.header] = names.indexOf(c.header);
  const known = new Set(layout.map((c) => c.header));
  return { at, unknown: names.filter((n) => n !== '' && !known.has(n)) };
}

/** The header of a file against a layout: every required column present, no unknown ones. */
export function checkImportHeader(
  layout: readonly ImportColumn[],
  file: string,
  sheet: string | null,
  header: readonly string[],
): ImportRowError[] {
  const { at, unknown } = importColumnsAt(layout, header);
  const errors: ImportRowError[] = [];
  for (const c of layout)
    if (c.required && (at[c.header] ?? -1) < 0)
      errors.push({ file, sheet, line: 1, column: c.header, reasonCode: 'IMPORT_MISSING_COLUMN', params: { column: c.header } });
  for (const u of unknown) errors.push({ file, sheet, line: 1, column: u, reasonCode: 'IMPORT_UNKNOWN_COLUMN', params: { column: u } });
  return errors;
}

/** Every record of a file through its kind's rules; duplicate keys inside the file are errors at the later line. */
export function parseImportRecords<V>(
  kind: ImportKindDefinition<V>,
  file: string,
  header: readonly string[],
  records: readonly SheetRecord[],
): { rows: ParsedImportRow<V>[]; errors: ImportRowError[] } {
  const { at } = importColumnsAt(kind.layout, header);
  const rows: ParsedImportRow<V>[] = [];
  const errors: ImportRowError[] = [];
  const firstLine = new Map<string, number>();
  for (const r of records) {
    const get = (column: string) => {
      const i = at[column] ?? -1;
      return i < 0 ? '' : (r.cells[i] ?? '').trim();
    };
    try {
      const values = kind.parse(get);
      const key = kind.key(values);
      const seen = firstLine.get(key);
      if (seen !== undefined) {
        errors.push({
          file,
          sheet: r.sheet,
          line: r.line,
          column: kind.keyColumn,
          reasonCode: 'IMPORT_DUPLICATE_KEY',
          params: { key, firstLine: seen },
        });
        continue;
      }
      firstLine.set(key, r.line);
      rows.push({ sheet: r.sheet, line: r.line, key, values, hash: importRowHash(values as object) });
    } catch (e) {
      if (!(e instanceof ImportRowProblems)) throw e;
      for (const x of e.problems) errors.push({ file, sheet: r.sheet, line: r.line, ...x });
    }
  }
  return { rows, errors };
}

interface StagedRow {
  position: number;
  sheet: string | null;
  line: number;
  values: { key: string; hash: string; v: unknown; refs: Record<string, unknown> };
}

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * The history import of one subgraph: its schema's import tables and the kinds it declares. ADMIN only.
 * `check` reads a file and reports every bad row without writing; `start` checks again and queues the
 * batch, which `runBatch` writes in chunks (resumable); `undo` removes a whole batch while nothing depends on it.
 */
export class HistoryImportEngine {
  private readonly kinds: Map<string, ImportKindDefinition>;

  constructor(
    readonly schema: string,
    kinds: readonly ImportKindDefinition[],
  ) {
    this.kinds = new Map(kinds.map((k) => [k.name, k]));
  }

  private t(table: string): string {
    return `"${this.schema}"."${table}"`;
  }

  kindNames(): string[] {
    return [...this.kinds.keys()];
  }

  kind(name: string): ImportKindDefinition {
    const k = this.kinds.get(name);
    if (!k) throw badInput('kind', 'IMPORT_CODE_UNKNOWN', { value: String(name).slice(0, 40), allowed: this.kindNames().join(', ') });
    return k;
  }

  private decode(input: ImportFileInput): { kind: ImportKindDefinition; fileName: string; bytes: Uint8Array } {
    const kind = this.kind(input.kind);
    const fileName = (input.fileName ?? '').trim();
    if (fileName.length < 1 || fileName.length > 200) throw badInput('fileName', 'IMPORT_FILE_NAME_LENGTH');
    if (input.bytes) {
      if (input.bytes.length > IMPORT_MAX_BYTES) throw badInput('file', 'IMPORT_FILE_TOO_LARGE', { maxBytes: IMPORT_MAX_BYTES });
      return { kind, fileName, bytes: input.bytes };
    }
    const b64 = (input.contentBase64 ?? '').replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) throw badInput('contentBase64', 'IMPORT_CONTENT_BASE64');
    if ((b64.length / 4) * 3 > IMPORT_MAX_BYTES + 3)
      throw badInput('contentBase64', 'IMPORT_FILE_TOO_LARGE', { maxBytes: IMPORT_MAX_BYTES });
    return { kind, fileName, bytes: Buffer.from(b64, 'base64') };
  }

  async check(em: EntityManager, caller: Caller, input: ImportFileInput): Promise<ImportCheckResult> {
    requireRole(caller, 'ADMIN');
    return (await this.plan(em, input)).result;
  }

  private async plan(em: EntityManager, input: ImportFileInput): Promise<{ result: ImportCheckResult; rows: PlannedImportRow[] }> {
    const { kind, fileName, bytes } = this.decode(input);
    const contentHash = createHash('sha256').update(bytes).digest('hex');
    const reading = await readSpreadsheet(bytes);
    const base = { kind: kind.name, fileName, contentHash, toCreate: 0, toUpdate: 0, unchanged: 0 };
    if (!reading.ok)
      return {
        result: {
          ...base,
          format: reading.format,
          sheet: reading.sheet,
          totalRows: 0,
          errors: [{ file: fileName, sheet: reading.sheet, line: reading.line, column: null, reasonCode: reading.reasonCode, params: {} }],
        },
        rows: [],
      };
    const at = { file: fileName, sheet: reading.sheet };
    const fail = (errors: ImportRowError[]) => ({
      result: { ...base, format: reading.format, sheet: reading.sheet, totalRows: reading.records.length, errors },
      rows: [],
    });
    if (reading.records.length > IMPORT_MAX_ROWS)
      return fail([{ ...at, line: 1, column: null, reasonCode: 'IMPORT_TOO_MANY_ROWS', params: { max: IMPORT_MAX_ROWS } }]);
    const headerErrors = checkImportHeader(kind.layout, fileName, reading.sheet, reading.header);
    if (headerErrors.length) return fail(headerErrors);
    if (!reading.records.length) return fail([{ ...at, line: 2, column: null, reasonCode: 'IMPORT_FILE_EMPTY', params: {} }]);
    const parsed = parseImportRecords(kind, fileName, reading.header, reading.records);
    const records = new Map(
      (
        await em.execute<ImportRecordRow[]>(
          `select "kind", "key", "entity_id", "external_id", "row_hash", "source_file", "source_sheet", "source_line", "batch_id", "updated_at"::text
           from ${this.t('import_record')} where "kind" = ? and "key" = any(?::text[])`,
          [kind.name, pgTextArray(parsed.rows.map((r) => r.key))],
        )
      ).map((x) => [x.key, x]),
    );
    const resolveErrors: ImportRowError[] = [];
    const resolved = await kind.resolve(em, parsed.rows, {
      file: fileName,
      records,
      actionOf: (r) => {
        const rec = records.get(r.key);
        return rec ? (rec.row_hash === r.hash ? 'UNCHANGED' : 'UPDATE') : 'CREATE';
      },
      error: (r, column, reasonCode, params = {}) =>
        resolveErrors.push({ file: fileName, sheet: r.sheet, line: r.line, column, reasonCode, params }),
    });
    const errors = [...parsed.errors, ...resolveErrors, ...resolved.errors].sort((a, b) => a.line - b.line);
    const rows = resolved.rows;
    return {
      result: {
        ...base,
        format: reading.format,
        sheet: reading.sheet,
        totalRows: reading.records.length,
        toCreate: rows.filter((r) => r.action === 'CREATE').length,
        toUpdate: rows.filter((r) => r.action === 'UPDATE').length,
        unchanged: rows.filter((r) => r.action === 'UNCHANGED').length,
        errors,
      },
      rows,
    };
  }

  /** Checks the file again and queues it: nothing is written when it has errors (IMPORT_HAS_ERRORS). */
  async start(em: EntityManager, caller: Caller, input: ImportFileInput): Promise<ImportBatchRow> {
    requireRole(caller, 'ADMIN');
    const { result, rows } = await this.plan(em, input);
    if (result.errors.length) throw badInput('file', 'IMPORT_HAS_ERRORS', { count: result.errors.length });
    const id = randomUUID();
    await em.transactional(async (tx) => {
      await tx.execute(
        `insert into ${this.t('import_batch')} ("id", "kind", "file_name", "format", "content_hash", "status", "total_rows", "created_by", "created_at")
         values (?, ?, ?, ?, ?, 'QUEUED', ?, ?, now())`,
        [id, result.kind, result.fileName, result.format, result.contentHash, rows.length, caller.userId ?? null],
      );
      for (let i = 0; i < rows.length; i += 5000) {
        const part = rows.slice(i, i + 5000);
        await tx.execute(
          `insert into ${this.t('import_row')} ("batch_id", "position", "sheet", "line", "values")
           select ?, x."position", x."sheet", x."line", x."values" from jsonb_to_recordset(?::jsonb) as x("position" int, "sheet" text, "line" int, "values" jsonb)`,
          [
            id,
            JSON.stringify(
              part.map((r, j) => ({
                position: i + j,
                sheet: r.sheet,
                line: r.line,
                values: { key: r.key, hash: r.hash, v: r.values, refs: r.refs },
              })),
            ),
          ],
        );
      }
    });
    return this.batch(em, caller, id);
  }

  private static readonly BATCH_COLUMNS = `"id", "kind", "file_name" as "fileName", "format", "content_hash" as "contentHash", "status",
    "total_rows" as "totalRows", "processed_rows" as "processedRows", "created_count" as "createdCount", "updated_count" as "updatedCount",
    "unchanged_count" as "unchangedCount", "error_code" as "errorCode", "error_params" as "errorParams", "error_line" as "errorLine",
    "created_by" as "createdBy", to_json("created_at") #>> '{}' as "createdAt", to_json("finished_at") #>> '{}' as "finishedAt",
    "undone_by" as "undoneBy", to_json("undone_at") #>> '{}' as "undoneAt"`;

  async batch(em: EntityManager, caller: Caller, id: string): Promise<ImportBatchRow> {
    requireRole(caller, 'ADMIN');
    const [row] = await em.execute<Record<string, unknown>[]>(
      `select ${HistoryImportEngine.BATCH_COLUMNS} from ${this.t('import_batch')} where "id" = ?::uuid`,
      [/^[0-9a-f-]{36}$/i.test(id) ? id : ZERO_UUID],
    );
    if (!row) throw notFound('IMPORT_BATCH_NOT_FOUND');
    return batchRow(row);
  }

  async batches(em: EntityManager, caller: Caller, limit: number): Promise<ImportBatchRow[]> {
    requireRole(caller, 'ADMIN');
    const rows = await em.execute<Record<string, unknown>[]>(
      `select ${HistoryImportEngine.BATCH_COLUMNS} from ${this.t('import_batch')} order by "created_at" desc limit ?`,
      [Math.min(Math.max(limit, 1), 100)],
    );
    return rows.map(batchRow);
  }

  /** Where an imported record came from (file, sheet, line, batch), by its id; null when it was not imported. */
  async sourceOf(
    em: EntityManager,
    caller: Caller,
    entityId: string,
  ): Promise<{ file: string; sheet: string | null; line: number; batchId: string; externalKey: string } | null> {
    requireRole(caller, 'ADMIN');
    const [row] = await em.execute<{ file: string; sheet: string | null; line: number; batchId: string; externalKey: string }[]>(
      `select "source_file" as "file", "source_sheet" as "sheet", "source_line" as "line", "batch_id" as "batchId", "key" as "externalKey"
       from ${this.t('import_record')} where "entity_id" = ?::uuid limit 1`,
      [/^[0-9a-f-]{36}$/i.test(entityId) ? entityId : ZERO_UUID],
    );
    return row ?? null;
  }

  /**
   * Undoes a finished batch: records it created are deleted, records it updated get their values back.
   * Refused while it runs, when a later batch changed the same records, when records made since depend on
   * what it created, and for kinds whose records cannot be taken back (the kind's undoRefusal).
   */
  async undo(em: EntityManager, caller: Caller, id: string): Promise<ImportBatchRow> {
    requireRole(caller, 'ADMIN');
    const b = await this.batch(em, caller, id);
    if (b.status !== 'DONE') throw new DomainError('IMPORT_UNDO_NOT_FINISHED', { status: b.status });
    const kind = this.kind(b.kind);
    await em.transactional(async (tx) => {
      const [locked] = await tx.execute<{ status: string }[]>(`select "status" from ${this.t('import_batch')} where "id" = ? for update`, [
        id,
      ]);
      if (locked?.status !== 'DONE') throw new DomainError('IMPORT_UNDO_NOT_FINISHED', { status: locked?.status ?? 'UNDONE' });
      const changes = await tx.execute<
        {
          kind: string;
          key: string;
          entity_id: string;
          action: 'CREATED' | 'UPDATED';
          before: Record<string, unknown> | null;
          record_before: ImportRecordRow | null;
        }[]
      >(
        `select "kind", "key", "entity_id", "action", "before", "record_before" from ${this.t('import_change')} where "batch_id" = ? order by "id" desc`,
        [id],
      );
      if (kind.undoRefusal && changes.length) throw new DomainError(kind.undoRefusal, {});
      const [later] = await tx.execute<{ n: number }[]>(
        `select count(*)::int as "n" from ${this.t('import_change')} c join ${this.t('import_record')} r on r."kind" = c."kind" and r."key" = c."key"
         where c."batch_id" = ? and r."batch_id" <> ?`,
        [id, id],
      );
      if ((later?.n ?? 0) > 0) throw new DomainError('IMPORT_UNDO_LATER_BATCH', { count: later?.n ?? 0 });
      const created = changes.filter((c) => c.action === 'CREATED').map((c) => c.entity_id);
      if (created.length && kind.dependents) {
        const found = (await kind.dependents(tx, created)).filter((d) => d.n > 0);
        if (found.length)
          throw new DomainError('IMPORT_UNDO_DEPENDENTS', {
            count: found.reduce((s, d) => s + d.n, 0),
            what: found.map((d) => d.what).join(', '),
          });
      }
      const undone = await kind.undoing?.(
        tx,
        changes.map((c) => c.entity_id),
        caller.userId ?? null,
      );
      for (const c of changes) {
        if (c.action === 'CREATED')
          await (kind.remove
            ? kind.remove(tx, c.entity_id, caller.userId ?? null)
            : tx.execute(`delete from ${this.t(kind.entity.table)} where "id" = ?`, [c.entity_id]));
        else if (c.before)
          await (kind.restore
            ? kind.restore(tx, c.entity_id, c.before, caller.userId ?? null)
            : this.restore(tx, kind, c.entity_id, c.before));
        if (c.record_before) await this.upsertRecord(tx, c.record_before);
        else await tx.execute(`delete from ${this.t('import_record')} where "kind" = ? and "key" = ?`, [c.kind, c.key]);
      }
      if (undone) await undone();
      await tx.execute(`update ${this.t('import_batch')} set "status" = 'UNDONE', "undone_by" = ?, "undone_at" = now() where "id" = ?`, [
        caller.userId ?? null,
        id,
      ]);
    });
    return this.batch(em, caller, id);
  }

  /** The entities keys of a kind map to in the mapping (one query). */
  private async recordedEntities(tx: EntityManager, kind: string, keys: readonly string[]): Promise<Map<string, string>> {
    if (!keys.length) return new Map();
    const rows = await tx.execute<{ key: string; entity_id: string }[]>(
      `select "key", "entity_id" from ${this.t('import_record')} where "kind" = ? and "key" = any(?::text[])`,
      [kind, pgTextArray([...new Set(keys)])],
    );
    return new Map(rows.map((r) => [r.key, r.entity_id]));
  }

  private async upsertRecord(tx: EntityManager, r: ImportRecordRow): Promise<void> {
    await tx.execute(
      `insert into ${this.t('import_record')} ("kind", "key", "entity_id", "external_id", "row_hash", "source_file", "source_sheet", "source_line", "batch_id", "updated_at")
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict ("kind", "key") do update set "entity_id" = excluded."entity_id", "external_id" = excluded."external_id", "row_hash" = excluded."row_hash",
         "source_file" = excluded."source_file", "source_sheet" = excluded."source_sheet", "source_line" = excluded."source_line",
         "batch_id" = excluded."batch_id", "updated_at" = excluded."updated_at"`,
      [r.kind, r.key, r.entity_id, r.external_id, r.row_hash, r.source_file, r.source_sheet, r.source_line, r.batch_id, r.updated_at],
    );
  }

  private async restore(tx: EntityManager, kind: ImportKindDefinition, id: string, before: Record<string, unknown>): Promise<void> {
    const fields = kind.entity.fields;
    await tx.execute(`update ${this.t(kind.entity.table)} set ${fields.map((f) => `"${f}" = ?`).join(', ')} where "id" = ?`, [
      ...fields.map((f) => before[f] ?? null),
      id,
    ]);
  }

  /** The entities' columns an import writes, as undo needs them back, by id. */
  private async snapshots(tx: EntityManager, kind: ImportKindDefinition, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
    if (!ids.length) return new Map();
    if (kind.snapshot) return kind.snapshot(tx, ids);
    const dates = new Set(kind.entity.dateFields ?? []);
    const cols = kind.entity.fields.map((f) => (dates.has(f) ? `to_char("${f}", 'YYYY-MM-DD') as "${f}"` : `"${f}"`));
    const rows = await tx.execute<(Record<string, unknown> & { __id: string })[]>(
      `select "id"::text as "__id", ${cols.join(', ')} from ${this.t(kind.entity.table)} where "id" = any(?::uuid[])`,
      [pgTextArray(ids)],
    );
    return new Map(rows.map(({ __id, ...row }) => [__id, row]));
  }

  /** Batches queued, or running with an expired lease (their worker died): what a restarted process resumes. */
  async pending(em: EntityManager): Promise<string[]> {
    const rows = await em.execute<{ id: string }[]>(
      `select "id" from ${this.t('import_batch')} where "status" = 'QUEUED' or ("status" = 'RUNNING' and "heartbeat_at" < now() - make_interval(secs => ?)) order by "created_at"`,
      [IMPORT_LEASE_SECONDS],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Writes a queued or abandoned batch (the background worker): takes the batch's lease, then writes its
   * staged rows `chunkRows` at a time, each chunk in one transaction with the batch's progress, so a
   * process that dies leaves a batch that the next worker resumes from the last committed chunk. A rule
   * or a constraint that refuses a row fails the batch for good (FAILED, with the reason and the line);
   * anything else (the connection, the process stopping) leaves it RUNNING for the next worker once the
   * lease ends. Returns false when the batch is not there to take (done, or another worker holds it) or
   * the worker stopped on a passing failure.
   */
  async runBatch(em: EntityManager, batchId: string, options: { chunkRows?: number; maxChunks?: number } = {}): Promise<boolean> {
    const workerId = randomUUID();
    const chunkRows = options.chunkRows ?? IMPORT_CHUNK_ROWS;
    let chunks = 0;
    const claimed = await em.execute<{ id: string }[]>(
      `update ${this.t('import_batch')} set "status" = 'RUNNING', "started_at" = coalesce("started_at", now()), "heartbeat_at" = now(), "worker_id" = ?
       where "id" = ? and ("status" = 'QUEUED' or ("status" = 'RUNNING' and "heartbeat_at" < now() - make_interval(secs => ?))) returning "id"`,
      [workerId, batchId, IMPORT_LEASE_SECONDS],
    );
    if (!claimed.length) return false;
    let failedLine = 0;
    for (;;) {
      // Tests stop here to play a process that dies between two chunks.
      if (options.maxChunks !== undefined && chunks++ >= options.maxChunks) return true;
      let more = false;
      try {
        more = await em.fork().transactional(async (tx) => {
          const [b] = await tx.execute<
            {
              kind: string;
              file_name: string;
              processed_rows: number;
              created_by: string | null;
              worker_id: string | null;
              status: string;
            }[]
          >(
            `select "kind", "file_name", "processed_rows", "created_by", "worker_id", "status" from ${this.t('import_batch')} where "id" = ? for update`,
            [batchId],
          );
          // Another worker took the batch over (this one was too slow to report): stop.
          if (!b || b.status !== 'RUNNING' || b.worker_id !== workerId) return false;
          const kind = this.kind(b.kind);
          const rows = await tx.execute<StagedRow[]>(
            `select "position", "sheet", "line", "values" from ${this.t('import_row')} where "batch_id" = ? and "position" >= ? order by "position" limit ?`,
            [batchId, b.processed_rows, chunkRows],
          );
          const counts = await this.writeChunk(tx, batchId, kind, b.file_name, b.created_by, rows, (line) => (failedLine = line));
          await tx.execute(
            `update ${this.t('import_batch')} set "processed_rows" = "processed_rows" + ?, "created_count" = "created_count" + ?, "updated_count" = "updated_count" + ?,
               "unchanged_count" = "unchanged_count" + ?, "heartbeat_at" = now() where "id" = ?`,
            [rows.length, counts.CREATE, counts.UPDATE, counts.UNCHANGED, batchId],
          );
          if (rows.length < chunkRows) {
            await tx.execute(
              `update ${this.t('import_batch')} set "status" = 'DONE', "finished_at" = now(), "worker_id" = null where "id" = ?`,
              [batchId],
            );
            await tx.execute(`delete from ${this.t('import_row')} where "batch_id" = ?`, [batchId]);
            return false;
          }
          return true;
        });
      } catch (e) {
        const db = e as { code?: unknown; sqlState?: unknown; constraint?: unknown };
        const sqlState = String(db.sqlState ?? db.code ?? '');
        if (!refusesRow(e)) return false;
        const [code, params] =
          e instanceof DomainError
            ? [e.reason, { ...e.params }]
            : ['IMPORT_ROW_REJECTED', { sqlState, ...(typeof db.constraint === 'string' ? { constraint: db.constraint } : {}) }];
        await em.execute(
          `update ${this.t('import_batch')} set "status" = 'FAILED', "finished_at" = now(), "worker_id" = null, "error_code" = ?, "error_params" = ?::jsonb,
             "error_line" = ? where "id" = ?`,
          [code, JSON.stringify(params), failedLine || null, batchId],
        );
        return true;
      }
      if (!more) return true;
    }
  }

  /**
   * One chunk of staged rows into the database, set-based around the kind's own writes: the mapping of the
   * chunk's keys read once, the before-images of the entities to update read once, each changed row written
   * by its kind (created, or updated with its before-image kept for undo), then the changes and the mapping
   * of the chunk written in two statements. Unchanged rows are only counted.
   */
  private async writeChunk(
    tx: EntityManager,
    batchId: string,
    kind: ImportKindDefinition,
    fileName: string,
    actorId: string | null,
    rows: StagedRow[],
    at: (line: number) => void,
  ): Promise<Record<ImportAction, number>> {
    const counts = { CREATE: 0, UPDATE: 0, UNCHANGED: 0 };
    if (!rows.length) return counts;
    const records = new Map(
      (
        await tx.execute<ImportRecordRow[]>(
          `select "kind", "key", "entity_id", "external_id", "row_hash", "source_file", "source_sheet", "source_line", "batch_id", "updated_at"::text
           from ${this.t('import_record')} where "kind" = ? and "key" = any(?::text[])`,
          [kind.name, pgTextArray(rows.map((r) => r.values.key))],
        )
      ).map((r) => [r.key, r]),
    );
    const changed = rows.filter((r) => records.get(r.values.key)?.row_hash !== r.values.hash);
    counts.UNCHANGED = rows.length - changed.length;
    const existing = changed
      .map((r) => records.get(r.values.key)?.entity_id ?? kind.adopt?.(r.values.v, r.values.refs))
      .filter((id): id is string => !!id);
    const befores = await this.snapshots(tx, kind, existing);
    const written = new Map<string, string>(); // key → entity id, this chunk
    const writtenRows: ImportWrittenRow<unknown, Record<string, unknown>>[] = [];
    const entityOf = async (k: string, key: string): Promise<string | null> => {
      if (k === kind.name && written.has(key)) return written.get(key)!;
      const [r] = await tx.execute<{ entity_id: string }[]>(
        `select "entity_id" from ${this.t('import_record')} where "kind" = ? and "key" = ?`,
        [k, key],
      );
      return r?.entity_id ?? null;
    };
    const changes: unknown[] = [];
    const mapping: ImportRecordRow[] = [];
    const writes: (ImportWrite<unknown, Record<string, unknown>> & { line: number })[] = [];
    const now = new Date().toISOString();
    for (const row of changed) {
      const { key, hash, v, refs } = row.values;
      const rec = records.get(key);
      let entityId = rec?.entity_id ?? kind.adopt?.(v, refs);
      const action: ImportAction = entityId ? 'UPDATE' : 'CREATE';
      const before = entityId ? (befores.get(entityId) ?? null) : null;
      if (entityId && !before) entityId = undefined; // deleted since: create it again
      entityId ??= randomUUID();
      writes.push({ entityId, key, before, values: v, refs, batchId, actorId, entityOf, line: row.line });
      writtenRows.push({ entityId, created: !before, values: v, refs });
      counts[action]++;
      changes.push({
        kind: kind.name,
        key,
        entity_id: entityId,
        action: action === 'CREATE' ? 'CREATED' : 'UPDATED',
        before,
        record_before: rec ?? null,
      });
      mapping.push({
        kind: kind.name,
        key,
        entity_id: entityId,
        external_id: kind.externalId(v),
        row_hash: hash,
        source_file: fileName,
        source_sheet: row.sheet,
        source_line: row.line,
        batch_id: batchId,
        updated_at: now,
      });
    }
    if (!changes.length) return counts;
    // The events the kind publishes while writing the chunk go out in one statement at its end (same order,
    // same transaction), rather than one statement each.
    const events = bufferEvents(tx);
    try {
      const rowByRow = async () => {
        for (const w of writes) {
          at(w.line);
          await kind.write(tx, w);
          written.set(w.key, w.entityId);
        }
      };
      if (kind.writeMany) {
        // Set-based; when a rule or the database refuses a row, the chunk is written again row by row (from
        // a savepoint) to find the line at fault, or to write it after all.
        await tx.execute('savepoint "ixl_import_chunk"');
        try {
          await kind.writeMany(tx, writes, { recordedEntities: (k, keys) => this.recordedEntities(tx, k, keys) });
          await tx.execute('release savepoint "ixl_import_chunk"');
          for (const w of writes) written.set(w.key, w.entityId);
          at(writes[writes.length - 1]!.line);
        } catch (e) {
          if (!refusesRow(e)) throw e;
          await tx.execute('rollback to savepoint "ixl_import_chunk"');
          events.discard();
          await rowByRow();
        }
      } else await rowByRow();
      if (kind.afterChunk) await kind.afterChunk(tx, writtenRows, actorId);
      await events.flush();
    } finally {
      events.close();
    }
    await tx.execute(
      `insert into ${this.t('import_change')} ("batch_id", "kind", "key", "entity_id", "action", "before", "record_before")
       select ?, x."kind", x."key", x."entity_id", x."action", x."before", x."record_before"
       from jsonb_to_recordset(?::jsonb) as x("kind" text, "key" text, "entity_id" uuid, "action" text, "before" jsonb, "record_before" jsonb)`,
      [batchId, JSON.stringify(changes)],
    );
    await tx.execute(
      `insert into ${this.t('import_record')} ("kind", "key", "entity_id", "external_id", "row_hash", "source_file", "source_sheet", "source_line", "batch_id", "updated_at")
       select x."kind", x."key", x."entity_id", x."external_id", x."row_hash", x."source_file", x."source_sheet", x."source_line", x."batch_id", x."updated_at"
       from jsonb_to_recordset(?::jsonb) as x("kind" text, "key" text, "entity_id" uuid, "external_id" text, "row_hash" text, "source_file" text,
         "source_sheet" text, "source_line" int, "batch_id" uuid, "updated_at" timestamptz)
       on conflict ("kind", "key") do update set "entity_id" = excluded."entity_id", "external_id" = excluded."external_id", "row_hash" = excluded."row_hash",
         "source_file" = excluded."source_file", "source_sheet" = excluded."source_sheet", "source_line" = excluded."source_line",
         "batch_id" = excluded."batch_id", "updated_at" = excluded."updated_at"`,
      [JSON.stringify(mapping)],
    );
    return counts;
  }
}

/** A rule (DomainError) or the database refusing the data (SQLSTATE class 22 or 23): the row is at fault, not the run. */
function refusesRow(e: unknown): boolean {
  const db = e as { code?: unknown; sqlState?: unknown };
  return e instanceof DomainError || /^(22|23)/.test(String(db.sqlState ?? db.code ?? ''));
}

/**
 * Raw SQL gives PostgreSQL's text of a timestamptz ("2026-12-03 02:30:00.1+00", which the DateTimeISO
 * scalar refuses); the batch columns read as ISO 8601 with offset, made Dates here so the API answers
 * the instant in UTC and the portals show it in Europe/Rome.
 */
function batchRow(row: Record<string, unknown>): ImportBatchRow {
  const at = (v: unknown) => (v == null ? null : new Date(String(v)));
  return { ...row, createdAt: at(row.createdAt)!, finishedAt: at(row.finishedAt), undoneAt: at(row.undoneAt) } as ImportBatchRow;
}
