// The training kinds of the history import (issue 27): training bodies (ENTI), course editions (EDIZIONI) and
// enrolments with their outcomes (ISCRIZIONI). Each kind: the pure rules of a row (history-import.rules.ts), the
// references to what the database holds (set-based: one query per reference for the whole file), and the writes,
// with the events a live change publishes (enrolments and KPIs), marked imported so nobody gets mail about the past.

import type { EntityManager } from '@mikro-orm/postgresql';
import { TRAINING_IMPORT_LAYOUTS, type EnrolmentChangedPayload } from '@ixl/contracts';
import {
  fiscalCodeHash,
  HistoryImportEngine,
  pgTextArray,
  type ImportKindDefinition,
  type ImportResolveContext,
  type ImportRowError,
  type ParsedImportRow,
  type PlannedImportRow,
} from '@ixl/subgraph-kit';
import { CourseOutcome } from '../entities/enums.js';
import { publishEditionKpis } from '../events/kpi-events.js';
import { publishTrainingEvent } from '../events/publish.js';
import {
  bodyNameKey,
  enrolmentEditionProblems,
  parseBodyRow,
  parseEditionRow,
  parseEnrolmentRow,
  type BodyRow,
  type EditionRow,
  type EnrolmentRow,
} from './history-import.rules.js';

const T = (table: string) => `"training"."${table}"`;

/** The entity ids of imported keys of a kind (one query). */
async function importedIds(em: EntityManager, kind: string, keys: string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  const rows = await em.execute<{ key: string; entity_id: string }[]>(
    `select "key", "entity_id" from ${T('import_record')} where "kind" = ? and "key" = any(?::text[])`,
    [kind, pgTextArray([...new Set(keys)])],
  );
  return new Map(rows.map((r) => [r.key, r.entity_id]));
}

// ---- ENTI ---------------------------------------------------------------------------------------------------

type BodyRefs = { bodyId?: string };

async function resolveBodies(
  em: EntityManager,
  rows: ParsedImportRow<BodyRow>[],
  ctx: ImportResolveContext,
): Promise<{ rows: PlannedImportRow<BodyRow, BodyRefs>[]; errors: ImportRowError[] }> {
  // Bodies already there with the names of the file (the name is unique), and which imported key owns each.
  const existing = new Map(
    (
      await em.execute<{ id: string; k: string; key: string | null }[]>(
        `select b."id", lower(b."name") as "k", r."key" from ${T('training_body')} b
         left join ${T('import_record')} r on r."kind" = 'ENTI' and r."entity_id" = b."id"
         where lower(b."name") = any(?::text[])`,
        [pgTextArray(rows.map((r) => bodyNameKey(r.values.name)))],
      )
    ).map((b) => [b.k, b]),
  );
  const inFile = new Set<string>();
  const planned: PlannedImportRow<BodyRow, BodyRefs>[] = [];
  for (const r of rows) {
    const k = bodyNameKey(r.values.name);
    const rec = ctx.records.get(r.key);
    const same = existing.get(k);
    // Two rows with one name, or a name another imported body (or another body this row is not) already has.
    if (inFile.has(k) || (same && same.key !== null && same.key !== r.key) || (same && rec && same.id !== rec.entity_id)) {
      ctx.error(r, 'denominazione', 'IMPORT_TRAINING_BODY_NAME_TAKEN', { name: r.values.name });
      continue;
    }
    inFile.add(k);
    // A body already on the platform with this name is adopted: the row updates it.
    const adopted = !rec && same ? same.id : undefined;
    planned.push({ ...r, action: rec ? ctx.actionOf(r) : adopted ? 'UPDATE' : 'CREATE', refs: adopted ? { bodyId: adopted } : {} });
  }
  return { rows: planned, errors: [] };
}

/** ENTI: training bodies keyed by the old system's id; a body already there with the same name is adopted. */
export const ENTI: ImportKindDefinition<BodyRow, BodyRefs> = {
  name: 'ENTI',
  layout: TRAINING_IMPORT_LAYOUTS.ENTI,
  keyColumn: 'id_esterno',
  parse: parseBodyRow,
  key: (v) => v.externalId,
  externalId: (v) => v.externalId,
  resolve: resolveBodies,
  entity: { table: 'training_body', fields: ['name', 'email'] },
  adopt: (_v, refs) => refs.bodyId,
  async write(tx, { entityId, values: b }) {
    await tx.execute(
      `insert into ${T('training_body')} ("id", "name", "email") values (?, ?, ?)
       on conflict ("id") do update set "name" = excluded."name", "email" = excluded."email"`,
      [entityId, b.name, b.email],
    );
  },
  async dependents(tx, created) {
    return tx.execute<{ what: string; n: number }[]>(
      `select 'edizioni' as "what", count(*)::int as "n" from ${T('course_edition')} where "training_body_id" = any(?::uuid[])`,
      [pgTextArray(created)],
    );
  },
};

// ---- EDIZIONI -----------------------------------------------------------------------------------------------

type EditionRefs = { bodyId: string };

async function resolveEditions(
  em: EntityManager,
  rows: ParsedImportRow<EditionRow>[],
  ctx: ImportResolveContext,
): Promise<{ rows: PlannedImportRow<EditionRow, EditionRefs>[]; errors: ImportRowError[] }> {
  // The body: an imported ENTI key, else the name of a body already there.
  const byKey = await importedIds(
    em,
    'ENTI',
    rows.map((r) => r.values.body),
  );
  const byName = new Map(
    (
      await em.execute<{ id: string; k: string }[]>(
        `select "id", lower("name") as "k" from ${T('training_body')} where lower("name") = any(?::text[])`,
        [pgTextArray([...new Set(rows.map((r) => bodyNameKey(r.values.body)))])],
      )
    ).map((b) => [b.k, b.id]),
  );
  // Editions already there with the natural key of a row (one course title per body and start day).
  const bodyIds = [...new Set([...byKey.values(), ...byName.values()])];
  const natural = new Map(
    (
      await em.execute<{ id: string; k: string }[]>(
        `select "id", "training_body_id" || '|' || "title" || '|' || to_char("start_date", 'YYYY-MM-DD') as "k"
         from ${T('course_edition')} where "training_body_id" = any(?::uuid[])`,
        [pgTextArray(bodyIds)],
      )
    ).map((e) => [e.k, e.id]),
  );
  const inFile = new Set<string>();
  const planned: PlannedImportRow<EditionRow, EditionRefs>[] = [];
  for (const r of rows) {
    const v = r.values;
    const bodyId = byKey.get(v.body) ?? byName.get(bodyNameKey(v.body));
    if (!bodyId) {
      ctx.error(r, 'ente', 'IMPORT_TRAINING_BODY_NOT_FOUND', { body: v.body });
      continue;
    }
    const k = `${bodyId}|${v.title}|${v.startDate}`;
    const other = natural.get(k);
    if (inFile.has(k) || (other && other !== ctx.records.get(r.key)?.entity_id)) {
      ctx.error(r, 'data_inizio', 'IMPORT_EDITION_EXISTS');
      continue;
    }
    inFile.add(k);
    planned.push({ ...r, action: ctx.actionOf(r), refs: { bodyId } });
  }
  return { rows: planned, errors: [] };
}

/**
 * EDIZIONI: course editions of bodies (imported or already there), keyed by the old system's id. No risk-share
 * agreement is made for an imported 2.b edition: its terms are the agreement's, set by staff (docs/domain.md §3).
 */
export const EDIZIONI: ImportKindDefinition<EditionRow, EditionRefs> = {
  name: 'EDIZIONI',
  layout: TRAINING_IMPORT_LAYOUTS.EDIZIONI,
  keyColumn: 'id_esterno',
  parse: parseEditionRow,
  key: (v) => v.externalId,
  externalId: (v) => v.externalId,
  resolve: resolveEditions,
  entity: {
    table: 'course_edition',
    fields: [
      'training_body_id',
      'title',
      'subject',
      'stream',
      'delivery',
      'status',
      'start_date',
      'end_date',
      'seats',
      'total_cost_cents',
      'kpi_window_months',
    ],
    dateFields: ['start_date', 'end_date'],
  },
  async write(tx, { entityId, values: e, refs }) {
    await tx.execute(
      `insert into ${T('course_edition')} ("id", "training_body_id", "title", "subject", "stream", "delivery", "status", "start_date", "end_date", "seats", "total_cost_cents", "kpi_window_months")
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict ("id") do update set "training_body_id" = excluded."training_body_id", "title" = excluded."title", "subject" = excluded."subject",
         "stream" = excluded."stream", "delivery" = excluded."delivery", "status" = excluded."status", "start_date" = excluded."start_date",
         "end_date" = excluded."end_date", "seats" = excluded."seats", "total_cost_cents" = excluded."total_cost_cents", "kpi_window_months" = excluded."kpi_window_months"`,
      [
        entityId,
        refs.bodyId,
        e.title,
        e.subject,
        e.stream,
        e.delivery,
        e.status,
        e.startDate,
        e.endDate,
        e.seats,
        e.totalCostCents,
        e.kpiWindowMonths,
      ],
    );
  },
  // A corrected edition (dates, KPI window) moves its KPIs: published once per chunk, as a live change would.
  async afterChunk(tx, rows, actorId) {
    await publishEditionKpis(
      tx,
      rows.filter((r) => !r.created).map((r) => r.entityId),
      actorId,
    );
  },
  async dependents(tx, created) {
    const ids = pgTextArray(created);
    return tx.execute<{ what: string; n: number }[]>(
      `select 'iscrizioni' as "what", count(*)::int as "n" from ${T('enrolment')} where "edition_id" = any(?::uuid[])
       union all select 'lezioni', count(*)::int from ${T('course_session')} where "edition_id" = any(?::uuid[])
       union all select 'aziende impegnate ad assumere', count(*)::int from ${T('hiring_commitment')} where "edition_id" = any(?::uuid[])
       union all select 'accordi di rischio condiviso', count(*)::int from ${T('risk_share_agreement')} where "edition_id" = any(?::uuid[])
       union all select 'caricamenti di presenze', count(*)::int from ${T('attendance_upload')} where "edition_id" = any(?::uuid[])`,
      [ids, ids, ids, ids, ids],
    );
  },
};

// ---- ISCRIZIONI ---------------------------------------------------------------------------------------------

type EnrolmentRefs = {
  editionId: string;
  trainingBodyId: string;
  beneficiaryId: string;
  participantName: string;
  editionStartDate: string;
  editionEndDate: string;
  /** An enrolment already there (same edition and person, not imported) the row adopts. */
  enrolmentId?: string;
};

async function resolveEnrolments(
  em: EntityManager,
  rows: ParsedImportRow<EnrolmentRow>[],
  ctx: ImportResolveContext,
): Promise<{ rows: PlannedImportRow<EnrolmentRow, EnrolmentRefs>[]; errors: ImportRowError[] }> {
  const editionIds = await importedIds(
    em,
    'EDIZIONI',
    rows.map((r) => r.values.edition),
  );
  type Ed = { id: string; training_body_id: string; start_date: string; end_date: string; seats: number };
  const editions = new Map(
    (
      await em.execute<Ed[]>(
        `select "id", "training_body_id", to_char("start_date", 'YYYY-MM-DD') as "start_date", to_char("end_date", 'YYYY-MM-DD') as "end_date", "seats"
         from ${T('course_edition')} where "id" = any(?::uuid[])`,
        [pgTextArray([...new Set(editionIds.values())])],
      )
    ).map((e) => [e.id, e]),
  );
  // The person by the hash of the codice fiscale `people` publishes (training never holds a list of codes).
  const hashes = new Map(rows.map((r) => [r.key, fiscalCodeHash(r.values.codiceFiscale)]));
  const people = new Map(
    (
      await em.execute<{ beneficiary_id: string; fiscal_code_hash: string; display_name: string }[]>(
        `select "beneficiary_id", "fiscal_code_hash", "display_name" from ${T('person_key')} where not "erased" and "fiscal_code_hash" = any(?::text[])`,
        [pgTextArray([...new Set(hashes.values())])],
      )
    ).map((p) => [p.fiscal_code_hash, p]),
  );
  // The enrolments of those editions: who is in each (and under which imported key), and how many seats are taken.
  const current = await em.execute<{ id: string; edition_id: string; beneficiary_id: string; status: string; key: string | null }[]>(
    `select n."id", n."edition_id", n."beneficiary_id", n."status", r."key" from ${T('enrolment')} n
     left join ${T('import_record')} r on r."kind" = 'ISCRIZIONI' and r."entity_id" = n."id"
     where n."edition_id" = any(?::uuid[])`,
    [pgTextArray([...editions.keys()])],
  );
  const byPair = new Map(current.map((n) => [`${n.edition_id}|${n.beneficiary_id}`, n]));
  const byId = new Map(current.map((n) => [n.id, n]));
  const planned: PlannedImportRow<EnrolmentRow, EnrolmentRefs>[] = [];
  const inFile = new Set<string>();
  for (const r of rows) {
    const v = r.values;
    const editionId = editionIds.get(v.edition);
    const edition = editionId ? editions.get(editionId) : undefined;
    const person = people.get(hashes.get(r.key) ?? '');
    if (!edition) ctx.error(r, 'edizione', 'IMPORT_EDITION_NOT_FOUND', { edition: v.edition });
    if (!person) ctx.error(r, 'codice_fiscale', 'IMPORT_PERSON_NOT_FOUND');
    if (!edition || !person) continue;
    const dateProblems = enrolmentEditionProblems(v, { startDate: edition.start_date, endDate: edition.end_date });
    for (const p of dateProblems) ctx.error(r, p.column, p.reasonCode, p.params);
    if (dateProblems.length) continue;
    const pair = `${edition.id}|${person.beneficiary_id}`;
    const rec = ctx.records.get(r.key);
    const mine = rec ? byId.get(rec.entity_id) : undefined;
    if (mine && mine.edition_id !== edition.id) {
      ctx.error(r, 'edizione', 'IMPORT_ENROLMENT_IDENTITY_CHANGED', { column: 'edizione' });
      continue;
    }
    if (mine && mine.beneficiary_id !== person.beneficiary_id) {
      ctx.error(r, 'codice_fiscale', 'IMPORT_ENROLMENT_IDENTITY_CHANGED', { column: 'codice_fiscale' });
      continue;
    }
    const there = byPair.get(pair);
    if (inFile.has(pair) || (there && there.key !== null && there.key !== r.key)) {
      ctx.error(r, 'codice_fiscale', 'IMPORT_PERSON_IN_EDITION_TWICE');
      continue;
    }
    inFile.add(pair);
    // An enrolment already made on the platform (same edition and person) is adopted: the row brings its outcome.
    const adopted = !rec && there ? there.id : undefined;
    planned.push({
      ...r,
      action: rec ? ctx.actionOf(r) : adopted ? 'UPDATE' : 'CREATE',
      refs: {
        editionId: edition.id,
        trainingBodyId: edition.training_body_id,
        beneficiaryId: person.beneficiary_id,
        participantName: v.participantName ?? person.display_name,
        editionStartDate: edition.start_date,
        editionEndDate: edition.end_date,
        ...(adopted ? { enrolmentId: adopted } : {}),
      },
    });
  }
  // Seats: the enrolled people an edition keeps outside this file, plus the file's own, at most its seats.
  const fileIds = new Set(planned.map((p) => p.refs.enrolmentId ?? ctx.records.get(p.key)?.entity_id).filter(Boolean));
  const taken = new Map<string, number>();
  for (const n of current) if (n.status === 'ENROLLED' && !fileIds.has(n.id)) taken.set(n.edition_id, (taken.get(n.edition_id) ?? 0) + 1);
  const kept: PlannedImportRow<EnrolmentRow, EnrolmentRefs>[] = [];
  for (const p of planned) {
    const seats = editions.get(p.refs.editionId)!.seats;
    const n = (taken.get(p.refs.editionId) ?? 0) + 1;
    if (n > seats) {
      ctx.error(p, 'edizione', 'IMPORT_SEATS_EXCEEDED', { seats });
      continue;
    }
    taken.set(p.refs.editionId, n);
    kept.push(p);
  }
  return { rows: kept, errors: [] };
}

/** When an outcome is on record: the drop-out day, the edition's end for a completed course, none while in progress. */
const outcomeDay = (v: EnrolmentRow, refs: EnrolmentRefs): string | null =>
  v.outcome === CourseOutcome.DROPPED_OUT ? v.droppedOutOn : v.outcome === CourseOutcome.COMPLETED ? refs.editionEndDate : null;

/**
 * ISCRIZIONI: people (codice fiscale) enrolled in imported editions, keyed by the old system's id, with their
 * outcome. A new or changed one publishes EnrolmentChanged as a live one does (imported: no mail, no request
 * decided), and each chunk the editions' KPIs (EditionKpisChanged), so the dashboards follow.
 */
export const ISCRIZIONI: ImportKindDefinition<EnrolmentRow, EnrolmentRefs> = {
  name: 'ISCRIZIONI',
  layout: TRAINING_IMPORT_LAYOUTS.ISCRIZIONI,
  keyColumn: 'id_esterno',
  parse: parseEnrolmentRow,
  key: (v) => v.externalId,
  externalId: (v) => v.externalId,
  resolve: resolveEnrolments,
  entity: {
    table: 'enrolment',
    fields: [
      'status',
      'participant_name',
      'codice_fiscale',
      'enrolled_at',
      'outcome',
      'qualification_obtained',
      'qualification_name',
      'dropped_out_on',
      'drop_out_reason',
      'outcome_recorded_at',
    ],
    dateFields: ['dropped_out_on'],
  },
  adopt: (_v, refs) => refs.enrolmentId,
  async write(tx, { entityId, before, values: v, refs, actorId }) {
    const enrolledOn = v.enrolledOn ?? refs.editionStartDate;
    const fields = [
      refs.participantName,
      v.codiceFiscale,
      enrolledOn,
      v.outcome,
      v.qualificationObtained,
      v.qualificationName,
      v.droppedOutOn,
      v.dropOutReason,
      outcomeDay(v, refs),
    ];
    if (before) {
      await tx.execute(
        `update ${T('enrolment')} set "status" = 'ENROLLED', "participant_name" = ?, "codice_fiscale" = ?,
           "enrolled_at" = (?::date)::timestamp at time zone 'Europe/Rome', "outcome" = ?, "qualification_obtained" = ?, "qualification_name" = ?,
           "dropped_out_on" = ?, "drop_out_reason" = ?, "outcome_recorded_at" = (?::date)::timestamp at time zone 'Europe/Rome' where "id" = ?`,
        [...fields, entityId],
      );
    } else {
      await tx.execute(
        `insert into ${T('enrolment')} ("id", "edition_id", "beneficiary_id", "status", "participant_name", "codice_fiscale", "enrolled_at", "outcome",
           "qualification_obtained", "qualification_name", "dropped_out_on", "drop_out_reason", "outcome_recorded_at")
         values (?, ?, ?, 'ENROLLED', ?, ?, (?::date)::timestamp at time zone 'Europe/Rome', ?, ?, ?, ?, ?, (?::date)::timestamp at time zone 'Europe/Rome')`,
        [entityId, refs.editionId, refs.beneficiaryId, ...fields],
      );
    }
    // The same event as a live enrolment or outcome; no previousStatus (no request was decided): nobody is told.
    const payload: EnrolmentChangedPayload = {
      enrolmentId: entityId,
      editionId: refs.editionId,
      trainingBodyId: refs.trainingBodyId,
      beneficiaryId: refs.beneficiaryId,
      status: 'ENROLLED',
      outcome: v.outcome,
      qualificationObtained: v.qualificationObtained,
      imported: true,
    };
    await publishTrainingEvent(tx, 'EnrolmentChanged', { type: 'Enrolment', id: entityId }, payload, actorId);
  },
  // The course population changed: each edition's KPIs once per chunk (not once per row).
  async afterChunk(tx, rows, actorId) {
    await publishEditionKpis(tx, [...new Set(rows.map((r) => r.refs.editionId))], actorId);
  },
  // An undo changes the population too: the editions of the enrolments it removes or restores, once undone.
  async undoing(tx, enrolmentIds, actorId) {
    const editions = await tx.execute<{ edition_id: string }[]>(
      `select distinct "edition_id" from ${T('enrolment')} where "id" = any(?::uuid[])`,
      [pgTextArray(enrolmentIds)],
    );
    return () =>
      publishEditionKpis(
        tx,
        editions.map((e) => e.edition_id),
        actorId,
      );
  },
  async dependents(tx, created) {
    return tx.execute<{ what: string; n: number }[]>(
      `select 'presenze' as "what", count(*)::int as "n" from ${T('attendance')} where "enrolment_id" = any(?::uuid[])`,
      [pgTextArray(created)],
    );
  },
};

/** The kinds the training subgraph imports, in the order their files go in (bodies, editions, enrolments). */
export const trainingImportKinds = [ENTI, EDIZIONI, ISCRIZIONI] as ImportKindDefinition[];

/** The history import of the training subgraph (issue 27), wired in definition.ts with withHistoryImport. */
export const trainingHistoryImport = new HistoryImportEngine('training', trainingImportKinds);
