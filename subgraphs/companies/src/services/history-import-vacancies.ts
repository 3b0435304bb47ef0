// OFFERTE, the vacancies of the old system (issue 27): a company's staffing needs with the programme's skill
// codes, written as a live vacancy is so the matching finds them, and published with the same events.

import type { EntityManager } from '@mikro-orm/postgresql';
import { romeInstant, todayInRome } from '@ixl/calendar';
import { IMPORT_LAYOUTS, type VacancyChangedPayload, type VacancyPostedPayload } from '@ixl/contracts';
import {
  importDate,
  ImportRowProblems,
  pgTextArray,
  type ImportKindDefinition,
  type ImportRowProblem,
  type PlannedImportRow,
} from '@ixl/subgraph-kit';
import { findMunicipality } from '@ixl/territory';
import { CompanyCefrLevel } from '../entities/enums.js';
import { ContractType } from '../entities/placement.entity.js';
import { VacancyStatus } from '../entities/vacancy.entity.js';
import { publishCompaniesEvent } from '../events/publish.js';

/** A vacancy of the file, normalised (what the row hash is computed from). */
export interface VacancyRow {
  externalId: string;
  vatNumber: string | null;
  companyExternalId: string | null;
  siteExternalId: string | null;
  municipalityCode: string | null;
  title: string;
  contractType: ContractType | null;
  hoursPerWeek: number | null;
  openings: number;
  requiredSkills: string[];
  niceSkills: string[];
  italianLevel: CompanyCefrLevel | null;
  postedOn: string;
  startDate: string | null;
  status: VacancyStatus;
}

const CODES = {
  contratto: {
    'tempo determinato': ContractType.TEMPO_DETERMINATO,
    'tempo indeterminato': ContractType.TEMPO_INDETERMINATO,
    'in proprio': ContractType.IN_PROPRIO,
    'a chiamata': ContractType.A_CHIAMATA,
  },
  livello_italiano: {
    a1: CompanyCefrLevel.A1,
    a2: CompanyCefrLevel.A2,
    b1: CompanyCefrLevel.B1,
    b2: CompanyCefrLevel.B2,
    c1: CompanyCefrLevel.C1,
    c2: CompanyCefrLevel.C2,
    madrelingua: CompanyCefrLevel.NATIVE,
  },
  stato: { bozza: VacancyStatus.DRAFT, aperta: VacancyStatus.OPEN, coperta: VacancyStatus.FILLED, chiusa: VacancyStatus.CLOSED },
} as const;

/** Reads one row of an OFFERTE file, or throws ImportRowProblems with every problem found. No I/O. */
export function parseVacancyRow(get: (column: string) => string, today = todayInRome()): VacancyRow {
  const errors: ImportRowProblem[] = [];
  const problem = (column: string, reasonCode: string, params: Record<string, string | number> = {}) =>
    errors.push({ column, reasonCode, params });
  const req = (column: string) => {
    const v = get(column);
    if (v === '') problem(column, 'IMPORT_REQUIRED', { column });
    return v;
  };
  const date = (column: string, required: boolean): string | null => {
    const v = required ? req(column) : get(column);
    if (v === '') return null;
    const d = importDate(v);
    if (!d) problem(column, 'IMPORT_DATE_FORMAT', { value: v });
    return d;
  };
  const int = (column: string, required: boolean, min: number, max: number): number | null => {
    const v = required ? req(column) : get(column);
    if (v === '') return null;
    if (!/^\d+$/.test(v)) problem(column, 'IMPORT_NUMBER_FORMAT', { value: v });
    else if (Number(v) < min || Number(v) > max) problem(column, 'WHOLE_NUMBER_RANGE', { field: column, min, max });
    return /^\d+$/.test(v) ? Number(v) : null;
  };
  const code = <C extends keyof typeof CODES>(column: C, required: boolean): (typeof CODES)[C][keyof (typeof CODES)[C]] | null => {
    const raw = required ? req(column) : get(column);
    const v = raw
      .toLowerCase()
      .replace(/[_\s]+/g, ' ')
      .trim();
    if (v === '') return null;
    const table = CODES[column] as unknown as Record<string, string>;
    const hit = table[v];
    if (hit === undefined) problem(column, 'IMPORT_CODE_UNKNOWN', { value: raw, allowed: Object.keys(table).join(', ') });
    return (hit ?? null) as never;
  };
  const skills = (column: string) => [
    ...new Set(
      get(column)
        .split(/[,\n]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];

  const externalId = req('id_esterno');
  const vatNumber = get('partita_iva_azienda') || null;
  if (vatNumber && !/^\d{11}$/.test(vatNumber)) problem('partita_iva_azienda', 'VAT_NUMBER_FORMAT');
  const companyExternalId = get('id_esterno_azienda') || null;
  if (!vatNumber && !companyExternalId) problem('partita_iva_azienda', 'IMPORT_COMPANY_REF_REQUIRED');
  const siteExternalId = get('sede') || null;
  const municipalityCode = get('comune_istat') || null;
  if (municipalityCode && !findMunicipality(municipalityCode)) problem('comune_istat', 'VACANCY_UNKNOWN_MUNICIPALITY');
  if (!municipalityCode && !siteExternalId) problem('comune_istat', 'IMPORT_REQUIRED', { column: 'comune_istat' });
  const title = req('titolo').replace(/\s+/g, ' ');
  if (title && (title.length < 3 || title.length > 200)) problem('titolo', 'VACANCY_TITLE_LENGTH');
  const contractType = code('contratto', false);
  const hoursPerWeek = int('ore_settimanali', false, 1, 48);
  const openings = int('posti', true, 1, 500);
  const requiredSkills = skills('competenze_richieste');
  const niceSkills = skills('competenze_gradite');
  if (requiredSkills.length > 50) problem('competenze_richieste', 'TOO_MANY_SKILLS');
  if (niceSkills.length > 50) problem('competenze_gradite', 'TOO_MANY_SKILLS');
  const both = niceSkills.find((s) => requiredSkills.includes(s));
  if (both) problem('competenze_gradite', 'SKILL_ALREADY_REQUIRED', { skill: both });
  const italianLevel = code('livello_italiano', false);
  const postedOn = date('data_pubblicazione', true);
  if (postedOn && postedOn > today) problem('data_pubblicazione', 'IMPORT_PERSON_DATE_FUTURE', { column: 'data_pubblicazione' });
  const startDate = date('data_inizio', false);
  if (postedOn && startDate && startDate < postedOn) problem('data_inizio', 'IMPORT_VACANCY_DATE_ORDER');
  const status = code('stato', true);
  if (errors.length) throw new ImportRowProblems(errors);
  return {
    externalId,
    vatNumber,
    companyExternalId,
    siteExternalId,
    municipalityCode,
    title,
    contractType,
    hoursPerWeek,
    openings: openings!,
    requiredSkills,
    niceSkills,
    italianLevel,
    postedOn: postedOn!,
    startDate,
    status: status!,
  };
}

type Refs = {
  companyId: string;
  municipalityCode: string;
  /** The vocabulary concepts' labels (what the vacancy's skills say) and ids (what the matching compares). */
  requiredLabels: string[];
  niceLabels: string[];
};

/** The columns an import writes of a vacancy (and undo puts back). */
const FIELDS = [
  'company_id',
  'title',
  'municipality_code',
  'openings',
  'status',
  'contract_type',
  'hours_per_week',
  'required_skills',
  'nice_to_have_skills',
  'required_concepts',
  'nice_concepts',
  'italian_level',
  'start_date',
  'created_at',
] as const;
const ARRAYS = new Set(['required_skills', 'nice_to_have_skills', 'required_concepts', 'nice_concepts']);

async function writeVacancy(tx: EntityManager, id: string, cols: Record<string, unknown>, insert: boolean): Promise<void> {
  const names = Object.keys(cols);
  const value = (n: string) => (ARRAYS.has(n) ? '?::text[]' : '?');
  const params = names.map((n) => (ARRAYS.has(n) ? pgTextArray((cols[n] as string[] | null) ?? []) : cols[n]));
  if (insert)
    await tx.execute(
      `insert into "companies"."vacancy" ("id", ${names.map((n) => `"${n}"`).join(', ')}) values (?, ${names.map(value).join(', ')})`,
      [id, ...params],
    );
  else
    await tx.execute(
      `update "companies"."vacancy" set ${names.map((n) => `"${n}" = ${value(n)}`).join(', ')}, "updated_at" = now() where "id" = ?`,
      [...params, id],
    );
}

async function publishChanged(tx: EntityManager, id: string, previousStatus: string, changedFields: string[], actorId: string | null) {
  const [v] = await tx.execute<{ company_id: string; title: string; municipality_code: string; openings: number; status: string }[]>(
    `select "company_id", "title", "municipality_code", "openings", "status" from "companies"."vacancy" where "id" = ?`,
    [id],
  );
  if (!v) return;
  const payload: VacancyChangedPayload = {
    vacancyId: id,
    companyId: v.company_id,
    title: v.title,
    municipalityCode: v.municipality_code,
    openings: v.openings,
    status: v.status as VacancyStatus,
    previousStatus: previousStatus as VacancyStatus,
    changedFields,
  };
  await publishCompaniesEvent(tx, 'VacancyChanged', { type: 'Vacancy', id }, payload, actorId);
}

/** The API field names of vacancy columns (what VacancyChanged lists, as a live edit does). */
const FIELD_NAME: Record<string, string> = {
  title: 'title',
  municipality_code: 'municipalityCode',
  openings: 'openings',
  status: 'status',
  contract_type: 'contractType',
  hours_per_week: 'hoursPerWeek',
  required_skills: 'requiredSkills',
  nice_to_have_skills: 'niceToHaveSkills',
  italian_level: 'italianLevel',
  start_date: 'startDate',
};

/**
 * OFFERTE: vacancies keyed by the old system's id, of a company found by partita IVA or by the id_esterno the
 * AZIENDE import kept; the workplace is the municipality of the site (SEDI id_esterno) or the one given; the
 * skills are codes of the programme's vocabulary (concept ids), kept as their labels with the concepts the
 * matching compares. A new vacancy publishes VacancyPosted as a live one (marked imported: no offer alerts,
 * not in the live feed); a corrected one VacancyChanged with the fields that changed. Undo is refused while
 * candidates, placements or placement drafts refer to a vacancy the batch created.
 */
export const OFFERTE: ImportKindDefinition<VacancyRow, Refs> = {
  name: 'OFFERTE',
  layout: IMPORT_LAYOUTS.OFFERTE,
  keyColumn: 'id_esterno',
  parse: (get) => parseVacancyRow(get),
  key: (v) => v.externalId,
  externalId: (v) => v.externalId,
  async resolve(em, rows, ctx) {
    const values = rows.map((r) => r.values);
    const byVat = new Map(
      (
        await em.execute<{ id: string; vat_number: string }[]>(
          `select "id", "vat_number" from "companies"."company" where "vat_number" = any(?::text[])`,
          [pgTextArray([...new Set(values.map((v) => v.vatNumber).filter((x): x is string => !!x))])],
        )
      ).map((c) => [c.vat_number, c.id]),
    );
    const byOld = new Map(
      (
        await em.execute<{ external_id: string; entity_id: string }[]>(
          `select "external_id", "entity_id" from "companies"."import_record" where "kind" = 'AZIENDE' and "external_id" = any(?::text[])`,
          [pgTextArray([...new Set(values.map((v) => v.companyExternalId).filter((x): x is string => !!x))])],
        )
      ).map((c) => [c.external_id, c.entity_id]),
    );
    const sites = new Map(
      (
        await em.execute<{ key: string; company_id: string; municipality_code: string }[]>(
          `select r."key", s."company_id", s."municipality_code" from "companies"."import_record" r join "companies"."company_site" s on s."id" = r."entity_id"
            where r."kind" = 'SEDI' and r."key" = any(?::text[])`,
          [pgTextArray([...new Set(values.map((v) => v.siteExternalId).filter((x): x is string => !!x))])],
        )
      ).map((s) => [s.key, s]),
    );
    const concepts = new Map(
      (
        await em.execute<{ id: string; label: string }[]>(
          `select "id", "label" from "companies"."vocabulary_concept" where "kind" = 'SKILL'`,
        )
      ).map((c) => [c.id, c.label]),
    );
    const planned: PlannedImportRow<VacancyRow, Refs>[] = [];
    for (const r of rows) {
      const v = r.values;
      const a = v.vatNumber ? byVat.get(v.vatNumber) : undefined;
      const b = v.companyExternalId ? byOld.get(v.companyExternalId) : undefined;
      let bad = false;
      const err = (column: string, reason: string, params: Record<string, string | number> = {}) => {
        ctx.error(r, column, reason, params);
        bad = true;
      };
      if (v.vatNumber && !a) err('partita_iva_azienda', 'IMPORT_COMPANY_NOT_FOUND', { vatNumber: v.vatNumber });
      else if (v.companyExternalId && !b)
        err('id_esterno_azienda', 'IMPORT_COMPANY_EXTERNAL_NOT_FOUND', { externalId: v.companyExternalId });
      else if (a && b && a !== b) err('id_esterno_azienda', 'IMPORT_COMPANY_REF_MISMATCH', { externalId: v.companyExternalId! });
      const companyId = (a ?? b)!;
      let municipalityCode = v.municipalityCode;
      if (v.siteExternalId && !bad) {
        const site = sites.get(v.siteExternalId);
        if (!site || site.company_id !== companyId) err('sede', 'IMPORT_SITE_NOT_FOUND', { externalId: v.siteExternalId });
        else if (municipalityCode && municipalityCode !== site.municipality_code)
          err('comune_istat', 'IMPORT_SITE_MUNICIPALITY_MISMATCH', {
            externalId: v.siteExternalId,
            municipalityCode: site.municipality_code,
          });
        else municipalityCode = site.municipality_code;
      }
      for (const [column, list] of [
        ['competenze_richieste', v.requiredSkills],
        ['competenze_gradite', v.niceSkills],
      ] as const)
        for (const s of list) if (!concepts.has(s)) err(column, 'IMPORT_SKILL_UNKNOWN', { value: s });
      if (bad) continue;
      const label = (id: string) => concepts.get(id)!.trim().toLowerCase().replace(/\s+/g, ' ');
      planned.push({
        ...r,
        action: ctx.actionOf(r),
        refs: {
          companyId,
          municipalityCode: municipalityCode!,
          requiredLabels: v.requiredSkills.map(label),
          niceLabels: v.niceSkills.map(label),
        },
      });
    }
    return { rows: planned, errors: [] };
  },
  entity: { table: 'vacancy', fields: FIELDS, dateFields: ['start_date'] },
  async write(tx, { entityId, before, values: v, refs, actorId }) {
    const cols: Record<string, unknown> = {
      company_id: refs.companyId,
      title: v.title,
      municipality_code: refs.municipalityCode,
      openings: v.openings,
      status: v.status,
      contract_type: v.contractType,
      hours_per_week: v.hoursPerWeek,
      required_skills: refs.requiredLabels,
      nice_to_have_skills: refs.niceLabels,
      required_concepts: v.requiredSkills,
      nice_concepts: v.niceSkills,
      italian_level: v.italianLevel,
      start_date: v.startDate,
      created_at: romeInstant(v.postedOn, '12:00'),
    };
    await writeVacancy(tx, entityId, cols, !before);
    if (!before) {
      const payload: VacancyPostedPayload = {
        vacancyId: entityId,
        companyId: refs.companyId,
        title: v.title,
        municipalityCode: refs.municipalityCode,
        openings: v.openings,
        status: v.status,
        occupationCode: null,
        requiredSkills: refs.requiredLabels,
        startDate: v.startDate,
        imported: true,
      };
      await publishCompaniesEvent(tx, 'VacancyPosted', { type: 'Vacancy', id: entityId }, payload, actorId);
      return;
    }
    const same = (a: unknown, b: unknown) =>
      JSON.stringify(a ?? null) === JSON.stringify(b ?? null) ||
      (a != null && b != null && Date.parse(String(a)) === Date.parse(String(b)));
    const changed = Object.keys(FIELD_NAME).filter((c) => !same(before[c], cols[c]));
    if (changed.length)
      await publishChanged(
        tx,
        entityId,
        String(before.status),
        changed.map((c) => FIELD_NAME[c]!),
        actorId,
      );
  },
  async restore(tx, id, before, actorId) {
    const [now] = await tx.execute<{ status: string }[]>(`select "status" from "companies"."vacancy" where "id" = ?`, [id]);
    await writeVacancy(tx, id, Object.fromEntries(FIELDS.map((f) => [f, before[f] ?? null])), false);
    await publishChanged(tx, id, now?.status ?? String(before.status), Object.values(FIELD_NAME), actorId);
  },
  async remove(tx, id, actorId) {
    const [gone] = await tx.execute<{ company_id: string; title: string; municipality_code: string; openings: number; status: string }[]>(
      `delete from "companies"."vacancy" where "id" = ? returning "company_id", "title", "municipality_code", "openings", "status"`,
      [id],
    );
    // Whoever keeps vacancies from the events sees it closed: it is no longer offered.
    if (gone) {
      const payload: VacancyChangedPayload = {
        vacancyId: id,
        companyId: gone.company_id,
        title: gone.title,
        municipalityCode: gone.municipality_code,
        openings: gone.openings,
        status: VacancyStatus.CLOSED,
        previousStatus: gone.status as VacancyStatus,
        changedFields: ['status'],
      };
      await publishCompaniesEvent(tx, 'VacancyChanged', { type: 'Vacancy', id }, payload, actorId);
    }
  },
  async dependents(tx, created) {
    const ids = pgTextArray(created);
    return tx.execute<{ what: string; n: number }[]>(
      `select 'candidature' as "what", count(*)::int as "n" from "companies"."candidate" where "vacancy_id" = any(?::uuid[])
       union all select 'inserimenti', count(*)::int from "companies"."placement" where "vacancy_id" = any(?::uuid[])
       union all select 'bozze di inserimento', count(*)::int from "companies"."placement_draft" where "vacancy_id" = any(?::uuid[])`,
      [ids, ids, ids],
    );
  },
};
