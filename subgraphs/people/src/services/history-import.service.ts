import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, romeInstant } from '@ixl/calendar';
import { IMPORT_LAYOUTS } from '@ixl/contracts';
import { HistoryImportEngine, pgTextArray, type ImportKindDefinition, type PlannedImportRow } from '@ixl/subgraph-kit';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { publishPeopleEvent } from '../events/publish.js';
import { publishProfileChanged } from '../events/profile-events.js';
import { INTERVIEW_SLA_DAYS } from './lifecycle.rules.js';
import { parsePersonRow, pathOf, type PersonRow } from './history-import.rules.js';
import { COLLOQUI, reconcileInterviews, VALUTAZIONI } from './history-import-interviews.js';

/** What the import writes of a person's row (and undo puts back). */
const PERSON_FIELDS = [
  'first_name',
  'last_name',
  'codice_fiscale',
  'email',
  'phone',
  'birth_date',
  'sex',
  'citizenship',
  'municipality_code',
  'municipality_name',
  'out_of_area',
  'referring_body',
  'registered_at',
  'status',
  'profile',
  'readiness',
  'fuori_protocollo_reason',
  'status_before_fuori_protocollo',
  'interview_due_date',
  'interviewed_at',
  'updated_at',
] as const;

/** The rows the import wrote around a person: its status steps (reason code) and its colloquio (created_by). */
const IMPORTED_STEP = `"reason_code" = 'HISTORY_IMPORT'`;
const IMPORTED_INTERVIEW = `"created_by" like 'history-import:%'`;
const IMPORT_REASON = 'Imported from the history';
/** The programme's days are days: an imported step happened at noon, Europe/Rome. */
const at = (day: string) => romeInstant(day, '12:00');

type Planned = PlannedImportRow<PersonRow, Record<string, never>>;
type Before = Record<string, unknown> & { status: string; steps: Record<string, unknown>[]; interviews: Record<string, unknown>[] };

/** The status a person's imported path ends in; a person a placement already moved to PLACED stays there. */
function finalStatus(
  p: PersonRow,
  before: Record<string, unknown> | null,
): { status: BeneficiaryStatus; beforeFp: BeneficiaryStatus | null } {
  const steps = pathOf(p);
  const last = steps[steps.length - 1]!;
  const previous = steps.length > 1 ? steps[steps.length - 2]!.to : null;
  if (before?.status === BeneficiaryStatus.PLACED && last.to !== BeneficiaryStatus.FUORI_PROTOCOLLO)
    return { status: BeneficiaryStatus.PLACED, beforeFp: null };
  return { status: last.to, beforeFp: last.to === BeneficiaryStatus.FUORI_PROTOCOLLO ? previous : null };
}

/** The imported path's rows around the person: status steps and the colloquio (deleted and written again on an update). */
async function writePath(tx: EntityManager, id: string, p: PersonRow, batchId: string, actorId: string | null): Promise<string | null> {
  await tx.execute(`delete from "people"."status_change" where "beneficiary_id" = ? and ${IMPORTED_STEP}`, [id]);
  await tx.execute(`delete from "people"."interview" where "beneficiary_id" = ? and ${IMPORTED_INTERVIEW}`, [id]);
  const steps = pathOf(p);
  const rows = steps.map((s, i) => ({
    id: randomUUID(),
    beneficiary_id: id,
    from: i === 0 ? null : steps[i - 1]!.to,
    to: s.to,
    fuori_protocollo_reason: s.fuoriProtocolloReason,
    reason: IMPORT_REASON,
    reason_code: 'HISTORY_IMPORT',
    actor_id: actorId ?? 'system',
    actor_role: 'ADMIN',
    // Steps of one day keep their order (a second apart).
    at: new Date(Date.parse(at(s.on)) + i * 1000).toISOString(),
  }));
  await tx.execute(
    `insert into "people"."status_change" ("id", "beneficiary_id", "from", "to", "fuori_protocollo_reason", "reason", "reason_code", "actor_id", "actor_role", "at")
     select x."id", x."beneficiary_id", x."from", x."to", x."fuori_protocollo_reason", x."reason", x."reason_code", x."actor_id", x."actor_role", x."at"
     from jsonb_to_recordset(?::jsonb) as x("id" uuid, "beneficiary_id" uuid, "from" text, "to" text, "fuori_protocollo_reason" text, "reason" text,
       "reason_code" text, "actor_id" text, "actor_role" text, "at" timestamptz)`,
    [JSON.stringify(rows)],
  );
  if (!p.interviewedOn || !p.interviewMode) return null;
  const interviewId = randomUUID();
  // The colloquio of that day a COLLOQUI import took over is the same colloquio: it is not written twice.
  const written = await tx.execute<{ id: string }[]>(
    `insert into "people"."interview" ("id", "beneficiary_id", "scheduled_at", "mode", "operator_id", "operator_name", "status", "completed_at", "created_at", "created_by")
     select ?, ?, ?, ?, ?, ?, 'COMPLETED', ?, now(), ?
     where not exists (select 1 from "people"."interview" i where i."beneficiary_id" = ? and i."status" <> 'CANCELLED'
                         and to_char(i."scheduled_at" at time zone 'Europe/Rome', 'YYYY-MM-DD') = ?)
     returning "id"`,
    [
      interviewId,
      id,
      at(p.interviewedOn),
      p.interviewMode,
      actorId && /^[0-9a-f-]{36}$/i.test(actorId) ? actorId : '00000000-0000-0000-0000-000000000000',
      p.interviewOperator ?? 'Gestionale precedente',
      at(p.interviewedOn),
      `history-import:${batchId}`,
      id,
      p.interviewedOn,
    ],
  );
  return written.length ? interviewId : null;
}

/** The person as the entity, read again after the raw writes (what the events carry). */
const reload = (tx: EntityManager, id: string) => tx.findOneOrFail(Beneficiary, { id }, { refresh: true });

/**
 * PERSONE: people of the old system, keyed by codice fiscale (the old system's id kept as external id),
 * with the status history their dates give (iscrizione, colloquio, profilo, attivazione, fuori protocollo)
 * and their first colloquio. A new person publishes what a live registration does (BeneficiaryRegistered,
 * BeneficiaryProfileChanged, so companies' matching read model knows the codice fiscale INSERIMENTI resolves)
 * plus the status steps and the colloquio as they happened, marked imported; no mail goes to anybody (the
 * notifier is never called). A codice fiscale already registered on the platform is refused.
 */
const PERSONE: ImportKindDefinition<PersonRow, Record<string, never>> = {
  name: 'PERSONE',
  layout: IMPORT_LAYOUTS.PERSONE,
  keyColumn: 'codice_fiscale',
  parse: (get) => parsePersonRow(get),
  key: (v) => v.codiceFiscale,
  externalId: (v) => v.externalId,
  async resolve(em, rows, ctx) {
    const registered = new Map(
      (
        await em.execute<{ id: string; codice_fiscale: string }[]>(
          `select "id", "codice_fiscale" from "people"."beneficiary" where "codice_fiscale" = any(?::text[])`,
          [pgTextArray(rows.map((r) => r.key))],
        )
      ).map((b) => [b.codice_fiscale, b.id]),
    );
    const planned: Planned[] = [];
    for (const r of rows) {
      const rec = ctx.records.get(r.key);
      const existing = registered.get(r.key);
      // A person on the platform who did not come from an import is not overwritten by the history.
      if (existing && rec?.entity_id !== existing) {
        ctx.error(r, 'codice_fiscale', 'CODICE_FISCALE_TAKEN');
        continue;
      }
      planned.push({ ...r, action: ctx.actionOf(r), refs: {} });
    }
    return { rows: planned, errors: [] };
  },
  entity: { table: 'beneficiary', fields: PERSON_FIELDS, dateFields: ['birth_date', 'interview_due_date'] },
  async write(tx, { entityId, before, values: p, batchId, actorId }) {
    const { status, beforeFp } = finalStatus(p, before);
    const registeredAt = at(p.registeredOn);
    const interviewDueDate = addDays(p.registeredOn, INTERVIEW_SLA_DAYS);
    const cols = {
      first_name: p.firstName,
      last_name: p.lastName,
      codice_fiscale: p.codiceFiscale,
      email: p.email,
      phone: p.phone,
      birth_date: p.birthDate,
      sex: p.sex,
      citizenship: p.citizenship,
      municipality_code: p.municipalityCode,
      municipality_name: p.municipalityName,
      out_of_area: p.outOfArea,
      referring_body: p.referringBody,
      registered_at: registeredAt,
      status,
      profile: p.profile,
      readiness: p.readiness,
      fuori_protocollo_reason: status === BeneficiaryStatus.FUORI_PROTOCOLLO ? p.fuoriProtocolloReason : null,
      status_before_fuori_protocollo: beforeFp,
      interview_due_date: interviewDueDate,
      interviewed_at: p.interviewedOn ? at(p.interviewedOn) : null,
      updated_at: new Date().toISOString(),
    };
    const names = Object.keys(cols);
    if (before) {
      await tx.execute(`update "people"."beneficiary" set ${names.map((n) => `"${n}" = ?`).join(', ')} where "id" = ?`, [
        ...Object.values(cols),
        entityId,
      ]);
    } else {
      await tx.execute(
        `insert into "people"."beneficiary" ("id", ${names.map((n) => `"${n}"`).join(', ')}) values (?, ${names.map(() => '?').join(', ')})`,
        [entityId, ...Object.values(cols)],
      );
    }
    const interviewId = await writePath(tx, entityId, p, batchId, actorId);
    // Colloqui a COLLOQUI import brought in stay: the first held one is still the person's first colloquio.
    if (before) await reconcileInterviews(tx, entityId, actorId);
    const subject = { type: 'Beneficiary', id: entityId };
    if (!before)
      await publishPeopleEvent(
        tx,
        'BeneficiaryRegistered',
        subject,
        {
          beneficiaryId: entityId,
          municipalityCode: p.municipalityCode,
          registeredAt,
          referringBody: p.referringBody,
          outOfArea: p.outOfArea,
          interviewDueDate,
          privacyNoticeVersion: null,
          imported: true,
        },
        actorId,
      );
    // The steps as they happened (a new person), or the move an update makes.
    const steps = pathOf(p);
    const moves = before
      ? before.status !== status
        ? [{ from: String(before.status), to: status, on: steps[steps.length - 1]!.on, reason: cols.fuori_protocollo_reason }]
        : []
      : steps.slice(1).map((s, i) => ({ from: steps[i]!.to, to: s.to, on: s.on, reason: s.fuoriProtocolloReason }));
    for (const m of moves)
      await publishPeopleEvent(
        tx,
        'BeneficiaryStatusChanged',
        subject,
        { beneficiaryId: entityId, from: m.from, to: m.to, reason: m.reason ?? IMPORT_REASON, at: at(m.on), imported: true },
        actorId,
      );
    if (interviewId && p.interviewedOn && (!before || !before.interviewed_at)) {
      const daysWaited = Math.round((Date.parse(p.interviewedOn) - Date.parse(p.registeredOn)) / 86_400_000);
      await publishPeopleEvent(
        tx,
        'InterviewCompleted',
        subject,
        {
          interviewId,
          beneficiaryId: entityId,
          outcome: 'COMPLETED',
          completedAt: at(p.interviewedOn),
          daysWaited,
          metSla: daysWaited <= INTERVIEW_SLA_DAYS,
          imported: true,
        },
        actorId,
      );
    }
    await publishProfileChanged(tx, await reload(tx, entityId), { actorId: actorId ?? 'system', actorRole: 'ADMIN' });
  },
  async snapshot(tx, ids) {
    const rows = await tx.execute<Before[]>(
      `select b."id"::text as "__id", ${PERSON_FIELDS.map((f) =>
        f === 'birth_date' || f === 'interview_due_date' ? `to_char(b."${f}", 'YYYY-MM-DD') as "${f}"` : `b."${f}"`,
      ).join(', ')},
        coalesce((select jsonb_agg(to_jsonb(s)) from "people"."status_change" s where s."beneficiary_id" = b."id" and s.${IMPORTED_STEP}), '[]'::jsonb) as "steps",
        coalesce((select jsonb_agg(to_jsonb(i)) from "people"."interview" i where i."beneficiary_id" = b."id" and i.${IMPORTED_INTERVIEW}), '[]'::jsonb) as "interviews"
       from "people"."beneficiary" b where b."id" = any(?::uuid[])`,
      [pgTextArray(ids)],
    );
    return new Map(rows.map(({ __id, ...row }) => [String(__id), row as Record<string, unknown>]));
  },
  async restore(tx, id, before, actorId) {
    const b = before as Before;
    const was = await tx.execute<{ status: string }[]>(`select "status" from "people"."beneficiary" where "id" = ?`, [id]);
    await tx.execute(`update "people"."beneficiary" set ${PERSON_FIELDS.map((f) => `"${f}" = ?`).join(', ')} where "id" = ?`, [
      ...PERSON_FIELDS.map((f) => b[f] ?? null),
      id,
    ]);
    await tx.execute(`delete from "people"."status_change" where "beneficiary_id" = ? and ${IMPORTED_STEP}`, [id]);
    await tx.execute(`delete from "people"."interview" where "beneficiary_id" = ? and ${IMPORTED_INTERVIEW}`, [id]);
    await tx.execute(
      `insert into "people"."status_change" select * from jsonb_populate_recordset(null::"people"."status_change", ?::jsonb)`,
      [JSON.stringify(b.steps ?? [])],
    );
    // A colloquio a COLLOQUI import took over since stays that import's.
    await tx.execute(
      `insert into "people"."interview" select * from jsonb_populate_recordset(null::"people"."interview", ?::jsonb) on conflict do nothing`,
      [JSON.stringify(b.interviews ?? [])],
    );
    if (was[0] && was[0].status !== b.status)
      await publishPeopleEvent(
        tx,
        'BeneficiaryStatusChanged',
        { type: 'Beneficiary', id },
        { beneficiaryId: id, from: was[0].status, to: b.status, reason: IMPORT_REASON, at: new Date().toISOString(), imported: true },
        actorId,
      );
    await publishProfileChanged(tx, await reload(tx, id), { actorId: actorId ?? 'system', actorRole: 'ADMIN' });
  },
  async remove(tx, id, actorId) {
    await tx.execute(`delete from "people"."status_change" where "beneficiary_id" = ? and ${IMPORTED_STEP}`, [id]);
    await tx.execute(`delete from "people"."interview" where "beneficiary_id" = ? and ${IMPORTED_INTERVIEW}`, [id]);
    await tx.execute(`delete from "people"."beneficiary" where "id" = ?`, [id]);
    // The read models fed by the registration forget the person (companies' matching pool, finance, …).
    await publishPeopleEvent(tx, 'BeneficiaryErased', { type: 'Beneficiary', id }, { beneficiaryId: id }, actorId);
  },
  async dependents(tx, created) {
    const ids = pgTextArray(created);
    return tx.execute<{ what: string; n: number }[]>(
      `select 'cambi di stato' as "what", count(*)::int as "n" from "people"."status_change" where "beneficiary_id" = any(?::uuid[]) and "reason_code" is distinct from 'HISTORY_IMPORT'
       union all select 'colloqui', count(*)::int from "people"."interview" where "beneficiary_id" = any(?::uuid[]) and not (${IMPORTED_INTERVIEW})
       union all select 'valutazioni', count(*)::int from "people"."assessment" where "beneficiary_id" = any(?::uuid[])
       union all select 'inserimenti', count(*)::int from "people"."received_placement" where "beneficiary_id" = any(?::uuid[])
       union all select 'documenti', count(*)::int from "people"."document" where "beneficiary_id" = any(?::uuid[])
       union all select 'contatti', count(*)::int from "people"."contact_attempt" where "beneficiary_id" = any(?::uuid[])
       union all select 'servizi', count(*)::int from "people"."service_record" where "beneficiary_id" = any(?::uuid[])
       union all select 'account', count(*)::int from "people"."user_account" where "beneficiary_id" = any(?::uuid[])`,
      [ids, ids, ids, ids, ids, ids, ids, ids],
    );
  },
};

/**
 * The history import of the people subgraph (issue 27): people with their status history and first colloquio,
 * then every colloquio (COLLOQUI) and the assessments with their items (VALUTAZIONI).
 */
export const peopleHistoryImport = new HistoryImportEngine('people', [PERSONE, COLLOQUI, VALUTAZIONI] as ImportKindDefinition[]);
