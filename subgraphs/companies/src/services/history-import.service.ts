import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { IMPORT_LAYOUTS, type ImportKindName, type PlacementRecordedPayload } from '@ixl/contracts';
import {
  DomainError,
  fiscalCodeHash,
  HistoryImportEngine,
  pgTextArray,
  type ImportBatchRow,
  type ImportCheckResult,
  type ImportFileInput,
  type ImportKindDefinition,
  type ImportResolveContext,
  type ImportRowError,
  type ParsedImportRow,
  type PlannedImportRow,
} from '@ixl/subgraph-kit';
import { PlacementType, type PlacementFollowUp } from '../entities/placement.entity.js';
import { publishCompaniesEvent } from '../events/publish.js';
import { validateFollowUp } from './placement.rules.js';
import { parseValues, rowKey, type CompanyRow, type PlacementRow, type SiteRow } from './history-import.rules.js';
import { OFFERTE } from './history-import-vacancies.js';

export { IMPORT_MAX_BYTES, IMPORT_CHUNK_ROWS, IMPORT_LEASE_SECONDS } from '@ixl/subgraph-kit';
export type { ImportBatchRow, ImportCheckResult, ImportFileInput } from '@ixl/subgraph-kit';

type Refs = { beneficiaryId?: string; companyId?: string };
type Planned = PlannedImportRow<unknown, Refs>;

/**
 * References of a companies file to what the database holds, and what each row will do; errors for what
 * cannot be found (companies by partita IVA, people by codice fiscale, placements by the old system's id).
 */
async function resolveRows(
  em: EntityManager,
  kind: ImportKindName,
  rows: ParsedImportRow[],
  ctx: ImportResolveContext,
): Promise<{ rows: Planned[]; errors: ImportRowError[] }> {
  const errors: ImportRowError[] = [];
  const err = ctx.error;
  const { records, actionOf } = ctx;
  const vats = [...new Set(rows.map((r) => (r.values as { vatNumber: string | null }).vatNumber).filter((v): v is string => !!v))];
  const companies = new Map(
    (
      await em.execute<{ id: string; vat_number: string }[]>(
        `select "id", "vat_number" from "companies"."company" where "vat_number" = any(?::text[])`,
        [pgTextArray(vats)],
      )
    ).map((c) => [c.vat_number, c.id]),
  );
  const planned: Planned[] = [];
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

const parse = (kind: ImportKindName) => (get: (column: string) => string) => parseValues(kind, get);
const externalId = (v: unknown) => (v as { externalId?: string | null }).externalId ?? null;

/** AZIENDE: companies, keyed by partita IVA; a company already on the platform with it is adopted. */
const AZIENDE: ImportKindDefinition<CompanyRow, Refs> = {
  name: 'AZIENDE',
  layout: IMPORT_LAYOUTS.AZIENDE,
  keyColumn: 'partita_iva',
  parse: parse('AZIENDE') as (get: (column: string) => string) => CompanyRow,
  key: (v) => rowKey('AZIENDE', v),
  externalId,
  resolve: (em, rows, ctx) => resolveRows(em, 'AZIENDE', rows, ctx) as never,
  entity: {
    table: 'company',
    fields: ['name', 'vat_number', 'association', 'ateco_code', 'municipality_code', 'board_joined_on', 'board_left_on'],
    dateFields: ['board_joined_on', 'board_left_on'],
  },
  adopt: (_v, refs) => refs.companyId,
  async write(tx, { entityId, values: c }) {
    await tx.execute(
      `insert into "companies"."company" ("id", "name", "vat_number", "association", "ateco_code", "municipality_code", "board_joined_on", "board_left_on")
       values (?, ?, ?, ?, ?, ?, ?, ?) on conflict ("id") do update set "name" = excluded."name", "vat_number" = excluded."vat_number",
       "association" = excluded."association", "ateco_code" = excluded."ateco_code", "municipality_code" = excluded."municipality_code",
       "board_joined_on" = excluded."board_joined_on", "board_left_on" = excluded."board_left_on"`,
      [entityId, c.name, c.vatNumber, c.association, c.atecoCode, c.municipalityCode, c.boardJoinedOn, c.boardLeftOn],
    );
  },
  async dependents(tx, created) {
    const ids = pgTextArray(created);
    return tx.execute<{ what: string; n: number }[]>(
      `select 'sedi' as "what", count(*)::int as "n" from "companies"."company_site" where "company_id" = any(?::uuid[])
       union all select 'fabbisogni', count(*)::int from "companies"."vacancy" where "company_id" = any(?::uuid[])
       union all select 'inserimenti', count(*)::int from "companies"."placement" where "company_id" = any(?::uuid[])
       union all select 'contatti', count(*)::int from "companies"."company_contact" where "company_id" = any(?::uuid[])`,
      [ids, ids, ids, ids],
    );
  },
};

/** SEDI: sites of companies found by partita IVA, keyed by the old system's id (nothing refers to a site yet). */
const SEDI: ImportKindDefinition<SiteRow, Refs> = {
  name: 'SEDI',
  layout: IMPORT_LAYOUTS.SEDI,
  keyColumn: 'id_esterno',
  parse: parse('SEDI') as (get: (column: string) => string) => SiteRow,
  key: (v) => rowKey('SEDI', v),
  externalId,
  resolve: (em, rows, ctx) => resolveRows(em, 'SEDI', rows, ctx) as never,
  entity: { table: 'company_site', fields: ['name', 'municipality_code', 'address'] },
  async write(tx, { entityId, values: s, refs }) {
    await tx.execute(
      `insert into "companies"."company_site" ("id", "company_id", "name", "municipality_code", "address") values (?, ?, ?, ?, ?)
       on conflict ("id") do update set "company_id" = excluded."company_id", "name" = excluded."name", "municipality_code" = excluded."municipality_code", "address" = excluded."address"`,
      [entityId, refs.companyId, s.name, s.municipalityCode, s.address],
    );
  },
};

/**
 * INSERIMENTI: placements of people (codice fiscale) at companies (partita IVA), keyed by the old system's
 * id; a new one publishes PlacementRecorded as a live one does (marked imported: no mail about the past).
 * Their events have fed the KPIs and the monitoring: a batch that created placements cannot be undone.
 */
const INSERIMENTI: ImportKindDefinition<PlacementRow, Refs> = {
  name: 'INSERIMENTI',
  layout: IMPORT_LAYOUTS.INSERIMENTI,
  keyColumn: 'id_esterno',
  parse: parse('INSERIMENTI') as (get: (column: string) => string) => PlacementRow,
  key: (v) => rowKey('INSERIMENTI', v),
  externalId,
  resolve: (em, rows, ctx) => resolveRows(em, 'INSERIMENTI', rows, ctx) as never,
  entity: {
    table: 'placement',
    fields: ['contract', 'end_date', 'hours_per_week', 'previous_placement_id', 'follow_up'],
    dateFields: ['end_date'],
  },
  undoRefusal: 'IMPORT_UNDO_PLACEMENTS',
  async write(tx, { entityId, before, values: v, refs, actorId, entityOf }) {
    const p = v;
    let previousId: string | null = null;
    if (p.previousExternalId) {
      // The placement it follows: imported before, or earlier in this file (maybe in this very chunk).
      const prev = await entityOf('INSERIMENTI', p.previousExternalId);
      if (!prev) throw new DomainError('IMPORT_PREVIOUS_NOT_FOUND', { externalId: p.previousExternalId });
      previousId = prev;
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
      await publishPlacementRecorded(tx, entityId, p, refs, previousId, actorId);
    }
  },
  /**
   * A chunk's placements in four statements rather than two or three per row: the previous placements of
   * the chunk looked up at once (earlier rows of the chunk first, as `write` does), the new ones inserted
   * and the changed ones updated each in one statement, then their PlacementRecorded events (the engine
   * writes them in one statement at the end of the chunk).
   */
  async writeMany(tx, rows, { recordedEntities }) {
    const recorded = await recordedEntities(
      'INSERIMENTI',
      rows.map((r) => r.values.previousExternalId).filter((k): k is string => !!k),
    );
    const earlier = new Map<string, string>();
    const previous: (string | null)[] = [];
    for (const r of rows) {
      const key = r.values.previousExternalId;
      const prev = key ? (earlier.get(key) ?? recorded.get(key) ?? null) : null;
      if (key && !prev) throw new DomainError('IMPORT_PREVIOUS_NOT_FOUND', { externalId: key });
      previous.push(prev);
      earlier.set(r.key, r.entityId);
    }
    const cols = (r: (typeof rows)[number], i: number) => ({
      id: r.entityId,
      contract: r.values.contract,
      end_date: r.values.endDate,
      hours_per_week: r.values.hoursPerWeek,
      previous_placement_id: previous[i],
      follow_up: r.values.followUp,
    });
    const created = rows.flatMap((r, i) =>
      r.before
        ? []
        : [
            {
              ...cols(r, i),
              n: i,
              beneficiary_id: r.refs.beneficiaryId,
              company_id: r.refs.companyId ?? null,
              type: r.values.type,
              start_date: r.values.startDate,
            },
          ],
    );
    const updated = rows.flatMap((r, i) => (r.before ? [cols(r, i)] : []));
    if (updated.length)
      await tx.execute(
        `update "companies"."placement" p set "contract" = x."contract", "end_date" = x."end_date", "hours_per_week" = x."hours_per_week",
           "previous_placement_id" = x."previous_placement_id", "follow_up" = x."follow_up"
         from jsonb_to_recordset(?::jsonb) as x("id" uuid, "contract" text, "end_date" date, "hours_per_week" int, "previous_placement_id" uuid, "follow_up" text)
         where p."id" = x."id"`,
        [JSON.stringify(updated)],
      );
    if (created.length)
      await tx.execute(
        `insert into "companies"."placement" ("id", "beneficiary_id", "company_id", "type", "start_date", "contract", "end_date", "hours_per_week", "previous_placement_id", "follow_up", "created_at")
         select x."id", x."beneficiary_id", x."company_id", x."type", x."start_date", x."contract", x."end_date", x."hours_per_week", x."previous_placement_id", x."follow_up", now()
         from jsonb_to_recordset(?::jsonb) as x("n" int, "id" uuid, "beneficiary_id" uuid, "company_id" uuid, "type" text, "start_date" date, "contract" text,
           "end_date" date, "hours_per_week" int, "previous_placement_id" uuid, "follow_up" text)
         order by x."n"`,
        [JSON.stringify(created)],
      );
    for (const [i, r] of rows.entries())
      if (!r.before) await publishPlacementRecorded(tx, r.entityId, r.values, r.refs, previous[i] ?? null, r.actorId);
  },
};

/**
 * The same event as a live placement: people moves the person to PLACED, training credits the course,
 * projects and finance take their part, the matching read model and the monitoring count it.
 */
function publishPlacementRecorded(
  tx: EntityManager,
  entityId: string,
  p: PlacementRow,
  refs: Refs,
  previousId: string | null,
  actorId: string | null,
): Promise<void> {
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
  return publishCompaniesEvent(tx, 'PlacementRecorded', { type: 'Placement', id: entityId }, payload, actorId);
}

/** The history import of the companies subgraph (issue 27): companies, their sites, vacancies (OFFERTE) and placements. */
export const companiesHistoryImport = new HistoryImportEngine('companies', [AZIENDE, SEDI, OFFERTE, INSERIMENTI] as ImportKindDefinition[]);

/** The companies subgraph's history import for one request (ADMIN only; see HistoryImportEngine). */
export class HistoryImportService {
  constructor(private readonly em: EntityManager) {}

  check(caller: Caller, input: ImportFileInput): Promise<ImportCheckResult> {
    return companiesHistoryImport.check(this.em, caller, input);
  }
  start(caller: Caller, input: ImportFileInput): Promise<ImportBatchRow> {
    return companiesHistoryImport.start(this.em, caller, input);
  }
  batch(caller: Caller, id: string): Promise<ImportBatchRow> {
    return companiesHistoryImport.batch(this.em, caller, id);
  }
  batches(caller: Caller, limit: number): Promise<ImportBatchRow[]> {
    return companiesHistoryImport.batches(this.em, caller, limit);
  }
  sourceOf(caller: Caller, entityId: string) {
    return companiesHistoryImport.sourceOf(this.em, caller, entityId);
  }
  undo(caller: Caller, id: string): Promise<ImportBatchRow> {
    return companiesHistoryImport.undo(this.em, caller, id);
  }
}

/** Writes a queued or abandoned batch (the background worker; see HistoryImportEngine.runBatch). */
export const runImportBatch = (em: EntityManager, batchId: string, options: { chunkRows?: number; maxChunks?: number } = {}) =>
  companiesHistoryImport.runBatch(em, batchId, options);

/** Batches queued, or running with an expired lease (their worker died): what a restarted process resumes. */
export const pendingImportBatches = (em: EntityManager) => companiesHistoryImport.pending(em);

export { PlacementType };
