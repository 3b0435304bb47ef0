import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, until, type TestStack } from '@ixl/testkit';
import { buildCodiceFiscale } from '@ixl/territory';
import {
  historyImportFieldNames,
  IMPORT_KIND_OWNER,
  IMPORT_LAYOUTS,
  layoutCsv,
  type ErrorReason,
  type ImportKindName,
} from '@ixl/contracts';
import { ERROR_TEXTS_IT } from '../../packages/ui/web/error-texts/index.js';
import { configureProgramme } from './programme-setup.js';

/*
 * Issue 27, the whole history on one stack: a seeded 2018–2020 history of every import kind, imported as ADMIN
 * through the gateway the way the staff portal does it (raw files to /files/<owner>/history-imports[/check], the
 * batch followed through GraphQL), in the documented order: PERSONE, COLLOQUI, VALUTAZIONI; AZIENDE, SEDI,
 * OFFERTE, INSERIMENTI; ENTI, EDIZIONI, ISCRIZIONI; PROGETTI, DELIBERE; PRESTITI, CONTRIBUTI, PAGAMENTI. Two files are
 * first sent with bad rows (every error's line, column and Italian reason; nothing written), then corrected.
 * Then: record counts per kind, references across owners through the federation, the monitoring of 2019
 * against hand counts of the 2019 rows of the files, and a re-import of two unchanged files that changes nothing.
 */

let t: TestStack;
let admin: string;
let staff: string;

const cf = (surname: string, name: string, birthDate: string, sex: 'F' | 'M') =>
  buildCodiceFiscale({ surname, name, birthDate, sex, birthPlaceCode: 'A944' });

/** A CSV file of a kind from rows given by column name, in the layout's order (CRLF, as spreadsheets write). */
const csv = (kind: ImportKindName, rows: Record<string, string>[]) => layoutCsv(IMPORT_LAYOUTS[kind], rows, '\r\n');

// ---------------------------------------------------------------------------------------------------------------
// People: 12 persons, 3 registered in 2018 (G, H, I), 6 in 2019 (A–F), 3 in 2020 (J, K, L).
const P = {
  g: { cf: cf('Grandi', 'Giorgio', '1975-03-12', 'M'), cognome: 'Grandi', nome: 'Giorgio', nascita: '12/03/1975', sesso: 'M' },
  h: { cf: cf('Hoxha', 'Hana', '1988-08-21', 'F'), cognome: 'Hoxha', nome: 'Hana', nascita: '21/08/1988', sesso: 'F' },
  i: { cf: cf('Ielo', 'Irene', '1992-01-05', 'F'), cognome: 'Ielo', nome: 'Irene', nascita: '05/01/1992', sesso: 'F' },
  a: { cf: cf('Amato', 'Anna', '1980-05-10', 'F'), cognome: 'Amato', nome: 'Anna', nascita: '10/05/1980', sesso: 'F' },
  b: { cf: cf('Benali', 'Bilal', '1990-02-01', 'M'), cognome: 'Benali', nome: 'Bilal', nascita: '01/02/1990', sesso: 'M' },
  c: { cf: cf('Conti', 'Carla', '1972-11-30', 'F'), cognome: 'Conti', nome: 'Carla', nascita: '30/11/1972', sesso: 'F' },
  d: { cf: cf('Dumitru', 'Dorin', '1985-07-07', 'M'), cognome: 'Dumitru', nome: 'Dorin', nascita: '07/07/1985', sesso: 'M' },
  e: { cf: cf('Esposito', 'Elena', '1970-01-20', 'F'), cognome: 'Esposito', nome: 'Elena', nascita: '20/01/1970', sesso: 'F' },
  f: { cf: cf('Ferri', 'Fabio', '1995-04-04', 'M'), cognome: 'Ferri', nome: 'Fabio', nascita: '04/04/1995', sesso: 'M' },
  j: { cf: cf('Jallow', 'Jainaba', '1998-09-09', 'F'), cognome: 'Jallow', nome: 'Jainaba', nascita: '09/09/1998', sesso: 'F' },
  k: { cf: cf('Kola', 'Klodian', '1983-06-15', 'M'), cognome: 'Kola', nome: 'Klodian', nascita: '15/06/1983', sesso: 'M' },
  l: { cf: cf('Lodi', 'Luca', '1979-12-24', 'M'), cognome: 'Lodi', nome: 'Luca', nascita: '24/12/1979', sesso: 'M' },
};
type Key = keyof typeof P;
const person = (k: Key, ext: string, row: Record<string, string>) => ({
  id_esterno: ext,
  codice_fiscale: P[k].cf,
  cognome: P[k].cognome,
  nome: P[k].nome,
  data_nascita: P[k].nascita,
  sesso: P[k].sesso,
  cittadinanza: 'IT',
  comune_residenza_istat: '037006',
  ...row,
});
const PERSONE = csv('PERSONE', [
  person('g', 'P-2018-1', {
    data_iscrizione: '10/03/2018',
    data_colloquio: '20/03/2018',
    modalita_colloquio: 'in presenza',
    profilo: 'in target',
    prontezza: 'pronto',
    data_attivazione: '01/04/2018',
  }),
  person('h', 'P-2018-2', {
    data_iscrizione: '01/06/2018',
    data_colloquio: '10/06/2018',
    modalita_colloquio: 'telefono',
    profilo: 'forte',
  }),
  person('i', 'P-2018-3', { data_iscrizione: '01/10/2018', soggetto_inviante: 'caritas' }),
  person('a', 'P-2019-1', {
    data_iscrizione: '10/01/2019',
    data_colloquio: '20/01/2019',
    modalita_colloquio: 'in presenza',
    operatore_colloquio: 'Giulia Verdi',
    profilo: 'in target',
    prontezza: 'pronto',
    data_attivazione: '01/02/2019',
    soggetto_inviante: 'servizi sociali',
  }),
  person('b', 'P-2019-2', {
    data_iscrizione: '05/02/2019',
    data_colloquio: '15/02/2019',
    modalita_colloquio: 'videochiamata',
    profilo: 'in target',
    prontezza: 'non pronto',
    cittadinanza: 'MA',
  }),
  person('c', 'P-2019-3', {
    data_iscrizione: '01/03/2019',
    data_colloquio: '08/03/2019',
    modalita_colloquio: 'telefono',
    profilo: 'forte',
  }),
  person('d', 'P-2019-4', {
    data_iscrizione: '10/04/2019',
    data_colloquio: '30/04/2019',
    modalita_colloquio: 'in presenza',
    profilo: 'in target',
    prontezza: 'fragile',
    cittadinanza: 'RO',
  }),
  person('e', 'P-2019-5', { data_iscrizione: '15/06/2019' }),
  person('f', 'P-2019-6', {
    data_iscrizione: '01/09/2019',
    data_colloquio: '05/09/2019',
    modalita_colloquio: 'telefono',
    data_fuori_protocollo: '01/10/2019',
    motivo_fuori_protocollo: 'lavora',
  }),
  person('j', 'P-2020-1', {
    data_iscrizione: '15/01/2020',
    data_colloquio: '25/01/2020',
    modalita_colloquio: 'in presenza',
    profilo: 'in target',
    prontezza: 'pronto',
    data_attivazione: '01/02/2020',
  }),
  person('k', 'P-2020-2', { data_iscrizione: '01/03/2020' }),
  person('l', 'P-2020-3', {
    data_iscrizione: '01/06/2020',
    data_colloquio: '05/06/2020',
    modalita_colloquio: 'videochiamata',
    profilo: 'in target',
    prontezza: 'non pronto',
  }),
]);
// Every colloquio: the first held ones repeat the PERSONE dates (same person and day: the same colloquio, not a
// new one); new ones are A's follow-up, D's missed one before the held one, J's follow-up. 7 rows, 3 new.
const COLLOQUI = csv('COLLOQUI', [
  { id_esterno: 'COL-1', codice_fiscale: P.g.cf, data_colloquio: '20/03/2018', modalita: 'in presenza', esito: 'svolto' },
  { id_esterno: 'COL-2', id_esterno_persona: 'P-2019-1', data_colloquio: '20/01/2019', modalita: 'in presenza', esito: 'svolto' },
  {
    id_esterno: 'COL-3',
    codice_fiscale: P.a.cf,
    data_colloquio: '10/06/2019',
    modalita: 'telefono',
    operatore: 'Giulia Verdi',
    esito: 'svolto',
  },
  { id_esterno: 'COL-4', codice_fiscale: P.d.cf, data_colloquio: '24/04/2019', modalita: 'videochiamata', esito: 'non presentato' },
  { id_esterno: 'COL-5', codice_fiscale: P.d.cf, data_colloquio: '30/04/2019', modalita: 'in presenza', esito: 'svolto' },
  { id_esterno: 'COL-6', codice_fiscale: P.c.cf, data_colloquio: '08/03/2019', modalita: 'telefono', esito: 'svolto' },
  { id_esterno: 'COL-7', id_esterno_persona: 'P-2020-1', data_colloquio: '20/04/2020', modalita: 'telefono', esito: 'svolto' },
]);
// 3+1+2+1+2+0+0+0+1+1+1+1+0 = 13 with the seeded instrument (version 1, threshold 11): in target.
const ANSWERS_13 =
  'UNEMPLOYMENT_DURATION=GT_24M, LAST_CONTRACT=SHORT, HOUSEHOLD_INCOME=SUPPORT, DEBTS=SOME, HOUSING_SITUATION=PRECARIOUS, HEALTH_LIMITS=NONE, CARE_SERVICES=NO, CARE_LOAD=NONE, SOCIAL_NETWORK=WEAK, EDUCATION=LOWER_SECONDARY, ITALIAN=BASIC, DIGITAL=WITH_HELP, MOBILITY=YES';
// The assessments the old system kept (each agrees with the person's profile in PERSONE): 3 rows.
const VALUTAZIONI = csv('VALUTAZIONI', [
  {
    id_esterno: 'VAL-1',
    codice_fiscale: P.g.cf,
    data_valutazione: '20/03/2018',
    punteggio: '14',
    profilo: 'in target',
    prontezza: 'pronto',
  },
  {
    id_esterno: 'VAL-2',
    id_esterno_persona: 'P-2019-1',
    data_valutazione: '20/01/2019',
    risposte: ANSWERS_13,
    punteggio: '13',
    profilo: 'in target',
    prontezza: 'pronto',
  },
  { id_esterno: 'VAL-3', codice_fiscale: P.c.cf, data_valutazione: '08/03/2019', punteggio: '6', profilo: 'forte' },
]);

// ---------------------------------------------------------------------------------------------------------------
// Companies: 3 companies, 2 sites, 3 vacancies, 11 placements (a conversion, two renewals).
const VAT = { alfa: '01234567890', beta: '02345678901', gamma: '03456789012' };
const AZIENDE = csv('AZIENDE', [
  {
    id_esterno: 'AZ-1',
    partita_iva: VAT.alfa,
    ragione_sociale: 'Alfa Pulizie Soc. Coop.',
    comune_istat: '037006',
    codice_ateco: '81.21',
    associazione: 'Legacoop',
    ingresso_board: '15/03/2018',
  },
  { id_esterno: 'AZ-2', partita_iva: VAT.beta, ragione_sociale: 'Beta Logistica S.r.l.', comune_istat: '037006', codice_ateco: '52.10' },
  { id_esterno: 'AZ-3', partita_iva: VAT.gamma, ragione_sociale: 'Gamma Ristorazione; mense', comune_istat: '037020' },
]);
const SEDI = csv('SEDI', [
  {
    id_esterno: 'SD-1',
    partita_iva_azienda: VAT.alfa,
    nome: 'Magazzino Castel San Pietro',
    comune_istat: '037020',
    indirizzo: 'Via Emilia 1',
  },
  { id_esterno: 'SD-2', partita_iva_azienda: VAT.gamma, nome: 'Mensa Bologna', comune_istat: '037006', indirizzo: 'Via Irnerio 10' },
]);
const OFFERTE = csv('OFFERTE', [
  {
    id_esterno: 'OFF-1',
    partita_iva_azienda: VAT.alfa,
    comune_istat: '037006',
    titolo: 'Addetto/a alle pulizie',
    contratto: 'tempo determinato',
    ore_settimanali: '30',
    posti: '2',
    data_pubblicazione: '10/01/2019',
    data_inizio: '01/02/2019',
    stato: 'coperta',
  },
  {
    id_esterno: 'OFF-2',
    id_esterno_azienda: 'AZ-1',
    sede: 'SD-1',
    titolo: 'Magazziniere',
    contratto: 'tempo indeterminato',
    ore_settimanali: '40',
    posti: '1',
    data_pubblicazione: '05/03/2020',
    stato: 'chiusa',
  },
  {
    id_esterno: 'OFF-3',
    partita_iva_azienda: VAT.gamma,
    sede: 'SD-2',
    titolo: 'Aiuto cuoco',
    posti: '1',
    data_pubblicazione: '01/09/2018',
    stato: 'coperta',
  },
]);
type Placement = {
  id: string;
  k: Key;
  vat?: string;
  tipo: string;
  contratto?: string;
  inizio: string;
  fine?: string;
  ore?: string;
  prec?: string;
  seguito?: string;
};
const placement = (p: Placement) => ({
  id_esterno: p.id,
  codice_fiscale: P[p.k].cf,
  partita_iva_azienda: p.vat ?? '',
  tipo: p.tipo,
  contratto: p.contratto ?? '',
  data_inizio: p.inizio,
  data_fine: p.fine ?? '',
  ore_settimanali: p.ore ?? '',
  id_esterno_precedente: p.prec ?? '',
  seguito: p.seguito ?? '',
});
const PLACEMENTS: Placement[] = [
  {
    id: 'INS-1',
    k: 'g',
    vat: VAT.alfa,
    tipo: 'assunzione',
    contratto: 'tempo determinato',
    inizio: '01/05/2018',
    fine: '31/10/2018',
    ore: '30',
  },
  { id: 'INS-2', k: 'a', vat: VAT.alfa, tipo: 'stage', inizio: '01/03/2019', fine: '31/08/2019', ore: '30' },
  {
    id: 'INS-3',
    k: 'a',
    vat: VAT.alfa,
    tipo: 'assunzione',
    contratto: 'tempo determinato',
    inizio: '01/09/2019',
    fine: '29/02/2020',
    ore: '38',
    prec: 'INS-2',
    seguito: 'trasformazione',
  },
  { id: 'INS-4', k: 'b', vat: VAT.beta, tipo: 'tirocinio', inizio: '01/04/2019', fine: '30/09/2019', ore: '25' },
  {
    id: 'INS-5',
    k: 'b',
    vat: VAT.beta,
    tipo: 'tirocinio',
    inizio: '01/10/2019',
    fine: '31/12/2019',
    ore: '25',
    prec: 'INS-4',
    seguito: 'rinnovo',
  },
  { id: 'INS-6', k: 'd', vat: VAT.gamma, tipo: 'mini job', inizio: '10/06/2019', fine: '10/09/2019', ore: '15' },
  { id: 'INS-7', k: 'g', vat: VAT.alfa, tipo: 'assunzione', contratto: 'tempo indeterminato', inizio: '15/01/2019', ore: '40' },
  { id: 'INS-8', k: 'f', tipo: 'lavoro autonomo', inizio: '01/10/2019' },
  { id: 'INS-9', k: 'j', vat: VAT.beta, tipo: 'assunzione', contratto: 'tempo indeterminato', inizio: '01/03/2020', ore: '40' },
  {
    id: 'INS-10',
    k: 'a',
    vat: VAT.alfa,
    tipo: 'assunzione',
    contratto: 'tempo determinato',
    inizio: '01/03/2020',
    fine: '31/08/2020',
    ore: '38',
    prec: 'INS-3',
    seguito: 'rinnovo',
  },
  { id: 'INS-11', k: 'l', vat: VAT.gamma, tipo: 'stage', inizio: '01/07/2020', fine: '31/12/2020', ore: '20' },
];
const INSERIMENTI = csv('INSERIMENTI', PLACEMENTS.map(placement));
const NOBODY = cf('Nessuno', 'Piero', '1970-01-01', 'M');
// The first version of the file: line 4 names a person nobody registered or imported, line 8 a company nobody has.
const INSERIMENTI_BAD = csv('INSERIMENTI', [
  ...PLACEMENTS.slice(0, 2).map(placement),
  placement({ id: 'INS-99', k: 'a', vat: VAT.beta, tipo: 'stage', inizio: '01/02/2019' }),
  ...PLACEMENTS.slice(2, 5).map(placement),
  placement({ id: 'INS-98', k: 'b', vat: '09999999999', tipo: 'stage', inizio: '01/02/2019' }),
  ...PLACEMENTS.slice(5).map(placement),
]).replace(`INS-99;${P.a.cf}`, `INS-99;${NOBODY}`);

// ---------------------------------------------------------------------------------------------------------------
// Training: 2 bodies, 4 editions (one ending in 2018, two in 2019, one in 2020), 9 enrolments.
const ENTI = csv('ENTI', [
  { id_esterno: 'ENTE-1', denominazione: 'Seneca', email: 'corsi@seneca.it' },
  { id_esterno: 'ENTE-2', denominazione: 'Ecipar', email: 'formazione@ecipar.it' },
]);
const edition = (id: string, ente: string, titolo: string, materia: string, inizio: string, fine: string) => ({
  id_esterno: id,
  ente,
  titolo,
  materia,
  filone: '2.b',
  data_inizio: inizio,
  data_fine: fine,
  posti: '10',
  costo_totale: '12.000,00',
  stato: 'conclusa',
  finestra_kpi_mesi: '12',
});
const EDIZIONI = csv('EDIZIONI', [
  edition('ED-1', 'ENTE-1', 'Operatore socio-sanitario', 'OSS', '15/04/2019', '30/09/2019'),
  edition('ED-2', 'ENTE-2', 'Addetto alle pulizie', 'ADDETTO_PULIZIE', '01/10/2019', '20/12/2019'),
  edition('ED-3', 'ENTE-1', 'Italiano A2', 'ITALIANO', '01/10/2018', '20/12/2018'),
  edition('ED-4', 'Ecipar', 'Magazziniere', 'MAGAZZINO', '01/07/2020', '30/11/2020'),
]);
const enrol = (id: string, ed: string, k: Key, esito: string, more: Record<string, string> = {}) => ({
  id_esterno: id,
  edizione: ed,
  codice_fiscale: P[k].cf,
  esito,
  ...more,
});
const ISCRIZIONI = csv('ISCRIZIONI', [
  enrol('ISC-1', 'ED-1', 'a', 'completato', { qualifica_ottenuta: 'sì', qualifica: 'Attestato OSS' }),
  enrol('ISC-2', 'ED-1', 'b', 'completato', { qualifica_ottenuta: 'no' }),
  enrol('ISC-3', 'ED-1', 'd', 'ritirato', { data_ritiro: '15/06/2019', motivo_ritiro: 'Problemi di salute' }),
  enrol('ISC-4', 'ED-2', 'c', 'completato'),
  enrol('ISC-5', 'ED-2', 'f', 'completato'),
  enrol('ISC-6', 'ED-3', 'g', 'completato'),
  enrol('ISC-7', 'ED-3', 'h', 'ritirato', { data_ritiro: '01/11/2018', motivo_ritiro: 'Trasferita' }),
  enrol('ISC-8', 'ED-4', 'j', 'completato', { qualifica_ottenuta: 'sì', qualifica: 'Patentino carrelli' }),
  enrol('ISC-9', 'ED-4', 'l', 'in corso'),
]);

// ---------------------------------------------------------------------------------------------------------------
// Projects and finance: 2 projects funded (2019, 2020); a grant of the first (2019), a loan of the second (2020);
// 4 payments (the grant's disbursement in 2019, the loan's disbursement and 2 repayments in 2020).
const path = (y: string) => ({
  data_preselezione: `10/02/${y}`,
  data_incontro_conoscitivo: `04/03/${y}`,
  data_accompagnamento: `11/03/${y}`,
  data_report: `20/05/${y}`,
  data_comitato_valutazione: `10/06/${y}`,
  data_comitato_gestione: `01/07/${y}`,
  data_finanziamento: `15/07/${y}`,
  percorso: 'tre laboratori',
});
const PROGETTI = csv('PROGETTI', [
  {
    id_esterno: 'PIS-2019-001',
    titolo: 'Sartoria sociale',
    organizzazione: 'Cooperativa Filo Rosso',
    settore: 'moda etica',
    posti_previsti: '3',
    data_candidatura: '15/01/2019',
    ...path('2019'),
  },
  {
    id_esterno: 'PIS-2020-002',
    titolo: 'Forno di comunità',
    organizzazione: 'Associazione Pane',
    settore: 'food etico',
    data_candidatura: '20/01/2020',
    ...path('2020'),
  },
]);
// The committees' decisions on both: each approved by the evaluation committee, then funded by the management
// committee, on the days of the projects' path (the grant of the first in 2019, the loan of the second in 2020).
const GRANT_DECISION = { forma: 'contributo', investimenti: '6.000,00', servizi: '2.000,00' };
const LOAN_DECISION = { forma: 'prestito', importo: '10.000,00', durata_mesi: '12' };
const DELIBERE = csv('DELIBERE', [
  {
    id_esterno: 'DEL-1',
    progetto: 'PIS-2019-001',
    comitato: 'valutazione',
    data_seduta: '10/06/2019',
    esito: 'approvato',
    ...GRANT_DECISION,
  },
  { id_esterno: 'DEL-2', progetto: 'PIS-2019-001', comitato: 'gestione', data_seduta: '01/07/2019', esito: 'approvato', ...GRANT_DECISION },
  {
    id_esterno: 'DEL-3',
    progetto: 'PIS-2020-002',
    comitato: 'valutazione',
    data_seduta: '10/06/2020',
    esito: 'approvato',
    ...LOAN_DECISION,
  },
  {
    id_esterno: 'DEL-4',
    progetto: 'PIS-2020-002',
    comitato: 'gestione',
    data_seduta: '01/07/2020',
    esito: 'approvato con condizioni',
    condizioni: 'Rendiconto semestrale delle vendite',
    ...LOAN_DECISION,
  },
]);
// €10,000 at 0% over 12 months from 20/07/2020: €1,000 of principal due on the 20th of each month.
const LOAN = { id_esterno: 'CS-2020-001', progetto: 'PIS-2020-002', tasso: '0', durata_mesi: '12', data_approvazione: '20/07/2020' };
const PRESTITI = csv('PRESTITI', [{ ...LOAN, importo: '10.000,00' }]);
// The first version: the amount has a letter in it (line 2).
const PRESTITI_BAD = csv('PRESTITI', [{ ...LOAN, importo: '10.000,0O' }]);
const CONTRIBUTI = csv('CONTRIBUTI', [
  {
    id_esterno: 'FP-2019-001',
    progetto: 'PIS-2019-001',
    importo_investimenti: '6.000,00',
    importo_servizi: '2.000,00',
    data_approvazione: '20/07/2019',
  },
]);
const PAGAMENTI = csv('PAGAMENTI', [
  {
    id_esterno: 'PAG-1',
    tipo: 'erogazione',
    contributo: 'FP-2019-001',
    data: '10/09/2019',
    importo: '4.000,00',
    categoria: 'investimenti',
  },
  { id_esterno: 'PAG-2', tipo: 'erogazione', prestito: 'CS-2020-001', data: '01/08/2020', importo: '10.000,00' },
  { id_esterno: 'PAG-3', tipo: 'rimborso', prestito: 'CS-2020-001', data: '20/08/2020', importo: '1.000,00' },
  { id_esterno: 'PAG-4', tipo: 'rimborso', prestito: 'CS-2020-001', data: '20/09/2020', importo: '1.000,00' },
]);

/** The files in the documented order, with the records each adds (hand count: the rows, less the repeats noted). */
const FILES: { kind: ImportKindName; name: string; content: string; created: number; updated?: number }[] = [
  { kind: 'PERSONE', name: 'persone-2018-2020.csv', content: PERSONE, created: 12 }, // 3 + 6 + 3 rows
  // 7 rows; COL-1, COL-2, COL-5, COL-6 are the first colloqui PERSONE already holds (same person and day): they
  // update those (the old system's id and details), 3 are new.
  { kind: 'COLLOQUI', name: 'colloqui.csv', content: COLLOQUI, created: 3, updated: 4 },
  { kind: 'VALUTAZIONI', name: 'valutazioni.csv', content: VALUTAZIONI, created: 3 },
  { kind: 'AZIENDE', name: 'aziende.csv', content: AZIENDE, created: 3 },
  { kind: 'SEDI', name: 'sedi.csv', content: SEDI, created: 2 },
  { kind: 'OFFERTE', name: 'offerte.csv', content: OFFERTE, created: 3 },
  { kind: 'INSERIMENTI', name: 'inserimenti.csv', content: INSERIMENTI, created: 11 }, // INS-1 … INS-11
  { kind: 'ENTI', name: 'enti.csv', content: ENTI, created: 2 },
  { kind: 'EDIZIONI', name: 'edizioni.csv', content: EDIZIONI, created: 4 },
  { kind: 'ISCRIZIONI', name: 'iscrizioni.csv', content: ISCRIZIONI, created: 9 },
  { kind: 'PROGETTI', name: 'progetti.csv', content: PROGETTI, created: 2 },
  { kind: 'DELIBERE', name: 'delibere.csv', content: DELIBERE, created: 4 },
  { kind: 'PRESTITI', name: 'prestiti.csv', content: PRESTITI, created: 1 },
  { kind: 'CONTRIBUTI', name: 'contributi.csv', content: CONTRIBUTI, created: 1 },
  { kind: 'PAGAMENTI', name: 'pagamenti.csv', content: PAGAMENTI, created: 4 },
];

// ---------------------------------------------------------------------------------------------------------------
type RowError = {
  file: string;
  sheet: string | null;
  line: number;
  column: string | null;
  reasonCode: string;
  params: Record<string, string | number>;
};
type Check = { totalRows: number; toCreate: number; toUpdate: number; unchanged: number; errors: RowError[] };
type Batch = {
  id: string;
  owner: string;
  kind: string;
  fileName: string;
  status: string;
  totalRows: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  errorCode: string | null;
};
const BATCH_FIELDS = 'id owner kind fileName status totalRows createdCount updatedCount unchangedCount errorCode';

/** The staff portal's call (features/imports/import-files.ts): the raw file to the owner's route through the gateway. */
async function post(kind: ImportKindName, name: string, content: string, check: boolean): Promise<Response> {
  return fetch(`${new URL(t.url).origin}/files/${IMPORT_KIND_OWNER[kind]}/history-imports${check ? '/check' : ''}?kind=${kind}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'x-file-name': encodeURIComponent(name) },
    body: content,
  });
}
async function checkFile(kind: ImportKindName, name: string, content: string): Promise<Check> {
  const res = await post(kind, name, content, true);
  expect(res.status).toBe(200);
  return (await res.json()) as Check;
}
async function batchOf(kind: ImportKindName, id: string): Promise<Batch> {
  const field = historyImportFieldNames(IMPORT_KIND_OWNER[kind]).batch;
  const r = await t.graphql<Record<string, Batch>>(`query($id: ID!) { ${field}(id: $id) { ${BATCH_FIELDS} } }`, {
    token: admin,
    variables: { id },
  });
  expect(r.errors).toBeUndefined();
  return r.data![field]!;
}
/** Starts the import of a file and waits until its batch is no longer queued or running, then until its events are consumed. */
async function importFile(kind: ImportKindName, name: string, content: string): Promise<Batch> {
  const res = await post(kind, name, content, false);
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };
  let batch = await batchOf(kind, id);
  await until(async () => {
    batch = await batchOf(kind, id);
    return batch.status !== 'QUEUED' && batch.status !== 'RUNNING';
  }, 60_000);
  expect(batch, `${kind} ${name}`).toMatchObject({ status: 'DONE', owner: IMPORT_KIND_OWNER[kind], kind, fileName: name, errorCode: null });
  await factories.drainEvents(t.stack);
  return batch;
}

/** The Italian text the staff portal shows for a row error (its reason's catalogue text with the params). */
const italian = (e: Pick<RowError, 'reasonCode' | 'params'>) =>
  ERROR_TEXTS_IT[e.reasonCode as ErrorReason].replace(/\{(\w+)\}/g, (_, p: string) => String(e.params[p]));

/** The records a kind's imports wrote or took over, as the owner keeps them (one per key of its file, with its source line). */
const importRecords = async (kind: ImportKindName) => {
  const owner = IMPORT_KIND_OWNER[kind];
  const rows = await t.stack.subgraphs[owner].orm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from "${owner}"."import_record" where "kind" = ?`, [kind]);
  return Number(rows[0]?.n ?? 0);
};

/** Every owner's batches, through GraphQL (ADMIN), as the staff portal lists them. */
async function allBatches(): Promise<Batch[]> {
  const fields = [...new Set(Object.values(IMPORT_KIND_OWNER))].map(
    (o) => `${o}: ${historyImportFieldNames(o).batches}(limit: 100) { ${BATCH_FIELDS} }`,
  );
  const r = await t.graphql<Record<string, Batch[]>>(`{ ${fields.join(' ')} }`, { token: admin });
  expect(r.errors).toBeUndefined();
  return Object.values(r.data!).flat();
}

/** What STAFF sees of the imported records, through the gateway (federated references resolved). */
async function staffView() {
  const r = await t.graphql<{
    beneficiaries: {
      totalCount: number;
      nodes: { lastName: string; interviews: { status: string }[]; assessments: { score: number; profile: string }[] }[];
    };
    companies: { name: string; vatNumber: string | null; sites: { name: string }[] }[];
    vacancies: { title: string }[];
    placements: {
      totalCount: number;
      nodes: {
        type: string;
        startDate: string;
        followUp: string | null;
        company: { name: string } | null;
        beneficiary: { codiceFiscale: string; lastName: string };
        previousPlacement: { startDate: string } | null;
      }[];
    };
    trainingBodies: { name: string }[];
    courseEditions: {
      id: string;
      title: string;
      enrolments: { outcome: string; beneficiary: { codiceFiscale: string; lastName: string } }[];
    }[];
    projects: {
      id: string;
      title: string;
      status: string;
      decisions: {
        committeeKind: string;
        outcome: string;
        conditions: string | null;
        fundingKind: string | null;
        amountCents: number | null;
      }[];
    }[];
    loans: {
      principalCents: number;
      project: { id: string; title: string };
      position: { paidPrincipalCents: number; outstandingPrincipalCents: number };
    }[];
    grants: { totalCents: number }[];
  }>(
    `{ beneficiaries(first: 100) { totalCount nodes { lastName interviews { status } assessments { score profile } } }
       companies { name vatNumber sites { name } }
       vacancies { title }
       placements(first: 100) { totalCount nodes { type startDate followUp company { name } beneficiary { codiceFiscale lastName } previousPlacement { startDate } } }
       trainingBodies { name }
       courseEditions { id title enrolments { outcome beneficiary { codiceFiscale lastName } } }
       projects { id title status decisions { committeeKind outcome conditions fundingKind amountCents } }
       loans { principalCents project { id title } position(asOf: "2020-12-31") { paidPrincipalCents outstandingPrincipalCents } }
       grants { totalCents } }`,
    { token: staff },
  );
  expect(r.errors).toBeUndefined();
  return r.data!;
}

beforeAll(async () => {
  t = await bootTestStack();
  admin = await t.tokenFor('ADMIN');
  staff = await t.tokenFor('STAFF');
  await configureProgramme(t);
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

describe('imported history 2018–2020 (every kind, through the gateway, as ADMIN)', () => {
  it('imports the files in the documented order, after reporting the bad rows of two of them with nothing written', async () => {
    for (const f of FILES) {
      if (f.kind === 'INSERIMENTI') {
        const bad = await checkFile('INSERIMENTI', 'inserimenti.csv', INSERIMENTI_BAD);
        expect(bad).toMatchObject({ totalRows: 13 });
        expect(bad.errors.map((e) => [e.file, e.sheet, e.line, e.column, e.reasonCode, italian(e)])).toEqual([
          [
            'inserimenti.csv',
            null,
            4,
            'codice_fiscale',
            'IMPORT_PERSON_NOT_FOUND',
            'Nessuna persona con questo codice fiscale è registrata o importata.',
          ],
          [
            'inserimenti.csv',
            null,
            8,
            'partita_iva_azienda',
            'IMPORT_COMPANY_NOT_FOUND',
            'Nessuna azienda con partita IVA 09999999999 esiste o è tra le AZIENDE importate.',
          ],
        ]);
        // Starting it anyway is refused with the reason; nothing was written.
        const refused = await post('INSERIMENTI', 'inserimenti.csv', INSERIMENTI_BAD, false);
        expect(refused.status).toBe(400);
        expect(
          ((await refused.json()) as { errors: { extensions: { code: string; reason: string } }[] }).errors[0]?.extensions,
        ).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'IMPORT_HAS_ERRORS',
        });
        expect(await importRecords('INSERIMENTI')).toBe(0);
        expect((await staffView()).placements.totalCount).toBe(0);
      }
      if (f.kind === 'PRESTITI') {
        const bad = await checkFile('PRESTITI', 'prestiti.csv', PRESTITI_BAD);
        expect(bad.errors.map((e) => [e.file, e.line, e.column, e.reasonCode, italian(e)])).toEqual([
          ['prestiti.csv', 2, 'importo', 'IMPORT_MONEY_FORMAT', '«10.000,0O» non è un importo in euro con al massimo 2 decimali.'],
        ]);
        // The GraphQL start (the same engine) refuses it too.
        const names = historyImportFieldNames('finance');
        const r = await t.graphql(`mutation($i: HistoryImportFileInput!) { ${names.start}(input: $i) { id } }`, {
          token: admin,
          variables: { i: { kind: 'PRESTITI', fileName: 'prestiti.csv', contentBase64: Buffer.from(PRESTITI_BAD).toString('base64') } },
        });
        expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
        expect(await importRecords('PRESTITI')).toBe(0);
        expect((await staffView()).loans).toEqual([]);
      }
      const checked = await checkFile(f.kind, f.name, f.content);
      expect(checked.errors, f.kind).toEqual([]);
      const batch = await importFile(f.kind, f.name, f.content);
      expect([f.kind, batch.createdCount, batch.updatedCount], f.kind).toEqual([f.kind, f.created, f.updated ?? 0]);
      expect(await importRecords(f.kind), f.kind).toBe(f.created + (f.updated ?? 0));
    }
    // One batch per file, none for the refused ones.
    const batches = await allBatches();
    expect(batches.map((b) => b.kind).sort()).toEqual(FILES.map((f) => f.kind).sort());
  }, 180_000);

  it('counts the records of every kind and resolves the references between owners', async () => {
    const v = await staffView();
    expect(v.beneficiaries.totalCount).toBe(12);
    // Colloqui: the 9 first colloqui of PERSONE (G, H, A, B, C, D, F, J, L) and the 3 COLLOQUI adds (A's follow-up,
    // D's missed one, J's follow-up) = 12; A, D and J have 2. Assessments: the 3 VALUTAZIONI rows (G, A, C).
    const perPerson = Object.fromEntries(v.beneficiaries.nodes.map((b) => [b.lastName, [b.interviews.length, b.assessments.length]]));
    expect(perPerson).toEqual({
      Grandi: [1, 1],
      Hoxha: [1, 0],
      Ielo: [0, 0],
      Amato: [2, 1],
      Benali: [1, 0],
      Conti: [1, 1],
      Dumitru: [2, 0],
      Esposito: [0, 0],
      Ferri: [1, 0],
      Jallow: [2, 0],
      Kola: [0, 0],
      Lodi: [1, 0],
    });
    expect(v.beneficiaries.nodes.flatMap((b) => b.assessments).sort((a, b) => a.score - b.score)).toEqual([
      { score: 6, profile: 'FORTE' },
      { score: 13, profile: 'IN_TARGET' },
      { score: 14, profile: 'IN_TARGET' },
    ]);
    expect(v.companies.map((c) => [c.vatNumber, c.name, c.sites.length]).sort()).toEqual([
      [VAT.alfa, 'Alfa Pulizie Soc. Coop.', 1],
      [VAT.beta, 'Beta Logistica S.r.l.', 0],
      [VAT.gamma, 'Gamma Ristorazione; mense', 1],
    ]);
    expect(v.vacancies.map((x) => x.title).sort()).toEqual(['Addetto/a alle pulizie', 'Aiuto cuoco', 'Magazziniere']);
    expect(v.placements.totalCount).toBe(11);
    expect(v.trainingBodies.map((b) => b.name).sort()).toEqual(['Ecipar', 'Seneca']);
    expect(v.courseEditions).toHaveLength(4);
    expect(v.courseEditions.flatMap((e) => e.enrolments)).toHaveLength(9);
    expect(v.projects.map((p) => p.title).sort()).toEqual(['Forno di comunità', 'Sartoria sociale']);
    expect(v.grants.map((g) => g.totalCents)).toEqual([800_000]);

    // A placement's person (people) and company (companies) resolve through the federation; the renewal points at the one before.
    const byStart = Object.fromEntries(v.placements.nodes.map((p) => [p.startDate, p]));
    expect(byStart['2019-09-01']).toMatchObject({
      type: 'ASSUNZIONE',
      followUp: 'CONVERSION',
      company: { name: 'Alfa Pulizie Soc. Coop.' },
      beneficiary: { codiceFiscale: P.a.cf, lastName: 'Amato' },
      previousPlacement: { startDate: '2019-03-01' },
    });
    const renewal = v.placements.nodes.find((p) => p.followUp === 'RENEWAL' && p.type === 'ASSUNZIONE');
    expect(renewal).toMatchObject({ beneficiary: { lastName: 'Amato' }, previousPlacement: { startDate: '2019-09-01' } });
    expect(v.placements.nodes.find((p) => p.type === 'LAVORO_AUTONOMO')).toMatchObject({
      startDate: '2019-10-01',
      company: null,
      beneficiary: { lastName: 'Ferri' },
    });

    // An enrolment's person (people) through the federation.
    const oss = v.courseEditions.find((e) => e.title === 'Operatore socio-sanitario')!;
    expect(oss.enrolments.map((e) => [e.beneficiary.lastName, e.beneficiary.codiceFiscale, e.outcome]).sort()).toEqual([
      ['Amato', P.a.cf, 'COMPLETED'],
      ['Benali', P.b.cf, 'COMPLETED'],
      ['Dumitru', P.d.cf, 'DROPPED_OUT'],
    ]);
    // A loan's project (projects) through the federation.
    // Its payments: disbursed 01/08/2020 (PAG-2), €1,000 repaid on 20/08 and 20/09/2020 (PAG-3, PAG-4).
    expect(v.loans).toEqual([
      {
        principalCents: 1_000_000,
        project: { id: expect.any(String), title: 'Forno di comunità' },
        position: { paidPrincipalCents: 200_000, outstandingPrincipalCents: 800_000 },
      },
    ]);
    expect(v.projects.find((p) => p.title === 'Forno di comunità')?.id).toBe(v.loans[0]!.project.id);
    // Each project's committee decisions (DELIBERE), on the project as its page shows them: evaluation, then funding.
    const decisions = (title: string) =>
      v.projects
        .find((p) => p.title === title)
        ?.decisions.map((d) => [d.committeeKind, d.outcome, d.fundingKind, d.amountCents, d.conditions])
        .sort();
    expect(decisions('Sartoria sociale')).toEqual([
      ['EVALUATION', 'APPROVED', 'GRANT', 800_000, null],
      ['MANAGEMENT', 'APPROVED', 'GRANT', 800_000, null],
    ]);
    expect(decisions('Forno di comunità')).toEqual([
      ['EVALUATION', 'APPROVED', 'LOAN', 1_000_000, null],
      ['MANAGEMENT', 'APPROVED', 'LOAN', 1_000_000, 'Rendiconto semestrale delle vendite'],
    ]);

    // A course edition's KPIs count imported placements. OSS (15/04–30/09/2019, window to 30/09/2020): population
    // A, B, D (D dropped out, still counted); A's INS-3 and INS-10 (INS-2 began before the course), B's INS-5
    // (INS-4 began before), D's INS-6 = 4 placements, 4/3 = 133.3%; none permanent.
    const kpis = await t.graphql<{
      courseEdition: { kpis: { population: number; placements: number; permanent: number; placementRate: number } };
    }>('query($id: ID!) { courseEdition(id: $id) { kpis { population placements permanent placementRate } } }', {
      token: staff,
      variables: { id: oss.id },
    });
    expect(kpis.errors).toBeUndefined();
    expect(kpis.data!.courseEdition.kpis).toEqual({ population: 3, placements: 4, permanent: 0, placementRate: 133.3 });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The monitoring of 2019, counted by hand on the 2019 rows of the files above.
const Y2019 = { from: '2019-01-01', to: '2019-12-31' };
/** PERSONE rows with data_iscrizione in 2019: A, B, C, D, E, F. */
const REGISTRATIONS_2019 = 6;
/** First colloquio svolto in 2019 (PERSONE data_colloquio, COLLOQUI adds no earlier held one): A, B, C, D, F. */
const INTERVIEWED_2019 = 5;
/** Of those, with a profilo: in target A, B, D; forte C (F has none). */
const IN_TARGET_2019 = 3;
const NOT_IN_TARGET_2019 = 1;
/** prontezza of A, B, D. */
const READINESS_2019 = { PRONTO: 1, NON_PRONTO: 1, FRAGILE: 1 };
/** Days from registration to first colloquio: A 10, B 10, C 7, D 20, F 4 → sorted 4, 7, 10, 10, 20: median 10; ≤ 15: 4. */
const MEDIAN_DAYS_2019 = 10;
const WITHIN_15_DAYS_2019 = 4;
/** data_fuori_protocollo in 2019: F, lavora. */
const WORKING_2019 = 1;
/**
 * INSERIMENTI with data_inizio in 2019: INS-2 … INS-8 = 7, of A (2), B (2), D, G, F = 5 persons.
 * By tipo: assunzione INS-3 (A), INS-7 (G); stage INS-2 (A); tirocinio INS-4, INS-5 (B); mini job INS-6 (D);
 * lavoro autonomo INS-8 (F). By contratto: none INS-2, 4, 5, 6, 8 (A, B, D, F); TD INS-3; TI INS-7.
 * By company: Alfa INS-2, INS-3, INS-7 = 3; Beta INS-4, INS-5 = 2; Gamma INS-6 = 1 (INS-8 has none).
 * Stages: started INS-2; converted INS-2 (into INS-3); none extended (tirocini are not stages).
 */
const PLACEMENTS_2019 = 7;
const PERSONS_PLACED_2019 = 5;
const BY_TYPE_2019 = [
  { key: 'ASSUNZIONE', placements: 2, persons: 2 },
  { key: 'LAVORO_AUTONOMO', placements: 1, persons: 1 },
  { key: 'MINI_JOB', placements: 1, persons: 1 },
  { key: 'STAGE', placements: 1, persons: 1 },
  { key: 'TIROCINIO', placements: 2, persons: 1 },
];
const BY_CONTRACT_2019 = [
  { key: 'NONE', placements: 5, persons: 4 },
  { key: 'TEMPO_DETERMINATO', placements: 1, persons: 1 },
  { key: 'TEMPO_INDETERMINATO', placements: 1, persons: 1 },
];
const RANKING_2019 = [
  { rank: 1, companyName: 'Alfa Pulizie Soc. Coop.', placements: 3 },
  { rank: 2, companyName: 'Beta Logistica S.r.l.', placements: 2 },
  { rank: 3, companyName: 'Gamma Ristorazione; mense', placements: 1 },
];
/**
 * ISCRIZIONI of editions starting in 2019: ED-1 (A, B completed, A qualified; D dropped out) and ED-2 (C, F
 * completed) = 5 packages, 4 completed, 1 dropped out, 1 qualified; OSS 3/5, ADDETTO_PULIZIE 2/5.
 * Courses ending in 2019: ED-1 (above: 3 people, 4 placements) and ED-2 (01/10–20/12/2019, window to 20/12/2020:
 * C none, F's INS-8 on the first day = 1 placement of 2 people, 50%).
 */
const TRAINING_2019 = { packages: 5, completed: 4, droppedOut: 1, qualified: 1 };
const SUBJECTS_2019 = [
  { key: 'OSS', count: 3, share: 0.6 },
  { key: 'ADDETTO_PULIZIE', count: 2, share: 0.4 },
];
const COURSES_2019 = [
  { title: 'Addetto alle pulizie', population: 2, placements: 1, placementRate: 50 },
  { title: 'Operatore socio-sanitario', population: 3, placements: 4, placementRate: 133.3 },
];
/**
 * CONTRIBUTI approved in 2019: FP-2019-001, €6,000 + €2,000; PRESTITI approved in 2019: none (CS-2020-001 is 2020).
 * Journal movements booked in 2019: the grant committed on its approval (€8,000, 20/07/2019) and PAGAMENTI PAG-1,
 * €4,000 disbursed to the grant (10/09/2019); the loan's disbursement and repayments are 2020.
 */
const FINANCE_2019 = { grantsApprovedCount: 1, grantsApprovedCents: 800_000, loansApprovedCount: 0, loansApprovedCents: 0 };
const DISBURSED_2019 = [
  { account: 'GRANT_COMMITTED', cents: 800_000 },
  { account: 'GRANT_DISBURSED', cents: 400_000 },
];

async function monitoring2019() {
  const r = await t.graphql<{
    peopleReport: Record<string, unknown> & {
      readiness: { key: string; count: number }[];
      fuoriProtocollo: { reason: string; entered: number }[];
    };
    companiesPlacementReport: Record<string, unknown> & { byType: { key: string }[]; byContract: { key: string }[] };
    trainingReport: Record<string, unknown> & { packagesBySubject: { key: string }[]; courses: { title: string }[] };
    financeReport: Record<string, unknown>;
  }>(
    `query($from: String!, $to: String!) {
      peopleReport(from: $from, to: $to) { registrations interviewed assessed inTarget notInTarget readiness { key count }
        medianDaysToFirstInterview interviewedWithin15Days fuoriProtocollo { reason entered } }
      companiesPlacementReport(from: $from, to: $to) { placements personsPlaced byType { key placements persons }
        byContract { key placements persons } companyRanking { rank companyName placements } stagesStarted stagesContinued stagesConverted }
      trainingReport(from: $from, to: $to) { packages completed droppedOut qualified packagesBySubject { key count share }
        courses { title population placements placementRate } }
      financeReport(from: $from, to: $to) { grantsApprovedCount grantsApprovedCents loansApprovedCount loansApprovedCents disbursed { account cents } } }`,
    { token: staff, variables: Y2019 },
  );
  expect(r.errors).toBeUndefined();
  return r.data!;
}
const byKey = <T extends { key: string }>(xs: T[]) => [...xs].sort((a, b) => a.key.localeCompare(b.key));

describe('monitoring of an imported year (2019) against hand counts of its files', () => {
  it('equals the hand counts of the 2019 rows', async () => {
    const m = await monitoring2019();
    const p = m.peopleReport;
    expect(p).toMatchObject({
      registrations: REGISTRATIONS_2019,
      interviewed: INTERVIEWED_2019,
      assessed: IN_TARGET_2019 + NOT_IN_TARGET_2019,
      inTarget: IN_TARGET_2019,
      notInTarget: NOT_IN_TARGET_2019,
      medianDaysToFirstInterview: MEDIAN_DAYS_2019,
      interviewedWithin15Days: WITHIN_15_DAYS_2019,
    });
    expect(Object.fromEntries(p.readiness.filter((r) => r.count > 0).map((r) => [r.key, r.count]))).toEqual(READINESS_2019);
    expect(p.fuoriProtocollo.find((f) => f.reason === 'WORKING')?.entered).toBe(WORKING_2019);

    const c = m.companiesPlacementReport;
    expect(c).toMatchObject({
      placements: PLACEMENTS_2019,
      personsPlaced: PERSONS_PLACED_2019,
      stagesStarted: 1,
      stagesContinued: 0,
      stagesConverted: 1,
    });
    expect(byKey(c.byType)).toEqual(BY_TYPE_2019);
    expect(byKey(c.byContract)).toEqual(BY_CONTRACT_2019);
    expect(c.companyRanking).toEqual(RANKING_2019);

    const tr = m.trainingReport;
    expect(tr).toMatchObject(TRAINING_2019);
    expect(tr.packagesBySubject).toEqual(SUBJECTS_2019);
    expect([...tr.courses].sort((a, b) => a.title.localeCompare(b.title))).toEqual(COURSES_2019);

    expect(m.financeReport).toMatchObject({ ...FINANCE_2019, disbursed: DISBURSED_2019 });
  });
});

describe('re-import of unchanged files', () => {
  it('reports 0 created and 0 updated, and no count or figure moves', async () => {
    const before = { view: await staffView(), monitoring: await monitoring2019() };
    for (const f of FILES.filter((x) => x.kind === 'PERSONE' || x.kind === 'INSERIMENTI')) {
      const checked = await checkFile(f.kind, f.name, f.content);
      expect(checked).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: checked.totalRows, errors: [] });
      // The GraphQL check (the portal's small-file path) says the same.
      const field = historyImportFieldNames(IMPORT_KIND_OWNER[f.kind]).check;
      const viaGraphql = await t.graphql<Record<string, Check>>(
        `mutation($i: HistoryImportFileInput!) { ${field}(input: $i) { totalRows toCreate toUpdate unchanged errors { line } } }`,
        { token: admin, variables: { i: { kind: f.kind, fileName: f.name, contentBase64: Buffer.from(f.content).toString('base64') } } },
      );
      expect(viaGraphql.errors).toBeUndefined();
      expect(viaGraphql.data![field]).toEqual({
        totalRows: checked.totalRows,
        toCreate: 0,
        toUpdate: 0,
        unchanged: checked.totalRows,
        errors: [],
      });
      const batch = await importFile(f.kind, f.name, f.content);
      expect(batch).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: batch.totalRows });
      expect(await importRecords(f.kind)).toBe(f.created + (f.updated ?? 0));
    }
    expect(await staffView()).toEqual(before.view);
    expect(await monitoring2019()).toEqual(before.monitoring);
  }, 120_000);
});
