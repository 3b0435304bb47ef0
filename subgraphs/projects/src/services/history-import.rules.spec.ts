import { describe, expect, it } from 'vitest';
import { ImportRowProblems } from '@ixl/subgraph-kit';
import { MonitoringMode, OrganisationKind, PathKind } from '../entities/enums.js';
import { ProjectSector, ProjectStatus as S } from '../entities/project.entity.js';
import { finalStatus, parseProjectRow, pathExtends } from './history-import.rules.js';

const row = (cells: Record<string, string>) => (column: string) => (cells[column] ?? '').trim();
const problems = (cells: Record<string, string>): [string | null, string][] => {
  try {
    parseProjectRow(row(cells));
  } catch (e) {
    if (e instanceof ImportRowProblems) return e.problems.map((p) => [p.column, p.reasonCode]);
    throw e;
  }
  throw new Error('the row was accepted');
};

const FUNDED = {
  id_esterno: 'PIS-2019-004',
  titolo: 'Sartoria sociale di quartiere',
  organizzazione: 'Cooperativa Filo Rosso',
  tipo_organizzazione: 'Gruppo  informale',
  settore: 'moda etica',
  posti_previsti: '3',
  importo_richiesto: '8.000,00',
  email: 'Info@FiloRosso.it',
  data_candidatura: '15/01/2019',
  data_preselezione: '10/02/2019',
  data_incontro_conoscitivo: '04/03/2019',
  data_accompagnamento: '11/03/2019',
  data_report: '20/05/2019',
  data_comitato_valutazione: '10/06/2019',
  data_comitato_gestione: '01/07/2019',
  data_finanziamento: '15/07/2019',
  data_monitoraggio: '2019-09-02',
  percorso: 'tre laboratori',
  monitoraggio: 'tre incontri',
};

describe('PROGETTI rows', () => {
  it('reads a funded project in monitoring, with its whole path in order', () => {
    const p = parseProjectRow(row(FUNDED));
    expect(p).toMatchObject({
      externalId: 'PIS-2019-004',
      organisationKind: OrganisationKind.INFORMAL_GROUP,
      sector: ProjectSector.ETHICAL_FASHION,
      expectedJobs: 3,
      requestedAmountCents: 800_000,
      contactEmail: 'info@filorosso.it',
      submittedOn: '2019-01-15',
      pathKind: PathKind.THREE_LABS,
      monitoringMode: MonitoringMode.THREE_MEETINGS,
    });
    expect(p.steps.map((s) => [s.to, s.on])).toEqual([
      [S.SUBMITTED, '2019-01-15'],
      [S.PRE_SELECTION, '2019-02-10'],
      [S.INTAKE_MEETING, '2019-03-04'],
      [S.ACCOMPANIMENT, '2019-03-11'],
      [S.REVIEW, '2019-05-20'],
      [S.EVALUATION_COMMITTEE, '2019-06-10'],
      [S.MANAGEMENT_COMMITTEE, '2019-07-01'],
      [S.FUNDED, '2019-07-15'],
      [S.MONITORING, '2019-09-02'],
    ]);
    expect(finalStatus(p)).toBe(S.MONITORING);
  });

  it('reads a project that stopped, with its exit and reason', () => {
    const p = parseProjectRow(
      row({
        ...FUNDED,
        data_accompagnamento: '',
        data_report: '',
        data_comitato_valutazione: '',
        data_comitato_gestione: '',
        data_finanziamento: '',
        data_monitoraggio: '',
        percorso: '',
        monitoraggio: '',
        uscita: 'Ritirato',
        data_uscita: '20/03/2019',
        motivo_uscita: 'Il gruppo si è sciolto',
      }),
    );
    expect(p.steps.map((s) => s.to)).toEqual([S.SUBMITTED, S.PRE_SELECTION, S.INTAKE_MEETING, S.WITHDRAWN]);
    expect(p.steps[3]).toEqual({ to: S.WITHDRAWN, on: '2019-03-20', reason: 'Il gruppo si è sciolto' });
    expect(finalStatus(p)).toBe(S.WITHDRAWN);
  });

  it('refuses gaps and disorder in the path, and what each step needs', () => {
    expect(problems({ ...FUNDED, data_report: '', data_comitato_valutazione: '01/06/2019', data_comitato_gestione: '01/05/2019' })).toEqual(
      [
        ['data_comitato_valutazione', 'IMPORT_PATH_GAP'],
        ['data_comitato_gestione', 'IMPORT_PATH_GAP'],
        ['data_finanziamento', 'IMPORT_PATH_GAP'],
        ['data_monitoraggio', 'IMPORT_PATH_GAP'],
      ],
    );
    expect(problems({ ...FUNDED, data_preselezione: '10/01/2019' })).toEqual([['data_preselezione', 'IMPORT_PATH_ORDER']]);
    expect(problems({ ...FUNDED, percorso: '', monitoraggio: '' })).toEqual([
      ['percorso', 'PROJECT_PATH_REQUIRED'],
      ['monitoraggio', 'MONITORING_MODE_REQUIRED'],
    ]);
    expect(problems({ ...FUNDED, uscita: 'respinto', data_uscita: '01/08/2019', motivo_uscita: 'x' })).toEqual([
      ['uscita', 'IMPORT_EXIT_AFTER_FUNDING'],
      ['data_uscita', 'IMPORT_PATH_ORDER'],
    ]);
  });

  it('refuses bad codes, amounts, texts and an exit without its day and reason', () => {
    expect(
      problems({
        id_esterno: 'P-1',
        titolo: 'Xy',
        organizzazione: 'Coop',
        tipo_organizzazione: 'spa',
        settore: 'edilizia',
        posti_previsti: '250',
        importo_richiesto: '8,000.00',
        email: 'nope',
        data_candidatura: '31/11/2019',
        uscita: 'sospeso',
      }),
    ).toEqual([
      ['titolo', 'FIELD_TOO_SHORT'],
      ['tipo_organizzazione', 'IMPORT_CODE_UNKNOWN'],
      ['settore', 'IMPORT_CODE_UNKNOWN'],
      ['posti_previsti', 'EXPECTED_JOBS_RANGE'],
      ['importo_richiesto', 'IMPORT_MONEY_FORMAT'],
      ['email', 'IMPORT_EMAIL_FORMAT'],
      ['data_candidatura', 'IMPORT_DATE_FORMAT'],
      ['uscita', 'IMPORT_CODE_UNKNOWN'],
      ['data_uscita', 'IMPORT_REQUIRED'],
      ['motivo_uscita', 'IMPORT_REQUIRED'],
    ]);
    expect(problems({ ...FUNDED, id_esterno: '', settore: '', data_candidatura: '' })[0]).toEqual(['id_esterno', 'IMPORT_REQUIRED']);
  });

  it('a corrected path may add later steps, never change the recorded ones', () => {
    const p = parseProjectRow(row(FUNDED));
    expect(pathExtends(p.steps.slice(0, 4), p.steps)).toBe(true);
    expect(pathExtends([{ to: 'SUBMITTED', on: '2019-01-16' }], p.steps)).toBe(false);
    expect(pathExtends([...p.steps, { to: 'REJECTED', on: '2020-01-01' }], p.steps)).toBe(false);
  });
});
