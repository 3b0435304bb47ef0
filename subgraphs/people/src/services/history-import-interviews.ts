// COLLOQUI and VALUTAZIONI, the people subgraph's history kinds after PERSONE (issue 27): every colloquio of
// a person and the fragility assessments with their items, written as live ones are and marked imported.

import type { EntityManager } from '@mikro-orm/postgresql';
import { romeInstant } from '@ixl/calendar';
import { IMPORT_LAYOUTS } from '@ixl/contracts';
import {
  DomainError,
  pgTextArray,
  type ImportKindDefinition,
  type ImportResolveContext,
  type ParsedImportRow,
  type PlannedImportRow,
} from '@ixl/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { FragilityProfile, InterviewStatus, Readiness } from '../entities/enums.js';
import { publishPeopleEvent } from '../events/publish.js';
import { publishProfileChanged } from '../events/profile-events.js';
import { profileFor, scoreAnswers, type InstrumentDefinition, type ScoredAnswer } from './assessment.rules.js';
import {
  parseAssessmentRow,
  parseInterviewRow,
  personDayKey,
  type AssessmentRow,
  type InterviewRow,
  type PersonRef,
} from './history-import-interviews.rules.js';
import { INTERVIEW_SLA_DAYS } from './lifecycle.rules.js';

/** The programme's days are days: an imported colloquio or assessment happened at noon, Europe/Rome. */
const at = (day: string) => romeInstant(day, '12:00');
const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
/** A colloquio the COLLOQUI import wrote (PERSONE's first colloquio is `history-import:<batch>`). */
export const COLLOQUI_CREATED_BY = 'history-import-colloqui:';
/** The status step a COLLOQUI import made (a registered person whose first colloquio it brought in). */
const COLLOQUIO_STEP = 'HISTORY_IMPORT_COLLOQUIO';
const IMPORT_REASON = 'Imported from the history';
const rome = (column: string) => `to_char(${column} at time zone 'Europe/Rome', 'YYYY-MM-DD')`;

interface Person {
  id: string;
  codice_fiscale: string | null;
  registered: string;
}

/**
 * The people the rows name: by codice fiscale (registered or imported) or by the id of the old system the
 * PERSONE import kept; a row naming both must name one person. Errors for who cannot be found.
 */
async function resolvePeople<V extends PersonRef>(
  em: EntityManager,
  rows: ParsedImportRow<V>[],
  ctx: ImportResolveContext,
): Promise<Map<ParsedImportRow<V>, Person>> {
  const cfs = [...new Set(rows.map((r) => r.values.codiceFiscale).filter((x): x is string => !!x))];
  const olds = [...new Set(rows.map((r) => r.values.personExternalId).filter((x): x is string => !!x))];
  const cols = `b."id", b."codice_fiscale", ${rome('b."registered_at"')} as "registered"`;
  const byCf = new Map(
    (
      await em.execute<Person[]>(`select ${cols} from "people"."beneficiary" b where b."codice_fiscale" = any(?::text[])`, [
        pgTextArray(cfs),
      ])
    ).map((p) => [p.codice_fiscale!, p]),
  );
  const byOld = new Map(
    (
      await em.execute<(Person & { external_id: string })[]>(
        `select ${cols}, r."external_id" from "people"."import_record" r join "people"."beneficiary" b on b."id" = r."entity_id"
         where r."kind" = 'PERSONE' and r."external_id" = any(?::text[])`,
        [pgTextArray(olds)],
      )
    ).map((p) => [p.external_id, p]),
  );
  const out = new Map<ParsedImportRow<V>, Person>();
  for (const r of rows) {
    const { codiceFiscale, personExternalId } = r.values;
    const a = codiceFiscale ? byCf.get(codiceFiscale) : undefined;
    const b = personExternalId ? byOld.get(personExternalId) : undefined;
    if (codiceFiscale && !a) ctx.error(r, 'codice_fiscale', 'IMPORT_PERSON_NOT_FOUND');
    else if (personExternalId && !b)
      ctx.error(r, 'id_esterno_persona', 'IMPORT_PERSON_EXTERNAL_NOT_FOUND', { externalId: personExternalId });
    else if (a && b && a.id !== b.id) ctx.error(r, 'id_esterno_persona', 'IMPORT_PERSON_REF_MISMATCH', { externalId: personExternalId! });
    else out.set(r, (a ?? b)!);
  }
  return out;
}

/** Rows of one file naming one person and day twice (by codice fiscale and by old id): the later is an error. */
function samePersonDay<V>(
  ctx: ImportResolveContext,
  r: ParsedImportRow<V>,
  seen: Map<string, number>,
  column: string,
  personId: string,
  day: string,
) {
  const k = `${personId}|${day}`;
  const first = seen.get(k);
  if (first !== undefined) {
    ctx.error(r, column, 'IMPORT_DUPLICATE_KEY', { key: r.key, firstLine: first });
    return true;
  }
  seen.set(k, r.line);
  return false;
}

/**
 * After colloqui of a person were written or taken back: the first colloquio held is what the monitoring
 * counts (`interviewed_at`, the earliest held one, live or imported), and a registered person with one held
 * moves to INTERVIEWED as a live outcome does (an imported step, taken back with the colloquio).
 */
export async function reconcileInterviews(tx: EntityManager, beneficiaryId: string, actorId: string | null): Promise<void> {
  const [p] = await tx.execute<{ status: string; interviewed_at: string | null; first: string | null; first_day: string | null }[]>(
    `select b."status", b."interviewed_at"::text, f."first"::text, ${rome('f."first"')} as "first_day"
       from "people"."beneficiary" b,
            lateral (select min(i."completed_at") as "first" from "people"."interview" i where i."beneficiary_id" = b."id" and i."status" = 'COMPLETED') f
      where b."id" = ? for update of b`,
    [beneficiaryId],
  );
  if (!p) return;
  let changed = false;
  if ((p.interviewed_at === null) !== (p.first === null) || (p.first && Date.parse(p.interviewed_at!) !== Date.parse(p.first))) {
    await tx.execute(`update "people"."beneficiary" set "interviewed_at" = ?, "updated_at" = now() where "id" = ?`, [
      p.first,
      beneficiaryId,
    ]);
    changed = true;
  }
  let move: { from: string; to: string; at: string } | null = null;
  if (p.status === BeneficiaryStatus.REGISTERED && p.first) {
    await tx.execute(`delete from "people"."status_change" where "beneficiary_id" = ? and "reason_code" = ?`, [
      beneficiaryId,
      COLLOQUIO_STEP,
    ]);
    move = { from: BeneficiaryStatus.REGISTERED, to: BeneficiaryStatus.INTERVIEWED, at: at(p.first_day!) };
    await tx.execute(
      `insert into "people"."status_change" ("id", "beneficiary_id", "from", "to", "reason", "reason_code", "actor_id", "actor_role", "at")
       values (?, ?, ?, ?, ?, ?, ?, 'ADMIN', ?)`,
      [randomUUID(), beneficiaryId, move.from, move.to, IMPORT_REASON, COLLOQUIO_STEP, actorId ?? 'system', move.at],
    );
  } else if (p.status === BeneficiaryStatus.INTERVIEWED && !p.first) {
    const steps = await tx.execute<{ from: string }[]>(
      `delete from "people"."status_change" where "beneficiary_id" = ? and "reason_code" = ? returning "from"`,
      [beneficiaryId, COLLOQUIO_STEP],
    );
    if (steps[0]) move = { from: BeneficiaryStatus.INTERVIEWED, to: steps[0].from, at: new Date().toISOString() };
  }
  if (move) {
    await tx.execute(`update "people"."beneficiary" set "status" = ?, "updated_at" = now() where "id" = ?`, [move.to, beneficiaryId]);
    await publishPeopleEvent(
      tx,
      'BeneficiaryStatusChanged',
      { type: 'Beneficiary', id: beneficiaryId },
      { beneficiaryId, from: move.from, to: move.to, reason: IMPORT_REASON, at: move.at, imported: true },
      actorId,
    );
  }
  if (changed || move) {
    const b = await tx.findOneOrFail(Beneficiary, { id: beneficiaryId }, { refresh: true });
    await publishProfileChanged(tx, b, { actorId: actorId ?? 'system', actorRole: 'ADMIN' });
  }
}

type InterviewRefs = { beneficiaryId: string; registeredOn: string; adopt?: string };

/**
 * COLLOQUI: every colloquio of a person (held or missed), keyed by person and day (one colloquio per person
 * and day, as the database also requires). The first colloquio a PERSONE row gave is the same colloquio when
 * a COLLOQUI row has the same person and day: the row takes it over (undo gives it back). A colloquio of that
 * day recorded on the platform is refused. Written as a live outcome is: InterviewCompleted marked imported
 * (no mail), the first held colloquio is the person's `interviewed_at`, a registered person becomes INTERVIEWED.
 */
export const COLLOQUI: ImportKindDefinition<InterviewRow, InterviewRefs> = {
  name: 'COLLOQUI',
  layout: IMPORT_LAYOUTS.COLLOQUI,
  keyColumn: 'data_colloquio',
  parse: (get) => parseInterviewRow(get),
  key: personDayKey,
  externalId: (v) => v.externalId,
  async resolve(em, rows, ctx) {
    const people = await resolvePeople(em, rows, ctx);
    const ids = [...new Set([...people.values()].map((p) => p.id))];
    const existing = new Map(
      (
        await em.execute<{ id: string; k: string; created_by: string; status: string }[]>(
          `select i."id", i."beneficiary_id" || '|' || ${rome('i."scheduled_at"')} as "k", i."created_by", i."status"
             from "people"."interview" i where i."beneficiary_id" = any(?::uuid[]) and i."status" <> 'CANCELLED'`,
          [pgTextArray(ids)],
        )
      ).map((i) => [i.k, i]),
    );
    const seen = new Map<string, number>();
    const planned: PlannedImportRow<InterviewRow, InterviewRefs>[] = [];
    for (const r of rows) {
      const p = people.get(r);
      if (!p) continue;
      if (samePersonDay(ctx, r, seen, 'data_colloquio', p.id, r.values.day)) continue;
      if (r.values.day < p.registered) {
        ctx.error(r, 'data_colloquio', 'IMPORT_PERSON_DATE_ORDER', { column: 'data_colloquio', other: 'data_iscrizione' });
        continue;
      }
      const rec = ctx.records.get(r.key);
      const there = existing.get(`${p.id}|${r.values.day}`);
      let adopt: string | undefined;
      if (there && there.id !== rec?.entity_id) {
        if (!there.created_by.startsWith('history-import:')) {
          ctx.error(r, 'data_colloquio', 'IMPORT_COLLOQUIO_EXISTS');
          continue;
        }
        // PERSONE's first colloquio, held: this row is the same colloquio.
        if (r.values.outcome !== InterviewStatus.COMPLETED) {
          ctx.error(r, 'esito', 'IMPORT_COLLOQUIO_HELD_IN_PERSONE');
          continue;
        }
        adopt = there.id;
      }
      planned.push({ ...r, action: adopt ? 'UPDATE' : ctx.actionOf(r), refs: { beneficiaryId: p.id, registeredOn: p.registered, adopt } });
    }
    return { rows: planned, errors: [] };
  },
  entity: {
    table: 'interview',
    fields: ['mode', 'operator_name', 'status', 'outcome_notes', 'completed_at', 'created_by'],
  },
  adopt: (_v, refs) => refs.adopt,
  async write(tx, { entityId, before, values: v, refs, batchId, actorId }) {
    const cols = {
      mode: v.mode,
      operator_name: v.operatorName ?? 'Gestionale precedente',
      status: v.outcome,
      outcome_notes: v.notes,
      completed_at: at(v.day),
      created_by: `${COLLOQUI_CREATED_BY}${batchId}`,
    };
    if (before)
      await tx.execute(
        `update "people"."interview" set ${Object.keys(cols)
          .map((c) => `"${c}" = ?`)
          .join(', ')} where "id" = ?`,
        [...Object.values(cols), entityId],
      );
    else
      await tx.execute(
        `insert into "people"."interview" ("id", "beneficiary_id", "scheduled_at", "operator_id", "created_at", ${Object.keys(cols)
          .map((c) => `"${c}"`)
          .join(', ')}) values (?, ?, ?, ?, now(), ${Object.keys(cols)
          .map(() => '?')
          .join(', ')})`,
        [
          entityId,
          refs.beneficiaryId,
          at(v.day),
          actorId && /^[0-9a-f-]{36}$/i.test(actorId) ? actorId : ZERO_UUID,
          ...Object.values(cols),
        ],
      );
    // The outcome as a live one publishes it (once per outcome: a corrected note is not a new colloquio).
    if (!before || before.status !== v.outcome) {
      const daysWaited = Math.max(0, Math.round((Date.parse(v.day) - Date.parse(refs.registeredOn)) / 86_400_000));
      const held = v.outcome === InterviewStatus.COMPLETED;
      await publishPeopleEvent(
        tx,
        'InterviewCompleted',
        { type: 'Beneficiary', id: refs.beneficiaryId },
        {
          interviewId: entityId,
          beneficiaryId: refs.beneficiaryId,
          outcome: v.outcome,
          completedAt: at(v.day),
          daysWaited,
          metSla: held ? daysWaited <= INTERVIEW_SLA_DAYS : null,
          imported: true,
        },
        actorId,
      );
    }
    await reconcileInterviews(tx, refs.beneficiaryId, actorId);
  },
  async restore(tx, id, before, actorId) {
    const fields = COLLOQUI.entity.fields;
    const [row] = await tx.execute<{ beneficiary_id: string }[]>(
      `update "people"."interview" set ${fields.map((f) => `"${f}" = ?`).join(', ')} where "id" = ? returning "beneficiary_id"`,
      [...fields.map((f) => before[f] ?? null), id],
    );
    if (row) await reconcileInterviews(tx, row.beneficiary_id, actorId);
  },
  async remove(tx, id, actorId) {
    const [row] = await tx.execute<{ beneficiary_id: string }[]>(
      `delete from "people"."interview" where "id" = ? returning "beneficiary_id"`,
      [id],
    );
    if (row) await reconcileInterviews(tx, row.beneficiary_id, actorId);
  },
  /** Assessments that rest on a colloquio of the batch (no other colloquio held before them). */
  async dependents(tx, created) {
    const ids = pgTextArray(created);
    return tx.execute<{ what: string; n: number }[]>(
      `select 'valutazioni' as "what", count(distinct a."id")::int as "n"
         from "people"."assessment" a join "people"."interview" i on i."beneficiary_id" = a."beneficiary_id"
        where i."id" = any(?::uuid[]) and i."status" = 'COMPLETED' and a."assessed_at" >= i."completed_at"
          and not exists (select 1 from "people"."interview" j where j."beneficiary_id" = a."beneficiary_id" and j."status" = 'COMPLETED'
                           and j."id" <> all(?::uuid[]) and j."completed_at" <= a."assessed_at")`,
      [ids, ids],
    );
  },
};

interface Instrument {
  id: string;
  version: number;
  threshold: number;
  active: boolean;
  definition: InstrumentDefinition;
}
type AssessmentRefs = {
  beneficiaryId: string;
  instrumentId: string;
  instrumentVersion: number;
  threshold: number;
  score: number;
  profile: FragilityProfile;
  answers: ScoredAnswer[];
};

const maxScore = (d: InstrumentDefinition) =>
  d.dimensions.reduce((s, dim) => s + dim.items.reduce((t, i) => t + Math.max(...i.answers.map((a) => a.points)), 0), 0);

/** Which column of a VALUTAZIONI row a rule of the live assessment is about. */
const ASSESSMENT_COLUMN: Record<string, string> = { answers: 'risposte', readiness: 'prontezza' };

/**
 * VALUTAZIONI: fragility assessments, keyed by person and day, with their items where the old system kept
 * them: scored by the live rules against the instrument version the row names (or the active one), so a bad
 * item or answer code, a missing item or a score that does not add up is an error of the row; without items,
 * the score the old system kept (within the instrument's range). The assessment follows a colloquio held on
 * or before its day (as live). Written as a live one is, AssessmentRecorded marked imported; the person's
 * current profile and readiness stay what PERSONE (or staff) recorded: the history adds the assessments.
 */
export const VALUTAZIONI: ImportKindDefinition<AssessmentRow, AssessmentRefs> = {
  name: 'VALUTAZIONI',
  layout: IMPORT_LAYOUTS.VALUTAZIONI,
  keyColumn: 'data_valutazione',
  parse: (get) => parseAssessmentRow(get),
  key: personDayKey,
  externalId: (v) => v.externalId,
  async resolve(em, rows, ctx) {
    const people = await resolvePeople(em, rows, ctx);
    const ids = [...new Set([...people.values()].map((p) => p.id))];
    const instruments = await em.execute<Instrument[]>(
      `select "id", "version", "threshold", "active", "definition" from "people"."assessment_instrument" order by "version" desc`,
    );
    const active = instruments.find((i) => i.active) ?? instruments[0];
    const firstHeld = new Map(
      (
        await em.execute<{ beneficiary_id: string; day: string }[]>(
          `select "beneficiary_id", ${rome('min("completed_at")')} as "day" from "people"."interview"
            where "beneficiary_id" = any(?::uuid[]) and "status" = 'COMPLETED' group by 1`,
          [pgTextArray(ids)],
        )
      ).map((x) => [x.beneficiary_id, x.day]),
    );
    const existing = new Map(
      (
        await em.execute<{ id: string; k: string }[]>(
          `select "id", "beneficiary_id" || '|' || ${rome('"assessed_at"')} as "k" from "people"."assessment" where "beneficiary_id" = any(?::uuid[])`,
          [pgTextArray(ids)],
        )
      ).map((x) => [x.k, x.id]),
    );
    const seen = new Map<string, number>();
    const planned: PlannedImportRow<AssessmentRow, AssessmentRefs>[] = [];
    for (const r of rows) {
      const p = people.get(r);
      if (!p) continue;
      const v = r.values;
      if (samePersonDay(ctx, r, seen, 'data_valutazione', p.id, v.day)) continue;
      const there = existing.get(`${p.id}|${v.day}`);
      if (there && there !== ctx.records.get(r.key)?.entity_id) {
        ctx.error(r, 'data_valutazione', 'IMPORT_ASSESSMENT_EXISTS');
        continue;
      }
      const held = firstHeld.get(p.id);
      if (!held || held > v.day) {
        ctx.error(r, 'data_valutazione', 'IMPORT_ASSESSMENT_NEEDS_COLLOQUIO');
        continue;
      }
      const instrument = v.instrumentVersion === null ? active : instruments.find((i) => i.version === v.instrumentVersion);
      if (!instrument) {
        ctx.error(r, 'versione_strumento', 'IMPORT_INSTRUMENT_NOT_FOUND', { version: v.instrumentVersion ?? 0 });
        continue;
      }
      let score: number;
      let answers: ScoredAnswer[] = [];
      if (v.answers.length) {
        try {
          ({ score, answers } = scoreAnswers(instrument.definition, v.answers));
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          ctx.error(r, ASSESSMENT_COLUMN[e.field ?? ''] ?? 'risposte', e.reason, { ...e.params });
          continue;
        }
        if (v.score !== null && v.score !== score) {
          ctx.error(r, 'punteggio', 'IMPORT_SCORE_MISMATCH', { given: v.score, computed: score });
          continue;
        }
      } else {
        score = v.score!;
        const max = maxScore(instrument.definition);
        if (score > max) {
          ctx.error(r, 'punteggio', 'IMPORT_SCORE_RANGE', { max, version: instrument.version });
          continue;
        }
      }
      const profile = profileFor(score, instrument.threshold) as FragilityProfile;
      if (v.profile && v.profile !== profile) {
        ctx.error(r, 'profilo', 'IMPORT_PROFILE_MISMATCH', { score, threshold: instrument.threshold });
        continue;
      }
      if (v.readiness && profile !== FragilityProfile.IN_TARGET) {
        ctx.error(r, 'prontezza', 'READINESS_ONLY_IN_TARGET', { score, threshold: instrument.threshold });
        continue;
      }
      planned.push({
        ...r,
        action: ctx.actionOf(r),
        refs: {
          beneficiaryId: p.id,
          instrumentId: instrument.id,
          instrumentVersion: instrument.version,
          threshold: instrument.threshold,
          score,
          profile,
          answers,
        },
      });
    }
    return { rows: planned, errors: [] };
  },
  entity: {
    table: 'assessment',
    fields: [
      'instrument_id',
      'instrument_version',
      'answers',
      'score',
      'threshold',
      'profile',
      'readiness',
      'notes',
      'assessed_by',
      'assessed_at',
    ],
  },
  async write(tx, { entityId, before, values: v, refs, actorId }) {
    const readiness = refs.profile === FragilityProfile.IN_TARGET ? (v.readiness ?? Readiness.IN_VALUTAZIONE) : null;
    const cols: [string, unknown][] = [
      ['instrument_id', refs.instrumentId],
      ['instrument_version', refs.instrumentVersion],
      ['answers', JSON.stringify(refs.answers)],
      ['score', refs.score],
      ['threshold', refs.threshold],
      ['profile', refs.profile],
      ['readiness', readiness],
      ['notes', v.notes],
      ['assessed_by', v.assessorName ?? 'Gestionale precedente'],
      ['assessed_at', at(v.day)],
    ];
    const value = (c: string) => (c === 'answers' ? '?::jsonb' : '?');
    if (before)
      await tx.execute(`update "people"."assessment" set ${cols.map(([c]) => `"${c}" = ${value(c)}`).join(', ')} where "id" = ?`, [
        ...cols.map(([, x]) => x),
        entityId,
      ]);
    else
      await tx.execute(
        `insert into "people"."assessment" ("id", "beneficiary_id", ${cols.map(([c]) => `"${c}"`).join(', ')})
         values (?, ?, ${cols.map(([c]) => value(c)).join(', ')})`,
        [entityId, refs.beneficiaryId, ...cols.map(([, x]) => x)],
      );
    await publishPeopleEvent(
      tx,
      'AssessmentRecorded',
      { type: 'Beneficiary', id: refs.beneficiaryId },
      {
        assessmentId: entityId,
        beneficiaryId: refs.beneficiaryId,
        instrumentVersion: refs.instrumentVersion,
        score: refs.score,
        threshold: refs.threshold,
        profile: refs.profile,
        readiness,
        assessedAt: at(v.day),
        imported: true,
      },
      actorId,
    );
  },
  async restore(tx, id, before) {
    const fields = VALUTAZIONI.entity.fields;
    await tx.execute(
      `update "people"."assessment" set ${fields.map((f) => `"${f}" = ${f === 'answers' ? '?::jsonb' : '?'}`).join(', ')} where "id" = ?`,
      [...fields.map((f) => (f === 'answers' ? JSON.stringify(before[f] ?? []) : (before[f] ?? null))), id],
    );
  },
};
