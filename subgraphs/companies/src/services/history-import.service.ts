import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { IMPORT_KINDS, type ImportKindName, type PlacementRecordedPayload } from '@ixl/contracts';
import { badInput, DomainError, fiscalCodeHash, notFound, readSpreadsheet, requireRole } from '@ixl/subgraph-kit';
import { PlacementType, type PlacementFollowUp } from '../entities/placement.entity.js';
import { publishCompaniesEvent } from '../events/publish.js';
import { pgTextArray } from './pg-array.js';
import { validateFollowUp } from './placement.rules.js';
import {
  checkHeader,
  IMPORT_MAX_ROWS,
  parseRecords,
  type CompanyRow,
  type ImportRowError,
  type ParsedRow,
  type PlacementRow,
  type SiteRow,
} from './history-import.rules.js';

/** The largest file accepted, in bytes: the gateway's file limit (a 100k-row placements CSV is about 9 MB; XLSX is smaller). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Rows written per transaction: each commits with the batch's progress, so a restart resumes after the last one. */
export const IMPORT_CHUNK_ROWS = 500;
/** A running batch whose worker has not reported for this long is taken over (the worker died). */
export const IMPORT_LEASE_SECONDS = 120;

export type ImportAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

/** A checked row with what the import will do with it and the ids its references resolved to. */
interface PlannedRow extends ParsedRow {
  action: ImportAction;
  refs: { beneficiaryId?: string; companyId?: string };
}

/** A file as the API receives it: in base64 through GraphQL, or as raw bytes through `/files/companies/history-imports`. */
export interface ImportFileInput {
  kind: string;
  fileName: string;
  contentBase64?: string;
  bytes?: Uint8Array;
}

export interface ImportCheckResult {
  kind: ImportKindName;
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
  kind: ImportKindName;
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

const BATCH_COLUMNS = `"id", "kind", "file_name" as "fileName", "format", "content_hash" as "contentHash", "status", "total_rows" as "totalRows",
  "processed_rows" as "processedRows", "created_count" as "createdCount", "updated_count" as "updatedCount", "unchanged_count" as "unchangedCount",
  "error_code" as "errorCode", "error_params" as "errorParams", "error_line" as "errorLine", "created_by" as "createdBy", to_json("created_at") #>> '{}' as "createdAt", to_json("finished_at") #>> '{}' as "finishedAt",
  "undone_by" as "undoneBy", to_json("undone_at") #>> '{}' as "undoneAt"`;

/**
 * Raw SQL gives PostgreSQL's text of a timestamptz ("2026-12-03 02:30:00.1+00", which the DateTimeISO
 * scalar refuses); the columns above read as ISO 8601 with offset, made Dates here so the API answers
 * the instant in UTC and the portals show it in Europe/Rome.
 */
function batchRow(row: Record<string, unknown>): ImportBatchRow {
  const at = (v: unknown) => (v == null ? null : new Date(String(v)));
  return { ...row, createdAt: at(row.createdAt)!, finishedAt: at(row.finishedAt), undoneAt: at(row.undoneAt) } as ImportBatchRow;
}

function decodeInput(input: ImportFileInput): { kind: ImportKindName; fileName: string; bytes: Uint8Array } {
  if (!(IMPORT_KINDS as string[]).includes(input.kind))
    throw badInput('kind', 'IMPORT_CODE_UNKNOWN', { value: String(input.kind).slice(0, 40), allowed: IMPORT_KINDS.join(', ') });
  const fileName = (input.fileName ?? '').trim();
  if (fileName.length < 1 || fileName.length > 200) throw badInput('fileName', 'IMPORT_FILE_NAME_LENGTH');
  if (input.bytes) {
    if (input.bytes.length > IMPORT_MAX_BYTES) throw badInput('file', 'IMPORT_FILE_TOO_LARGE', { maxBytes: IMPORT_MAX_BYTES });
    return { kind: input.kind as ImportKindName, fileName, bytes: input.bytes };
  }
  const b64 = (input.contentBase64 ?? '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) throw badInput('contentBase64', 'IMPORT_CONTENT_BASE64');
  if ((b64.length / 4) * 3 > IMPORT_MAX_BYTES + 3) throw badInput('contentBase64', 'IMPORT_FILE_TOO_LARGE', { maxBytes: IMPORT_MAX_BYTES });
  const bytes = Buffer.from(b64, 'base64');
  return { kind: input.kind as ImportKindName, fileName, bytes };
}

/**
 * The history import of the companies subgraph (issue 27): companies (AZIENDE), their sites (SEDI) and
 * placements (INSERIMENTI). ADMIN only. `check` reads a file and reports every bad row (file, sheet, line,
 * column, reason) without writing; `start` checks again and queues the batch, which a background worker
 * writes in chunks (resumable); `undo` removes a whole batch while nothing depends on it.
 */
export class HistoryImportService {
  constructor(private readonly em: EntityManager) {}

  async check(caller: Caller, input: ImportFileInput): Promise<ImportCheckResult> {
    requireRole(caller, 'ADMIN');
    const { result } = await this.plan(input);
    return result;
  }

  private async plan(input: ImportFileInput): Promise<{ result: ImportCheckResult; rows: PlannedRow[] }> {
    const { kind, fileName, bytes } = decodeInput(input);
    const contentHash = createHash('sha256').update(bytes).digest('hex');
    const reading = await readSpreadsheet(bytes);
    const base = { kind, fileName, contentHash, toCreate: 0, toUpdate: 0, unchanged: 0 };
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
    const headerErrors = checkHeader(kind, fileName, reading.sheet, reading.header);
    if (headerErrors.length) return fail(headerErrors);
    if (!reading.records.length) return fail([{ ...at, line: 2, column: null, reasonCode: 'IMPORT_FILE_EMPTY', params: {} }]);
    const parsed = parseRecords(kind, fileName, reading.header, reading.records);
    const resolved = await this.resolve(kind, fileName, parsed.rows);
    const errors = [...parsed.errors, ...resolved.errors].sort((a, b) => a.line - b.line);
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

  /** References to what the database holds, and what each row will do; errors for what cannot be found. */
  private async resolve(kind: ImportKindName, file: string, rows: ParsedRow[]): Promise<{ rows: PlannedRow[]; errors: ImportRowError[] }> {
    const em = this.em;
    const errors: ImportRowError[] = [];
    const err = (r: ParsedRow, column: string, reasonCode: string, params: Record<string, string | number> = {}) =>
      errors.push({ file, sheet: r.sheet, line: r.line, column, reasonCode, params });
    const records = new Map(
      (
        await em.execute<{ key: string; entity_id: string; row_hash: string; external_id: string | null }[]>(
          `select "key", "entity_id", "row_hash", "external_id" from "companies"."import_record" where "kind" = ? and "key" = any(?::text[])`,
          [kind, pgTextArray(rows.map((r) => r.key))],
        )
      ).map((x) => [x.key, x]),
    );
    const vats = [...new Set(rows.map((r) => (r.values as { vatNumber: string | null }).vatNumber).filter((v): v is string => !!v))];
    const companies = new Map(
      (
        await em.execute<{ id: string; vat_number: string }[]>(
          `select "id", "vat_number" from "companies"."company" where "vat_number" = any(?::text[])`,
          [pgTextArray(vats)],
        )
      ).map((c) => [c.vat_number, c.id]),
    );
    const actionOf = (r: ParsedRow): ImportAction => {
      const rec = records.get(r.key);
      return rec ? (rec.row_hash === r.hash ? 'UNCHANGED' : 'UPDATE') : 'CREATE';
    };
    const planned: PlannedRow[] = [];
    if (kind === 'AZIENDE') {
      for (const r of rows) {
        const v = r.values as CompanyRow;
        const rec = records.get(r.key);
        if (rec && rec.external_id && v.externalId && rec.external_id !== v.externalId) {
          err(r, 'partita_iva', 'IMPORT_VAT_OWNED_BY_OTHER', { vatNumber: v.vatNumber });
          continue;
        }
        // A company already on the platform (same partita IVA) is adopted: the row updates it.
        const existing = companies.get(v.vatNumber);
        planned.push({ ...r, action: rec ? actionOf(r) : existing ? 'UPDATE' : 'CREATE', refs: existing ? { companyId: existing } : {} });
      }
      return { rows: planned, errors };
    }
    if (kind === 'SEDI') {
      // A company has no two sites with one name (company_site_company_id_name_unique): in the file, or a site
      // already there that is not this row's own.
      const existing = new Map(
        (
          await em.execute<{ k: string; id: string }[]>(
            `select s."company_id" || '|' || lower(s."name") as "k", s."id" from "companies"."company_site" s where s."company_id" = any(?::uuid[])`,
            [pgTextArray([...companies.values()])],
          )
        ).map((x) => [x.k, x.id]),
      );
      const inFile = new Map<string, number>();
      for (const r of rows) {
        const v = r.values as SiteRow;
        const companyId = companies.get(v.vatNumber);
        if (!companyId) {
          err(r, 'partita_iva_azienda', 'IMPORT_COMPANY_NOT_FOUND', { vatNumber: v.vatNumber });
          continue;
        }
        const nameKey = `${companyId}|${v.name.toLowerCase()}`;
        const first = inFile.get(nameKey);
        const other = existing.get(nameKey);
        if (first !== undefined || (other && other !== records.get(r.key)?.entity_id)) {
          err(r, 'nome', 'IMPORT_SITE_NAME_TAKEN', { name: v.name });
          continue;
        }
        inFile.set(nameKey, r.line);
        planned.push({ ...r, action: actionOf(r), refs: { companyId } });
      }
      return { rows: planned, errors };
    }
    // INSERIMENTI: the person by codice fiscale (the key `people` publishes), the company by partita IVA, the
    // previous placement by the old system's id (already imported, or earlier in this file).
    const hashes = new Map(rows.map((r) => [r.key, fiscalCodeHash((r.values as PlacementRow).codiceFiscale)]));
    const people = new Map(
      (
        await em.execute<{ beneficiary_id: string; fiscal_code_hash: string }[]>(
          `select "beneficiary_id", "fiscal_code_hash" from "companies"."matching_profile" where not "erased" and "fiscal_code_hash" = any(?::text[])`,
          [pgTextArray([...new Set(hashes.values())])],
        )
      ).map((p) => [p.fiscal_code_hash, p.beneficiary_id]),
    );
    const previousKeys = [...new Set(rows.map((r) => (r.values as PlacementRow).previousExternalId).filter((k): k is string => !!k))];
    const previousRecords = new Map(
      (
        await em.execute<{ key: string; entity_id: string }[]>(
          `select "key", "entity_id" from "companies"."import_record" where "kind" = 'INSERIMENTI' and "key" = any(?::text[])`,
          [pgTextArray(previousKeys)],
        )
      ).map((x) => [x.key, x.entity_id]),
    );
    const placementIds = [...new Set([...previousRecords.values(), ...[...records.values()].map((x) => x.entity_id)])];
    type Known = { beneficiaryId: string; companyId: string | null; type: PlacementType; startDate: string };
    const placements = new Map<string, Known>(
      (
        await em.execute<{ id: string; beneficiary_id: string; company_id: string | null; type: PlacementType; start_date: string }[]>(
          `select "id", "beneficiary_id", "company_id", "type", to_char("start_date", 'YYYY-MM-DD') as "start_date" from "companies"."placement" where "id" = any(?::uuid[])`,
          [pgTextArray(placementIds)],
        )
      ).map((p) => [p.id, { beneficiaryId: p.beneficiary_id, companyId: p.company_id, type: p.type, startDate: p.start_date }]),
    );
    const beneficiaryIds = [...new Set(people.values())];
    const existingNatural = new Set(
      (
        await em.execute<{ k: string }[]>(
          `select "beneficiary_id" || '|' || coalesce("company_id"::text, '') || '|' || "type" || '|' || to_char("start_date", 'YYYY-MM-DD') as "k"
           from "companies"."placement" p where "beneficiary_id" = any(?::uuid[])
           and not exists (select 1 from "companies"."import_record" r where r."kind" = 'INSERIMENTI' and r."entity_id" = p."id")`,
          [pgTextArray(beneficiaryIds)],
        )
      ).map((x) => x.k),
    );
    const inFile = new Map<string, Known & { line: number }>();
    for (const r of rows) {
      const v = r.values as PlacementRow;
      const beneficiaryId = people.get(hashes.get(r.key) ?? '');
      const companyId = v.vatNumber ? companies.get(v.vatNumber) : undefined;
      if (!beneficiaryId) err(r, 'codice_fiscale', 'IMPORT_PERSON_NOT_FOUND');
      if (v.vatNumber && !companyId) err(r, 'partita_iva_azienda', 'IMPORT_COMPANY_NOT_FOUND', { vatNumber: v.vatNumber });
      if (!beneficiaryId || (v.vatNumber && !companyId)) continue;
      const me: Known = { beneficiaryId, companyId: companyId ?? null, type: v.type, startDate: v.startDate };
      if (v.previousExternalId) {
        const prevId = previousRecords.get(v.previousExternalId);
        const prev = (prevId ? placements.get(prevId) : undefined) ?? inFile.get(v.previousExternalId);
        if (!prev) {
          err(r, 'id_esterno_precedente', 'IMPORT_PREVIOUS_NOT_FOUND', { externalId: v.previousExternalId });
          continue;
        }
        try {
          validateFollowUp(
            {
              beneficiaryId,
              companyId: me.companyId,
              type: v.type,
              startDate: v.startDate,
              followUp: v.followUp as PlacementFollowUp,
            } as never,
            prev,
          );
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          const column =
            e.field === 'startDate'
              ? 'data_inizio'
              : e.field === 'type'
                ? 'tipo'
                : e.field === 'companyId'
                  ? 'partita_iva_azienda'
                  : 'id_esterno_precedente';
          err(r, column, e.reason, { ...e.params });
          continue;
        }
      }
      const rec = records.get(r.key);
      if (rec) {
        const was = placements.get(rec.entity_id);
        const changed = !was
          ? null
          : was.beneficiaryId !== me.beneficiaryId
            ? 'codice_fiscale'
            : was.companyId !== me.companyId
              ? 'partita_iva_azienda'
              : was.type !== me.type
                ? 'tipo'
                : was.startDate !== me.startDate
                  ? 'data_inizio'
                  : null;
        if (changed) {
          err(r, changed, 'IMPORT_PLACEMENT_IDENTITY_CHANGED', { column: changed });
          continue;
        }
      } else if (existingNatural.has(`${me.beneficiaryId}|${me.companyId ?? ''}|${me.type}|${me.startDate}`)) {
        err(r, 'data_inizio', 'IMPORT_PLACEMENT_EXISTS');
        continue;
      }
      inFile.set(r.key, { ...me, line: r.line });
      planned.push({ ...r, action: actionOf(r), refs: { beneficiaryId, companyId: companyId ?? undefined } });
    }
    return { rows: planned, errors };
  }

  /** Checks the file again and queues it: nothing is written when it has errors (IMPORT_HAS_ERRORS). */
  async start(caller: Caller, input: ImportFileInput): Promise<ImportBatchRow> {
    requireRole(caller, 'ADMIN');
    const { result, rows } = await this.plan(input);
    if (result.errors.length) throw badInput('file', 'IMPORT_HAS_ERRORS', { count: result.errors.length });
    const id = randomUUID();
    await this.em.transactional(async (tx) => {
      await tx.execute(
        `insert into "companies"."import_batch" ("id", "kind", "file_name", "format", "content_hash", "status", "total_rows", "created_by", "created_at")
         values (?, ?, ?, ?, ?, 'QUEUED', ?, ?, now())`,
        [id, result.kind, result.fileName, result.format, result.contentHash, rows.length, caller.userId ?? null],
      );
      for (let i = 0; i < rows.length; i += 5000) {
        const part = rows.slice(i, i + 5000);
        await tx.execute(
          `insert into "companies"."import_row" ("batch_id", "position", "sheet", "line", "values")
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
    return this.batch(caller, id);
  }

  async batch(caller: Caller, id: string): Promise<ImportBatchRow> {
    requireRole(caller, 'ADMIN');
    const [row] = await this.em.execute<Record<string, unknown>[]>(
      `select ${BATCH_COLUMNS} from "companies"."import_batch" where "id" = ?::uuid`,
      [/^[0-9a-f-]{36}$/i.test(id) ? id : '00000000-0000-0000-0000-000000000000'],
    );
    if (!row) throw notFound('IMPORT_BATCH_NOT_FOUND');
    return batchRow(row);
  }

  async batches(caller: Caller, limit: number): Promise<ImportBatchRow[]> {
    requireRole(caller, 'ADMIN');
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select ${BATCH_COLUMNS} from "companies"."import_batch" order by "created_at" desc limit ?`,
      [Math.min(Math.max(limit, 1), 100)],
    );
    return rows.map(batchRow);
  }

  /** Where an imported record came from (file, sheet, line, batch), by its id; null when it was not imported. */
  async sourceOf(
    entityId: string,
  ): Promise<{ file: string; sheet: string | null; line: number; batchId: string; externalKey: string } | null> {
    const [row] = await this.em.execute<{ file: string; sheet: string | null; line: number; batchId: string; externalKey: string }[]>(
      `select "source_file" as "file", "source_sheet" as "sheet", "source_line" as "line", "batch_id" as "batchId", "key" as "externalKey"
       from "companies"."import_record" where "entity_id" = ? limit 1`,
      [entityId],
    );
    return row ?? null;
  }

  /**
   * Undoes a finished batch: records it created are deleted, records it updated get their values back.
   * Refused while it runs, when a later batch changed the same records, when records made since depend on
   * what it created, and for placements (their events already fed the KPIs and the monitoring).
   */
  async undo(caller: Caller, id: string): Promise<ImportBatchRow> {
    requireRole(caller, 'ADMIN');
    const b = await this.batch(caller, id);
    if (b.status !== 'DONE') throw new DomainError('IMPORT_UNDO_NOT_FINISHED', { status: b.status });
    await this.em.transactional(async (tx) => {
      const [locked] = await tx.execute<{ status: string }[]>(`select "status" from "companies"."import_batch" where "id" = ? for update`, [
        id,
      ]);
      if (locked?.status !== 'DONE') throw new DomainError('IMPORT_UNDO_NOT_FINISHED', { status: locked?.status ?? 'UNDONE' });
      const changes = await tx.execute<
        {
          kind: ImportKindName;
          key: string;
          entity_id: string;
          action: 'CREATED' | 'UPDATED';
          before: Record<string, unknown> | null;
          record_before: Record<string, unknown> | null;
        }[]
      >(
        `select "kind", "key", "entity_id", "action", "before", "record_before" from "companies"."import_change" where "batch_id" = ? order by "id" desc`,
        [id],
      );
      if (b.kind === 'INSERIMENTI' && changes.length) throw new DomainError('IMPORT_UNDO_PLACEMENTS', {});
      const [later] = await tx.execute<{ n: number }[]>(
        `select count(*)::int as "n" from "companies"."import_change" c join "companies"."import_record" r on r."kind" = c."kind" and r."key" = c."key"
         where c."batch_id" = ? and r."batch_id" <> ?`,
        [id, id],
      );
      if ((later?.n ?? 0) > 0) throw new DomainError('IMPORT_UNDO_LATER_BATCH', { count: later?.n ?? 0 });
      const created = changes.filter((c) => c.action === 'CREATED').map((c) => c.entity_id);
      if (created.length) {
        const deps =
          b.kind === 'AZIENDE'
            ? await tx.execute<{ what: string; n: number }[]>(
                `select 'sedi' as "what", count(*)::int as "n" from "companies"."company_site" where "company_id" = any(?::uuid[])
                 union all select 'fabbisogni', count(*)::int from "companies"."vacancy" where "company_id" = any(?::uuid[])
                 union all select 'inserimenti', count(*)::int from "companies"."placement" where "company_id" = any(?::uuid[])
                 union all select 'contatti', count(*)::int from "companies"."company_contact" where "company_id" = any(?::uuid[])`,
                [pgTextArray(created), pgTextArray(created), pgTextArray(created), pgTextArray(created)],
              )
            : []; // nothing refers to a site yet (vacancies name their municipality)
        const found = deps.filter((d) => d.n > 0);
        if (found.length)
          throw new DomainError('IMPORT_UNDO_DEPENDENTS', {
            count: found.reduce((s, d) => s + d.n, 0),
            what: found.map((d) => d.what).join(', '),
          });
      }
      const table = b.kind === 'AZIENDE' ? '"companies"."company"' : '"companies"."company_site"';
      for (const c of changes) {
        if (c.action === 'CREATED') await tx.execute(`delete from ${table} where "id" = ?`, [c.entity_id]);
        else if (c.before) await restoreRow(tx, b.kind, c.entity_id, c.before);
        if (c.record_before) await upsertRecord(tx, c.record_before as unknown as RecordRow);
        else await tx.execute(`delete from "companies"."import_record" where "kind" = ? and "key" = ?`, [c.kind, c.key]);
      }
      await tx.execute(`update "companies"."import_batch" set "status" = 'UNDONE', "undone_by" = ?, "undone_at" = now() where "id" = ?`, [
        caller.userId ?? null,
        id,
      ]);
    });
    return this.batch(caller, id);
  }
}

interface RecordRow {
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

async function upsertRecord(tx: EntityManager, r: RecordRow): Promise<void> {
  await tx.execute(
    `insert into "companies"."import_record" ("kind", "key", "entity_id", "external_id", "row_hash", "source_file", "source_sheet", "source_line", "batch_id", "updated_at")
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict ("kind", "key") do update set "entity_id" = excluded."entity_id", "external_id" = excluded."external_id", "row_hash" = excluded."row_hash",
       "source_file" = excluded."source_file", "source_sheet" = excluded."source_sheet", "source_line" = excluded."source_line",
       "batch_id" = excluded."batch_id", "updated_at" = excluded."updated_at"`,
    [r.kind, r.key, r.entity_id, r.external_id, r.row_hash, r.source_file, r.source_sheet, r.source_line, r.batch_id, r.updated_at],
  );
}

const COMPANY_FIELDS = [
  'name',
  'vat_number',
  'association',
  'ateco_code',
  'municipality_code',
  'board_joined_on',
  'board_left_on',
] as const;
const SITE_FIELDS = ['name', 'municipality_code', 'address'] as const;
const PLACEMENT_FIELDS = ['contract', 'end_date', 'hours_per_week', 'previous_placement_id', 'follow_up'] as const;

async function restoreRow(tx: EntityManager, kind: ImportKindName, id: string, before: Record<string, unknown>): Promise<void> {
  const [table, fields] =
    kind === 'AZIENDE'
      ? (['company', COMPANY_FIELDS] as const)
      : kind === 'SEDI'
        ? (['company_site', SITE_FIELDS] as const)
        : (['placement', PLACEMENT_FIELDS] as const);
  await tx.execute(`update "companies"."${table}" set ${fields.map((f) => `"${f}" = ?`).join(', ')} where "id" = ?`, [
    ...fields.map((f) => before[f] ?? null),
    id,
  ]);
}

/** The row of an entity as undo needs it back (only the columns an import writes). */
async function snapshot(tx: EntityManager, kind: ImportKindName, id: string): Promise<Record<string, unknown> | null> {
  const [table, fields] =
    kind === 'AZIENDE'
      ? (['company', COMPANY_FIELDS] as const)
      : kind === 'SEDI'
        ? (['company_site', SITE_FIELDS] as const)
        : (['placement', PLACEMENT_FIELDS] as const);
  const [row] = await tx.execute<Record<string, unknown>[]>(
    `select ${fields.map((f) => (f.endsWith('_on') || f.endsWith('_date') ? `to_char("${f}", 'YYYY-MM-DD') as "${f}"` : `"${f}"`)).join(', ')} from "companies"."${table}" where "id" = ?`,
    [id],
  );
  return row ?? null;
}

interface StagedRow {
  position: number;
  sheet: string | null;
  line: number;
  values: { key: string; hash: string; v: CompanyRow | SiteRow | PlacementRow; refs: { beneficiaryId?: string; companyId?: string } };
}

/**
 * Writes a queued or abandoned batch (the background worker): takes the batch's lease, then writes its
 * staged rows IMPORT_CHUNK_ROWS at a time, each chunk in one transaction with the batch's progress, so a
 * process that dies leaves a batch that the next worker resumes from the last committed chunk. Returns
 * false when the batch is not there to take (done, or another worker holds it).
 */
export async function runImportBatch(
  em: EntityManager,
  batchId: string,
  options: { chunkRows?: number; maxChunks?: number } = {},
): Promise<boolean> {
  const workerId = randomUUID();
  const chunkRows = options.chunkRows ?? IMPORT_CHUNK_ROWS;
  let chunks = 0;
  const claimed = await em.execute<{ id: string }[]>(
    `update "companies"."import_batch" set "status" = 'RUNNING', "started_at" = coalesce("started_at", now()), "heartbeat_at" = now(), "worker_id" = ?
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
            kind: ImportKindName;
            file_name: string;
            processed_rows: number;
            created_by: string | null;
            worker_id: string | null;
            status: string;
          }[]
        >(
          `select "kind", "file_name", "processed_rows", "created_by", "worker_id", "status" from "companies"."import_batch" where "id" = ? for update`,
          [batchId],
        );
        // Another worker took the batch over (this one was too slow to report): stop.
        if (!b || b.status !== 'RUNNING' || b.worker_id !== workerId) return false;
        const rows = await tx.execute<StagedRow[]>(
          `select "position", "sheet", "line", "values" from "companies"."import_row" where "batch_id" = ? and "position" >= ? order by "position" limit ?`,
          [batchId, b.processed_rows, chunkRows],
        );
        const counts = { CREATE: 0, UPDATE: 0, UNCHANGED: 0 };
        for (const r of rows) {
          failedLine = r.line;
          counts[await applyRow(tx, batchId, b.kind, b.file_name, b.created_by, r)]++;
        }
        await tx.execute(
          `update "companies"."import_batch" set "processed_rows" = "processed_rows" + ?, "created_count" = "created_count" + ?, "updated_count" = "updated_count" + ?,
             "unchanged_count" = "unchanged_count" + ?, "heartbeat_at" = now() where "id" = ?`,
          [rows.length, counts.CREATE, counts.UPDATE, counts.UNCHANGED, batchId],
        );
        if (rows.length < chunkRows) {
          await tx.execute(
            `update "companies"."import_batch" set "status" = 'DONE', "finished_at" = now(), "worker_id" = null where "id" = ?`,
            [batchId],
          );
          await tx.execute(`delete from "companies"."import_row" where "batch_id" = ?`, [batchId]);
          return false;
        }
        return true;
      });
    } catch (e) {
      // A rule or a constraint fails for good (FAILED, with the reason); anything else (the connection, the
      // process stopping) leaves the batch RUNNING, and the next worker resumes it when the lease ends.
      const db = e as { code?: unknown; sqlState?: unknown; constraint?: unknown };
      const sqlState = String(db.sqlState ?? db.code ?? '');
      if (!(e instanceof DomainError) && !/^(22|23)/.test(sqlState)) return false;
      const [code, params] =
        e instanceof DomainError
          ? [e.reason, { ...e.params }]
          : ['IMPORT_ROW_REJECTED', { sqlState, ...(typeof db.constraint === 'string' ? { constraint: db.constraint } : {}) }];
      await em.execute(
        `update "companies"."import_batch" set "status" = 'FAILED', "finished_at" = now(), "worker_id" = null, "error_code" = ?, "error_params" = ?::jsonb,
           "error_line" = ? where "id" = ?`,
        [code, JSON.stringify(params), failedLine || null, batchId],
      );
      return true;
    }
    if (!more) return true;
  }
}

/** Batches queued, or running with an expired lease (their worker died): what a restarted process resumes. */
export async function pendingImportBatches(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select "id" from "companies"."import_batch" where "status" = 'QUEUED' or ("status" = 'RUNNING' and "heartbeat_at" < now() - make_interval(secs => ?)) order by "created_at"`,
    [IMPORT_LEASE_SECONDS],
  );
  return rows.map((r) => r.id);
}

/** One staged row into the database: created, updated (before-image kept for undo) or left as it is. */
async function applyRow(
  tx: EntityManager,
  batchId: string,
  kind: ImportKindName,
  fileName: string,
  actorId: string | null,
  row: StagedRow,
): Promise<ImportAction> {
  const { key, hash, v, refs } = row.values;
  const [rec] = await tx.execute<RecordRow[]>(
    `select "kind", "key", "entity_id", "external_id", "row_hash", "source_file", "source_sheet", "source_line", "batch_id", "updated_at"::text from "companies"."import_record" where "kind" = ? and "key" = ?`,
    [kind, key],
  );
  if (rec && rec.row_hash === hash) return 'UNCHANGED';
  let entityId = rec?.entity_id ?? (kind === 'AZIENDE' ? refs.companyId : undefined);
  const action: ImportAction = entityId ? 'UPDATE' : 'CREATE';
  const before = entityId ? await snapshot(tx, kind, entityId) : null;
  if (entityId && !before) entityId = undefined; // deleted since: create it again
  entityId ??= randomUUID();
  if (kind === 'AZIENDE') {
    const c = v as CompanyRow;
    await tx.execute(
      `insert into "companies"."company" ("id", "name", "vat_number", "association", "ateco_code", "municipality_code", "board_joined_on", "board_left_on")
       values (?, ?, ?, ?, ?, ?, ?, ?) on conflict ("id") do update set "name" = excluded."name", "vat_number" = excluded."vat_number",
       "association" = excluded."association", "ateco_code" = excluded."ateco_code", "municipality_code" = excluded."municipality_code",
       "board_joined_on" = excluded."board_joined_on", "board_left_on" = excluded."board_left_on"`,
      [entityId, c.name, c.vatNumber, c.association, c.atecoCode, c.municipalityCode, c.boardJoinedOn, c.boardLeftOn],
    );
  } else if (kind === 'SEDI') {
    const s = v as SiteRow;
    await tx.execute(
      `insert into "companies"."company_site" ("id", "company_id", "name", "municipality_code", "address") values (?, ?, ?, ?, ?)
       on conflict ("id") do update set "company_id" = excluded."company_id", "name" = excluded."name", "municipality_code" = excluded."municipality_code", "address" = excluded."address"`,
      [entityId, refs.companyId, s.name, s.municipalityCode, s.address],
    );
  } else {
    const p = v as PlacementRow;
    let previousId: string | null = null;
    if (p.previousExternalId) {
      const [prev] = await tx.execute<{ entity_id: string }[]>(
        `select "entity_id" from "companies"."import_record" where "kind" = 'INSERIMENTI' and "key" = ?`,
        [p.previousExternalId],
      );
      if (!prev) throw new DomainError('IMPORT_PREVIOUS_NOT_FOUND', { externalId: p.previousExternalId });
      previousId = prev.entity_id;
    }
    const fields = [p.contract, p.endDate, p.hoursPerWeek, previousId, p.followUp];
    if (before) {
      await tx.execute(
        `update "companies"."placement" set "contract" = ?, "end_date" = ?, "hours_per_week" = ?, "previous_placement_id" = ?, "follow_up" = ? where "id" = ?`,
        [...fields, entityId],
      );
    } else {
      await tx.execute(
        `insert into "companies"."placement" ("id", "beneficiary_id", "company_id", "type", "start_date", "contract", "end_date", "hours_per_week", "previous_placement_id", "follow_up", "created_at")
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())`,
        [entityId, refs.beneficiaryId, refs.companyId ?? null, p.type, p.startDate, ...fields],
      );
      // The same event as a live placement: people moves the person to PLACED, training credits the course,
      // projects and finance take their part, the matching read model and the monitoring count it.
      const payload: PlacementRecordedPayload = {
        placementId: entityId,
        beneficiaryId: refs.beneficiaryId ?? '',
        companyId: refs.companyId ?? null,
        vacancyId: null,
        sourceEditionId: null,
        previousPlacementId: previousId,
        followUp: p.followUp,
        type: p.type,
        contract: p.contract,
        startDate: p.startDate,
        endDate: p.endDate,
        hoursPerWeek: p.hoursPerWeek,
        imported: true,
      };
      await publishCompaniesEvent(tx, 'PlacementRecorded', { type: 'Placement', id: entityId }, payload, actorId);
    }
  }
  await tx.execute(
    `insert into "companies"."import_change" ("batch_id", "kind", "key", "entity_id", "action", "before", "record_before") values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)`,
    [
      batchId,
      kind,
      key,
      entityId,
      action === 'CREATE' ? 'CREATED' : 'UPDATED',
      before ? JSON.stringify(before) : null,
      rec ? JSON.stringify(rec) : null,
    ],
  );
  await upsertRecord(tx, {
    kind,
    key,
    entity_id: entityId,
    external_id: (v as { externalId?: string | null }).externalId ?? null,
    row_hash: hash,
    source_file: fileName,
    source_sheet: row.sheet,
    source_line: row.line,
    batch_id: batchId,
    updated_at: new Date().toISOString(),
  });
  return action;
}

export { PlacementType };
