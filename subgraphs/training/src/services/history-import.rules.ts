// Pure rules of the training kinds of the history import (issue 27): each row of an ENTI, EDIZIONI or
// ISCRIZIONI file into normalised values, or every problem of the row (column, reason code, params). No I/O:
// references (the body of an edition, the edition and the person of an enrolment) are resolved by the service.

import { importDate, importEuroCents, importYesNo, ImportRowProblems, type ImportRowProblem } from '@ixl/subgraph-kit';
import { isValidCodiceFiscale } from '@ixl/territory';
import { CourseStream } from '../entities/course-edition.entity.js';
import { CourseDelivery, CourseEditionStatus, CourseOutcome } from '../entities/enums.js';

/** ENTI: a training body. */
export interface BodyRow {
  externalId: string;
  name: string;
  email: string | null;
}

/** EDIZIONI: a course edition of a body (its id_esterno in ENTI, or the name of a body already there). */
export interface EditionRow {
  externalId: string;
  body: string;
  title: string;
  subject: string;
  stream: CourseStream;
  delivery: CourseDelivery;
  startDate: string;
  endDate: string;
  seats: number;
  totalCostCents: number;
  status: CourseEditionStatus;
  kpiWindowMonths: number;
}

/** ISCRIZIONI: a person (codice fiscale) enrolled in an imported edition, with the outcome. */
export interface EnrolmentRow {
  externalId: string;
  edition: string;
  codiceFiscale: string;
  participantName: string | null;
  enrolledOn: string | null;
  outcome: CourseOutcome;
  qualificationObtained: boolean;
  qualificationName: string | null;
  droppedOutOn: string | null;
  dropOutReason: string | null;
}

/** The codes of the programme's spreadsheets (lower case, single spaces) → the platform's values. */
export const TRAINING_IMPORT_CODES = {
  filone: {
    '2.a': CourseStream.TRANSVERSAL,
    '2.a trasversale': CourseStream.TRANSVERSAL,
    trasversale: CourseStream.TRANSVERSAL,
    '2.b': CourseStream.PROFESSIONAL,
    '2.b professionalizzante': CourseStream.PROFESSIONAL,
    professionalizzante: CourseStream.PROFESSIONAL,
    '2.c': CourseStream.EXPERIMENTAL,
    '2.c sperimentale': CourseStream.EXPERIMENTAL,
    sperimentale: CourseStream.EXPERIMENTAL,
  },
  modalita: {
    presenza: CourseDelivery.IN_PERSON,
    'in presenza': CourseDelivery.IN_PERSON,
    distanza: CourseDelivery.REMOTE,
    'a distanza': CourseDelivery.REMOTE,
    fad: CourseDelivery.REMOTE,
    individuale: CourseDelivery.ONE_TO_ONE,
  },
  stato: {
    bozza: CourseEditionStatus.DRAFT,
    attiva: CourseEditionStatus.ACTIVE,
    conclusa: CourseEditionStatus.COMPLETED,
    annullata: CourseEditionStatus.CANCELLED,
  },
  esito: {
    'in corso': CourseOutcome.IN_PROGRESS,
    completato: CourseOutcome.COMPLETED,
    ritirato: CourseOutcome.DROPPED_OUT,
  },
} as const;

/** The codes shown in an IMPORT_CODE_UNKNOWN error (the short forms the layout documents). */
const ALLOWED: Record<keyof typeof TRAINING_IMPORT_CODES, string> = {
  filone: '2.a, 2.b, 2.c (trasversale, professionalizzante, sperimentale)',
  modalita: 'presenza, distanza, fad, individuale',
  stato: 'bozza, attiva, conclusa, annullata',
  esito: 'in corso, completato, ritirato',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Reads one row with `get`, collecting every problem; throws ImportRowProblems at the end when there is any. */
class RowReader {
  readonly problems: ImportRowProblem[] = [];
  constructor(private readonly get: (column: string) => string) {}

  problem(column: string | null, reasonCode: string, params: Record<string, string | number> = {}): void {
    this.problems.push({ column, reasonCode, params });
  }
  req(column: string): string {
    const v = this.get(column);
    if (v === '') this.problem(column, 'IMPORT_REQUIRED', { column });
    return v;
  }
  opt(column: string): string | null {
    return this.get(column).replace(/\s+/g, ' ') || null;
  }
  date(column: string, required: boolean): string | null {
    const v = required ? this.req(column) : this.get(column);
    if (v === '') return null;
    const d = importDate(v);
    if (!d) this.problem(column, 'IMPORT_DATE_FORMAT', { value: v });
    return d;
  }
  int(column: string, required: boolean): number | null {
    const v = required ? this.req(column) : this.get(column);
    if (v === '') return null;
    if (!/^\d{1,9}$/.test(v)) {
      this.problem(column, 'IMPORT_NUMBER_FORMAT', { value: v });
      return null;
    }
    return Number(v);
  }
  code<K extends keyof typeof TRAINING_IMPORT_CODES>(
    column: K,
    required: boolean,
  ): (typeof TRAINING_IMPORT_CODES)[K][keyof (typeof TRAINING_IMPORT_CODES)[K]] | null {
    const raw = required ? this.req(column) : this.get(column);
    const v = raw
      .toLowerCase()
      .replace(/[_\s]+/g, ' ')
      .trim();
    if (v === '') return null;
    const table = TRAINING_IMPORT_CODES[column] as Record<string, unknown>;
    const hit = table[v];
    if (hit === undefined) this.problem(column, 'IMPORT_CODE_UNKNOWN', { value: raw, allowed: ALLOWED[column] });
    return (hit ?? null) as never;
  }
  done<V>(values: V): V {
    if (this.problems.length) throw new ImportRowProblems(this.problems);
    return values;
  }
}

/** ENTI: id_esterno, denominazione, email. */
export function parseBodyRow(get: (column: string) => string): BodyRow {
  const r = new RowReader(get);
  const externalId = r.req('id_esterno');
  if (externalId.length > 100) r.problem('id_esterno', 'IMPORT_KEY_LENGTH', { max: 100 });
  const name = r.req('denominazione').replace(/\s+/g, ' ');
  if (name.length > 200) r.problem('denominazione', 'BODY_NAME_REQUIRED');
  const email = r.opt('email')?.toLowerCase() ?? null;
  if (email && (email.length > 254 || !EMAIL.test(email))) r.problem('email', 'IMPORT_EMAIL_FORMAT', { value: email });
  return r.done({ externalId, name, email });
}

/** EDIZIONI: the edition's fields with the live rules of EditionService.create (title, subject, dates, seats, cost, window). */
export function parseEditionRow(get: (column: string) => string): EditionRow {
  const r = new RowReader(get);
  const externalId = r.req('id_esterno');
  if (externalId.length > 100) r.problem('id_esterno', 'IMPORT_KEY_LENGTH', { max: 100 });
  const body = r.req('ente').replace(/\s+/g, ' ');
  const title = r.req('titolo').replace(/\s+/g, ' ');
  if (title.length > 300) r.problem('titolo', 'EDITION_TITLE_REQUIRED');
  const subject = r.req('materia').toUpperCase();
  if (subject && !/^[A-Z0-9_]{2,40}$/.test(subject)) r.problem('materia', 'SUBJECT_CODE_FORMAT');
  const stream = r.code('filone', true);
  const delivery = r.code('modalita', false) ?? CourseDelivery.IN_PERSON;
  const startDate = r.date('data_inizio', true);
  const endDate = r.date('data_fine', true);
  if (startDate && endDate && endDate < startDate) r.problem('data_fine', 'END_NOT_BEFORE_START');
  const seats = r.int('posti', true);
  if (seats !== null && (seats < 1 || seats > 1000)) r.problem('posti', 'SEATS_RANGE');
  const costText = r.req('costo_totale');
  const totalCostCents = costText === '' ? null : importEuroCents(costText);
  if (costText !== '' && totalCostCents === null) r.problem('costo_totale', 'IMPORT_MONEY_FORMAT', { value: costText });
  const status = r.code('stato', true);
  const window = r.int('finestra_kpi_mesi', false) ?? 12;
  if (window < 1 || window > 60) r.problem('finestra_kpi_mesi', 'KPI_WINDOW_60');
  return r.done({
    externalId,
    body,
    title,
    subject,
    stream: stream!,
    delivery,
    startDate: startDate!,
    endDate: endDate!,
    seats: seats!,
    totalCostCents: totalCostCents!,
    status: status!,
    kpiWindowMonths: window,
  });
}

/** ISCRIZIONI: the enrolment and its outcome with the live rules of EnrolmentService.recordOutcome. */
export function parseEnrolmentRow(get: (column: string) => string): EnrolmentRow {
  const r = new RowReader(get);
  const externalId = r.req('id_esterno');
  if (externalId.length > 100) r.problem('id_esterno', 'IMPORT_KEY_LENGTH', { max: 100 });
  const edition = r.req('edizione');
  const codiceFiscale = r.req('codice_fiscale').toUpperCase();
  if (codiceFiscale && !isValidCodiceFiscale(codiceFiscale)) r.problem('codice_fiscale', 'IMPORT_CF_FORMAT');
  const participantName = r.opt('nominativo');
  if (participantName && participantName.length > 200) r.problem('nominativo', 'PARTICIPANT_NAME_TOO_LONG');
  const enrolledOn = r.date('data_iscrizione', false);
  const outcome = r.code('esito', true);
  const qualificationText = get('qualifica_ottenuta');
  const qualificationObtained = importYesNo(qualificationText);
  if (qualificationObtained === null) r.problem('qualifica_ottenuta', 'IMPORT_YES_NO', { value: qualificationText });
  const qualificationName = r.opt('qualifica');
  if (qualificationName && qualificationName.length > 200) r.problem('qualifica', 'IMPORT_TEXT_LENGTH', { max: 200 });
  const droppedOutOn = r.date('data_ritiro', false);
  const dropOutReason = r.opt('motivo_ritiro');
  if (dropOutReason && dropOutReason.length > 500) r.problem('motivo_ritiro', 'IMPORT_TEXT_LENGTH', { max: 500 });
  if (outcome === CourseOutcome.DROPPED_OUT) {
    if (!get('data_ritiro')) r.problem('data_ritiro', 'DROP_OUT_DATE_REQUIRED');
    if (!dropOutReason) r.problem('motivo_ritiro', 'DROP_OUT_REASON_REQUIRED');
    if (qualificationObtained) r.problem('qualifica_ottenuta', 'DROP_OUT_NO_QUALIFICATION');
  } else if (outcome) {
    if (get('data_ritiro') || dropOutReason) r.problem(get('data_ritiro') ? 'data_ritiro' : 'motivo_ritiro', 'DROP_OUT_ONLY_DATE_REASON');
    if (qualificationObtained && outcome !== CourseOutcome.COMPLETED) r.problem('qualifica_ottenuta', 'QUALIFICATION_NEEDS_COMPLETION');
  }
  return r.done({
    externalId,
    edition,
    codiceFiscale,
    participantName,
    enrolledOn,
    outcome: outcome!,
    qualificationObtained: !!qualificationObtained,
    qualificationName: qualificationObtained ? qualificationName : null,
    droppedOutOn,
    dropOutReason,
  });
}

/**
 * The checks of an enrolment against its edition's dates (the resolver has the edition): the enrolment not
 * after the edition's end, a drop-out inside the edition. Column and reason of each problem.
 */
export function enrolmentEditionProblems(row: EnrolmentRow, edition: { startDate: string; endDate: string }): ImportRowProblem[] {
  const problems: ImportRowProblem[] = [];
  if (row.enrolledOn && row.enrolledOn > edition.endDate)
    problems.push({ column: 'data_iscrizione', reasonCode: 'IMPORT_ENROLLED_AFTER_END', params: { endDate: edition.endDate } });
  if (row.droppedOutOn && (row.droppedOutOn < edition.startDate || row.droppedOutOn > edition.endDate))
    problems.push({ column: 'data_ritiro', reasonCode: 'DROP_OUT_DATE_OUTSIDE_EDITION', params: {} });
  return problems;
}

/** A body's name as bodies are matched (the unique name, compared without case and extra spaces). */
export const bodyNameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
