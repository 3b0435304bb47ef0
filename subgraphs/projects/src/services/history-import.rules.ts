// Pure rules of the projects kind of the history import (issue 27): a PROGETTI row into a social-innovation
// project and its path (the dated steps it went through, and where it stopped), or every problem of the row.

import { PROJECT_IMPORT_STEP_COLUMNS } from '@ixl/contracts';
import { importDate, importEuroCents, ImportRowProblems, type ImportRowProblem } from '@ixl/subgraph-kit';
import { MonitoringMode, OrganisationKind, PathKind } from '../entities/enums.js';
import { ProjectSector, ProjectStatus as S } from '../entities/project.entity.js';

/** One step of a path: the status entered and its day. */
export interface ImportedStep {
  to: S;
  on: string;
  reason: string | null;
}

/** PROGETTI: a project with its path, from the submission to the last step (and its exit, if it stopped). */
export interface ProjectRow {
  externalId: string;
  title: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  sector: ProjectSector;
  expectedJobs: number;
  requestedAmountCents: number | null;
  contactEmail: string | null;
  submittedOn: string;
  pathKind: PathKind | null;
  monitoringMode: MonitoringMode | null;
  /** SUBMITTED first, then the main-line steps reached, then the exit (REJECTED, WITHDRAWN, STAND_BY) if any. */
  steps: ImportedStep[];
}

/** The main line after the submission, one date column each (PROJECT_IMPORT_STEP_COLUMNS, in order). */
const STEP_STATUS: Record<(typeof PROJECT_IMPORT_STEP_COLUMNS)[number], S> = {
  data_preselezione: S.PRE_SELECTION,
  data_incontro_conoscitivo: S.INTAKE_MEETING,
  data_accompagnamento: S.ACCOMPANIMENT,
  data_report: S.REVIEW,
  data_comitato_valutazione: S.EVALUATION_COMMITTEE,
  data_comitato_gestione: S.MANAGEMENT_COMMITTEE,
  data_finanziamento: S.FUNDED,
  data_monitoraggio: S.MONITORING,
};

const CODES = {
  tipo_organizzazione: {
    ets: OrganisationKind.ETS,
    'gruppo informale': OrganisationKind.INFORMAL_GROUP,
    intermediario: OrganisationKind.LABOUR_INTERMEDIARY,
  },
  settore: {
    'welfare di comunità': ProjectSector.COMMUNITY_WELFARE,
    'welfare di comunita': ProjectSector.COMMUNITY_WELFARE,
    'food etico': ProjectSector.ETHICAL_FOOD,
    'moda etica': ProjectSector.ETHICAL_FASHION,
    'agricoltura sociale': ProjectSector.SOCIAL_FARMING,
    'sport cultura rigenerazione': ProjectSector.SPORT_CULTURE_REGENERATION,
    'sport, cultura e rigenerazione urbana': ProjectSector.SPORT_CULTURE_REGENERATION,
    altro: ProjectSector.OTHER,
  },
  percorso: { 'tre laboratori': PathKind.THREE_LABS, breve: PathKind.SHORT, 'rete territoriale': PathKind.TERRITORIAL_NETWORK },
  monitoraggio: { 'tre incontri': MonitoringMode.THREE_MEETINGS, settimanale: MonitoringMode.WEEKLY },
  uscita: { respinto: S.REJECTED, ritirato: S.WITHDRAWN, 'stand-by': S.STAND_BY, 'stand by': S.STAND_BY, standby: S.STAND_BY },
} as const;

const ALLOWED: Record<keyof typeof CODES, string> = {
  tipo_organizzazione: 'ets, gruppo informale, intermediario',
  settore: 'welfare di comunità, food etico, moda etica, agricoltura sociale, sport cultura rigenerazione, altro',
  percorso: 'tre laboratori, breve, rete territoriale',
  monitoraggio: 'tre incontri, settimanale',
  uscita: 'respinto, ritirato, stand-by',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Reads a PROGETTI row: every problem of the row at once (ImportRowProblems), else the project and its path. */
export function parseProjectRow(get: (column: string) => string): ProjectRow {
  const problems: ImportRowProblem[] = [];
  const problem = (column: string, reasonCode: string, params: Record<string, string | number> = {}) =>
    problems.push({ column, reasonCode, params });
  const text = (column: string, min: number, max: number): string => {
    const v = get(column).replace(/\s+/g, ' ');
    if (v === '') problem(column, 'IMPORT_REQUIRED', { column });
    else if (v.length < min) problem(column, 'FIELD_TOO_SHORT', { field: column, min });
    else if (v.length > max) problem(column, 'FIELD_TOO_LONG', { field: column, max });
    return v;
  };
  const date = (column: string): string | null => {
    const v = get(column);
    if (v === '') return null;
    const d = importDate(v);
    if (!d) problem(column, 'IMPORT_DATE_FORMAT', { value: v });
    return d;
  };
  const code = <K extends keyof typeof CODES>(column: K): (typeof CODES)[K][keyof (typeof CODES)[K]] | null => {
    const raw = get(column);
    const v = raw.toLowerCase().replace(/\s+/g, ' ');
    if (v === '') return null;
    const hit = (CODES[column] as Record<string, unknown>)[v];
    if (hit === undefined) problem(column, 'IMPORT_CODE_UNKNOWN', { value: raw, allowed: ALLOWED[column] });
    return (hit ?? null) as never;
  };

  const externalId = get('id_esterno');
  if (!externalId) problem('id_esterno', 'IMPORT_REQUIRED', { column: 'id_esterno' });
  else if (externalId.length > 100) problem('id_esterno', 'IMPORT_KEY_LENGTH', { max: 100 });
  const title = text('titolo', 3, 200);
  const organisationName = text('organizzazione', 2, 200);
  const organisationKind = code('tipo_organizzazione') ?? OrganisationKind.ETS;
  const sector = code('settore');
  if (!get('settore')) problem('settore', 'IMPORT_REQUIRED', { column: 'settore' });
  const jobsText = get('posti_previsti');
  let expectedJobs = 0;
  if (jobsText !== '') {
    if (!/^\d{1,3}$/.test(jobsText) || Number(jobsText) > 200) problem('posti_previsti', 'EXPECTED_JOBS_RANGE');
    else expectedJobs = Number(jobsText);
  }
  const amountText = get('importo_richiesto');
  const requestedAmountCents = amountText === '' ? null : importEuroCents(amountText);
  if (amountText !== '' && requestedAmountCents === null) problem('importo_richiesto', 'IMPORT_MONEY_FORMAT', { value: amountText });
  const contactEmail = get('email').toLowerCase() || null;
  if (contactEmail && (contactEmail.length > 200 || !EMAIL.test(contactEmail)))
    problem('email', 'IMPORT_EMAIL_FORMAT', { value: contactEmail });
  const submittedOn = date('data_candidatura');
  if (!get('data_candidatura')) problem('data_candidatura', 'IMPORT_REQUIRED', { column: 'data_candidatura' });

  // The path: the main-line steps reached, without gaps, each not before the one before it.
  const steps: ImportedStep[] = submittedOn ? [{ to: S.SUBMITTED, on: submittedOn, reason: null }] : [];
  let previous: { column: string; on: string | null } = { column: 'data_candidatura', on: submittedOn };
  let gapAt: string | null = null;
  for (const column of PROJECT_IMPORT_STEP_COLUMNS) {
    const raw = get(column);
    const on = date(column);
    if (raw === '') {
      gapAt ??= column;
      continue;
    }
    if (gapAt) problem(column, 'IMPORT_PATH_GAP', { column, missing: gapAt });
    else if (on && previous.on && on < previous.on) problem(column, 'IMPORT_PATH_ORDER', { column, previous: previous.column });
    if (on) steps.push({ to: STEP_STATUS[column], on, reason: null });
    previous = { column, on };
  }
  const pathKind = code('percorso');
  const reached = (s: S) => steps.some((x) => x.to === s);
  if (reached(S.ACCOMPANIMENT) && !pathKind && !get('percorso')) problem('percorso', 'PROJECT_PATH_REQUIRED');
  if (!get('data_accompagnamento') && get('percorso')) problem('percorso', 'IMPORT_ONLY_WITH', { column: 'data_accompagnamento' });
  const monitoringMode = code('monitoraggio');
  if (reached(S.MONITORING) && !monitoringMode && !get('monitoraggio')) problem('monitoraggio', 'MONITORING_MODE_REQUIRED');
  if (!get('data_monitoraggio') && get('monitoraggio')) problem('monitoraggio', 'IMPORT_ONLY_WITH', { column: 'data_monitoraggio' });

  // Where it stopped: an exit with its day and reason, not before the last step (a funded project does not stop).
  const exit = code('uscita');
  const exitOn = date('data_uscita');
  const reason = get('motivo_uscita').replace(/\s+/g, ' ') || null;
  if (reason && reason.length > 500) problem('motivo_uscita', 'FIELD_TOO_LONG', { field: 'motivo_uscita', max: 500 });
  if (get('uscita')) {
    if (!get('data_uscita')) problem('data_uscita', 'IMPORT_REQUIRED', { column: 'data_uscita' });
    if (!reason) problem('motivo_uscita', 'IMPORT_REQUIRED', { column: 'motivo_uscita' });
    if (reached(S.FUNDED)) problem('uscita', 'IMPORT_EXIT_AFTER_FUNDING');
    if (exitOn && previous.on && exitOn < previous.on)
      problem('data_uscita', 'IMPORT_PATH_ORDER', { column: 'data_uscita', previous: previous.column });
    if (exit && exitOn) steps.push({ to: exit, on: exitOn, reason });
  } else if (get('data_uscita') || reason)
    problem(get('data_uscita') ? 'data_uscita' : 'motivo_uscita', 'IMPORT_ONLY_WITH', { column: 'uscita' });

  if (problems.length) throw new ImportRowProblems(problems);
  return {
    externalId,
    title,
    organisationName,
    organisationKind,
    sector: sector!,
    expectedJobs,
    requestedAmountCents,
    contactEmail,
    submittedOn: submittedOn!,
    pathKind,
    monitoringMode,
    steps,
  };
}

/** The status a path ends in: its last step. */
export const finalStatus = (row: Pick<ProjectRow, 'steps'>): S => row.steps[row.steps.length - 1]!.to;

/**
 * Whether the steps already recorded for a project are the start of the file's path (a corrected file may add
 * later steps, never rewrite earlier ones: their events have been counted).
 */
export function pathExtends(recorded: readonly { to: string; on: string }[], file: readonly ImportedStep[]): boolean {
  return recorded.length <= file.length && recorded.every((s, i) => s.to === file[i]!.to && s.on === file[i]!.on);
}
