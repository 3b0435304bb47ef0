import { describe, expect, it } from 'vitest';
import { ImportRowProblems } from '@ixl/subgraph-kit';
import { CourseStream } from '../entities/course-edition.entity.js';
import { CourseDelivery, CourseEditionStatus, CourseOutcome } from '../entities/enums.js';
import { enrolmentEditionProblems, parseBodyRow, parseEditionRow, parseEnrolmentRow } from './history-import.rules.js';

const row = (cells: Record<string, string>) => (column: string) => (cells[column] ?? '').trim();

/** The problems a row has, as [column, reason] pairs (the row must be refused). */
function problems(parse: (get: (c: string) => string) => unknown, cells: Record<string, string>): [string | null, string][] {
  try {
    parse(row(cells));
  } catch (e) {
    if (e instanceof ImportRowProblems) return e.problems.map((p) => [p.column, p.reasonCode]);
    throw e;
  }
  throw new Error('the row was accepted');
}

describe('ENTI rows', () => {
  it('normalises a good row', () => {
    expect(parseBodyRow(row({ id_esterno: 'ENTE-1', denominazione: 'Seneca   srl', email: 'Corsi@Seneca.it' }))).toEqual({
      externalId: 'ENTE-1',
      name: 'Seneca srl',
      email: 'corsi@seneca.it',
    });
  });
  it('reports every bad value of a row with its column', () => {
    expect(problems(parseBodyRow, { id_esterno: '', denominazione: 'x'.repeat(201), email: 'non-una-mail' })).toEqual([
      ['id_esterno', 'IMPORT_REQUIRED'],
      ['denominazione', 'BODY_NAME_REQUIRED'],
      ['email', 'IMPORT_EMAIL_FORMAT'],
    ]);
  });
});

const EDITION = {
  id_esterno: 'ED-2020-007',
  ente: 'ENTE-003',
  titolo: 'Operatore socio-sanitario',
  materia: 'oss',
  filone: '2.b',
  modalita: '',
  data_inizio: '14/09/2020',
  data_fine: '2021-06-30',
  posti: '22',
  costo_totale: '48.000,00',
  stato: 'Conclusa',
  finestra_kpi_mesi: '',
};

describe('EDIZIONI rows', () => {
  it('normalises codes, dates, the subject and the cost in cents; the KPI window defaults to 12 months', () => {
    expect(parseEditionRow(row(EDITION))).toEqual({
      externalId: 'ED-2020-007',
      body: 'ENTE-003',
      title: 'Operatore socio-sanitario',
      subject: 'OSS',
      stream: CourseStream.PROFESSIONAL,
      delivery: CourseDelivery.IN_PERSON,
      startDate: '2020-09-14',
      endDate: '2021-06-30',
      seats: 22,
      totalCostCents: 4_800_000,
      status: CourseEditionStatus.COMPLETED,
      kpiWindowMonths: 12,
    });
    expect(parseEditionRow(row({ ...EDITION, filone: 'trasversale', modalita: 'FAD', finestra_kpi_mesi: '36' }))).toMatchObject({
      stream: CourseStream.TRANSVERSAL,
      delivery: CourseDelivery.REMOTE,
      kpiWindowMonths: 36,
    });
  });
  it('refuses bad values with the live rules of an edition', () => {
    expect(
      problems(parseEditionRow, {
        ...EDITION,
        materia: 'O S S',
        filone: '2.d',
        data_inizio: '31/02/2020',
        posti: '0',
        costo_totale: '48,000.00',
        stato: 'chiusa',
        finestra_kpi_mesi: '61',
      }),
    ).toEqual([
      ['materia', 'SUBJECT_CODE_FORMAT'],
      ['filone', 'IMPORT_CODE_UNKNOWN'],
      ['data_inizio', 'IMPORT_DATE_FORMAT'],
      ['posti', 'SEATS_RANGE'],
      ['costo_totale', 'IMPORT_MONEY_FORMAT'],
      ['stato', 'IMPORT_CODE_UNKNOWN'],
      ['finestra_kpi_mesi', 'KPI_WINDOW_60'],
    ]);
    expect(problems(parseEditionRow, { ...EDITION, data_fine: '13/09/2020', posti: 'venti' })).toEqual([
      ['data_fine', 'END_NOT_BEFORE_START'],
      ['posti', 'IMPORT_NUMBER_FORMAT'],
    ]);
    expect(problems(parseEditionRow, { ...EDITION, ente: '', titolo: '', costo_totale: '' })).toEqual([
      ['ente', 'IMPORT_REQUIRED'],
      ['titolo', 'IMPORT_REQUIRED'],
      ['costo_totale', 'IMPORT_REQUIRED'],
    ]);
  });
});

const ENROLMENT = {
  id_esterno: 'ISC-1',
  edizione: 'ED-2020-007',
  codice_fiscale: 'rssmra85t10a944c',
  nominativo: '',
  data_iscrizione: '01/09/2020',
  esito: 'completato',
  qualifica_ottenuta: 'sì',
  qualifica: 'Attestato OSS',
  data_ritiro: '',
  motivo_ritiro: '',
};

describe('ISCRIZIONI rows', () => {
  it('normalises a completed enrolment with its qualification, and a drop-out', () => {
    expect(parseEnrolmentRow(row(ENROLMENT))).toEqual({
      externalId: 'ISC-1',
      edition: 'ED-2020-007',
      codiceFiscale: 'RSSMRA85T10A944C',
      participantName: null,
      enrolledOn: '2020-09-01',
      outcome: CourseOutcome.COMPLETED,
      qualificationObtained: true,
      qualificationName: 'Attestato OSS',
      droppedOutOn: null,
      dropOutReason: null,
    });
    expect(
      parseEnrolmentRow(
        row({
          ...ENROLMENT,
          esito: 'ritirato',
          qualifica_ottenuta: '',
          qualifica: '',
          data_ritiro: '12/11/2020',
          motivo_ritiro: 'Trasferito',
        }),
      ),
    ).toMatchObject({
      outcome: CourseOutcome.DROPPED_OUT,
      qualificationObtained: false,
      droppedOutOn: '2020-11-12',
      dropOutReason: 'Trasferito',
    });
  });
  it('refuses what recordOutcome refuses', () => {
    expect(problems(parseEnrolmentRow, { ...ENROLMENT, esito: 'ritirato' })).toEqual([
      ['data_ritiro', 'DROP_OUT_DATE_REQUIRED'],
      ['motivo_ritiro', 'DROP_OUT_REASON_REQUIRED'],
      ['qualifica_ottenuta', 'DROP_OUT_NO_QUALIFICATION'],
    ]);
    expect(problems(parseEnrolmentRow, { ...ENROLMENT, esito: 'in corso' })).toEqual([
      ['qualifica_ottenuta', 'QUALIFICATION_NEEDS_COMPLETION'],
    ]);
    expect(problems(parseEnrolmentRow, { ...ENROLMENT, data_ritiro: '12/11/2020' })).toEqual([
      ['data_ritiro', 'DROP_OUT_ONLY_DATE_REASON'],
    ]);
  });
  it('refuses a bad codice fiscale, outcome, yes/no and date, all at once', () => {
    expect(
      problems(parseEnrolmentRow, {
        ...ENROLMENT,
        codice_fiscale: 'RSSMRA85T10A944X',
        esito: 'promosso',
        qualifica_ottenuta: 'forse',
        data_iscrizione: '2020-13-01',
      }),
    ).toEqual([
      ['codice_fiscale', 'IMPORT_CF_FORMAT'],
      ['data_iscrizione', 'IMPORT_DATE_FORMAT'],
      ['esito', 'IMPORT_CODE_UNKNOWN'],
      ['qualifica_ottenuta', 'IMPORT_YES_NO'],
    ]);
  });
  it('checks the dates against the edition', () => {
    const e = { startDate: '2020-09-14', endDate: '2021-06-30' };
    const ok = parseEnrolmentRow(row(ENROLMENT));
    expect(enrolmentEditionProblems(ok, e)).toEqual([]);
    expect(
      enrolmentEditionProblems({ ...ok, enrolledOn: '2021-07-01', droppedOutOn: '2020-09-13' }, e).map((p) => [p.column, p.reasonCode]),
    ).toEqual([
      ['data_iscrizione', 'IMPORT_ENROLLED_AFTER_END'],
      ['data_ritiro', 'DROP_OUT_DATE_OUTSIDE_EDITION'],
    ]);
  });
});
