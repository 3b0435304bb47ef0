// Pure rules of the COLLOQUI and VALUTAZIONI history imports (issue 27): one row into its values, or every
// problem of the row (column and reason). No I/O: the person, the instrument and the score are resolved later.

import { todayInRome } from '@ixl/calendar';
import { importDate, ImportRowProblems, type ImportRowProblem } from '@ixl/subgraph-kit';
import { validateCodiceFiscale } from '@ixl/territory';
import { FragilityProfile, InterviewMode, InterviewStatus, Readiness } from '../entities/enums.js';

/** How a row names its person: by codice fiscale, or by the old system's id kept by the PERSONE import. */
export interface PersonRef {
  codiceFiscale: string | null;
  personExternalId: string | null;
}

/** A colloquio of the file, normalised (what the row hash is computed from). */
export interface InterviewRow extends PersonRef {
  externalId: string | null;
  day: string;
  mode: InterviewMode;
  operatorName: string | null;
  outcome: InterviewStatus.COMPLETED | InterviewStatus.MISSED;
  notes: string | null;
}

/** An assessment of the file, normalised: its answers where known, else the score the old system kept. */
export interface AssessmentRow extends PersonRef {
  externalId: string | null;
  day: string;
  instrumentVersion: number | null;
  answers: { itemCode: string; answerCode: string }[];
  score: number | null;
  profile: FragilityProfile | null;
  readiness: Readiness | null;
  assessorName: string | null;
  notes: string | null;
}

const CODES = {
  modalita: { 'in presenza': InterviewMode.IN_PERSON, videochiamata: InterviewMode.VIDEO, telefono: InterviewMode.PHONE },
  esito: { svolto: InterviewStatus.COMPLETED, 'non presentato': InterviewStatus.MISSED },
  profilo: { forte: FragilityProfile.FORTE, 'in target': FragilityProfile.IN_TARGET },
  prontezza: {
    pronto: Readiness.PRONTO,
    'non pronto': Readiness.NON_PRONTO,
    fragile: Readiness.FRAGILE,
    'in valutazione': Readiness.IN_VALUTAZIONE,
  },
} as const;

/**
 * The natural key of a colloquio or an assessment: the person and the day (one of each per person and day).
 * The person is named by codice fiscale when the row has one, else by the old system's id (`id:` prefix).
 */
export const personDayKey = (v: PersonRef & { day: string }) => `${v.codiceFiscale ?? `id:${v.personExternalId ?? ''}`}|${v.day}`;

function rowReader(get: (column: string) => string, today: string) {
  const errors: ImportRowProblem[] = [];
  const problem = (column: string, reasonCode: string, params: Record<string, string | number> = {}) =>
    errors.push({ column, reasonCode, params });
  const req = (column: string): string => {
    const v = get(column);
    if (v === '') problem(column, 'IMPORT_REQUIRED', { column });
    return v;
  };
  const text = (column: string, max: number): string | null => {
    const v = get(column).replace(/\s+/g, ' ').trim();
    if (v === '') return null;
    if (v.length > max) problem(column, 'TEXT_LENGTH', { max });
    return v;
  };
  const date = (column: string): string => {
    const v = req(column);
    if (v === '') return '';
    const d = importDate(v);
    if (!d) problem(column, 'IMPORT_DATE_FORMAT', { value: v });
    else if (d > today) problem(column, 'IMPORT_PERSON_DATE_FUTURE', { column });
    return d ?? '';
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
  const person = (): PersonRef => {
    const cfRaw = get('codice_fiscale');
    const personExternalId = text('id_esterno_persona', 100);
    let codiceFiscale: string | null = null;
    if (cfRaw) {
      const cf = validateCodiceFiscale(cfRaw, undefined, { today: new Date(`${today}T12:00:00Z`) });
      if (cf.ok) codiceFiscale = cf.normalized;
      else problem('codice_fiscale', `CODICE_FISCALE_${cf.reason}`, { detail: cf.message });
    } else if (!personExternalId) problem('codice_fiscale', 'IMPORT_PERSON_REF_REQUIRED');
    return { codiceFiscale, personExternalId };
  };
  return { errors, problem, req, text, date, code, person };
}

/** Reads one row of a COLLOQUI file, or throws ImportRowProblems with every problem found. */
export function parseInterviewRow(get: (column: string) => string, today = todayInRome()): InterviewRow {
  const r = rowReader(get, today);
  const ref = r.person();
  const day = r.date('data_colloquio');
  const mode = r.code('modalita', true);
  const outcome = r.code('esito', true);
  const operatorName = r.text('operatore', 100);
  const notes = r.text('note', 2000);
  const externalId = r.text('id_esterno', 100);
  if (r.errors.length) throw new ImportRowProblems(r.errors);
  return {
    ...ref,
    externalId,
    day,
    mode: mode!,
    outcome: outcome as InterviewRow['outcome'],
    operatorName,
    notes,
  };
}

/**
 * The answers cell of a VALUTAZIONI row: `DOMANDA=RISPOSTA` pairs (the instrument's item and answer codes),
 * separated by commas or new lines; codes are upper-cased. A pair without `=` is a problem of the column.
 */
export function parseAnswers(cell: string): { answers: { itemCode: string; answerCode: string }[]; bad: string | null } {
  const answers: { itemCode: string; answerCode: string }[] = [];
  for (const part of cell.split(/[,\n|]+/)) {
    const p = part.trim();
    if (!p) continue;
    const m = /^([A-Za-z0-9_]+)\s*=\s*([A-Za-z0-9_]+)$/.exec(p);
    if (!m) return { answers, bad: p };
    answers.push({ itemCode: m[1]!.toUpperCase(), answerCode: m[2]!.toUpperCase() });
  }
  return { answers, bad: null };
}

/** Reads one row of a VALUTAZIONI file, or throws ImportRowProblems with every problem found. */
export function parseAssessmentRow(get: (column: string) => string, today = todayInRome()): AssessmentRow {
  const r = rowReader(get, today);
  const ref = r.person();
  const day = r.date('data_valutazione');
  const versionText = get('versione_strumento');
  let instrumentVersion: number | null = null;
  if (versionText) {
    if (/^\d{1,4}$/.test(versionText) && Number(versionText) >= 1) instrumentVersion = Number(versionText);
    else r.problem('versione_strumento', 'IMPORT_NUMBER_FORMAT', { value: versionText });
  }
  const { answers, bad } = parseAnswers(get('risposte'));
  if (bad) r.problem('risposte', 'IMPORT_ANSWER_FORMAT', { value: bad.slice(0, 60) });
  const scoreText = get('punteggio');
  let score: number | null = null;
  if (scoreText) {
    if (/^\d{1,3}$/.test(scoreText)) score = Number(scoreText);
    else r.problem('punteggio', 'IMPORT_NUMBER_FORMAT', { value: scoreText });
  } else if (!answers.length && !bad) r.problem('punteggio', 'IMPORT_ASSESSMENT_NEEDS_SCORE');
  const profile = r.code('profilo', false);
  const readiness = r.code('prontezza', false);
  const assessorName = r.text('operatore', 100);
  const notes = r.text('note', 2000);
  const externalId = r.text('id_esterno', 100);
  if (r.errors.length) throw new ImportRowProblems(r.errors);
  return {
    ...ref,
    externalId,
    day,
    instrumentVersion,
    answers,
    score,
    profile,
    readiness,
    assessorName,
    notes,
  };
}
