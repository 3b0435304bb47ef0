import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bootTestStack,
  historyImportClient,
  type HistoryImportBatchResult,
  type HistoryImportCheckResult,
  type HistoryImportClient,
  factories,
  type TestStack,
} from '@ixl/testkit';
import { readSpreadsheet, writeXlsx } from '@ixl/subgraph-kit';
import { TRAINING_IMPORT_LAYOUTS } from '@ixl/contracts';
import { testCodiceFiscale } from './factories.js';

/**
 * Issue 27, the training kinds: a seeded history of training bodies, course editions (2018–2021) and enrolments
 * with outcomes imported from CSV and XLSX: bad rows reported with file, line, column and reason and nothing
 * written; references by the old system's ids, by a body's name and by codice fiscale (through the person keys
 * `people` publishes); re-imports change nothing; a corrected file updates only what changed; amounts in cents;
 * the editions' KPIs equal the hand count of the file; the events as live ones, without mail; undo.
 */

let t: TestStack;
let staff: string;
let admin: string;
let imports: HistoryImportClient;
const people: { id: string; firstName: string; codiceFiscale: string }[] = [];
let ecipar: { id: string; name: string };

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
  t.stack.subgraphs.training.orm.em.getConnection().execute<T[]>(query, params);
const count = async (table: string, where = 'true') =>
  Number((await sql<{ n: string }>(`select count(*) as n from "training"."${table}" where ${where}`))[0]?.n ?? 0);
type Refusal = { code: string; reason: string; params: Record<string, unknown> };

const refusalOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }): Refusal => {
  const x = r.errors?.[0]?.extensions;
  if (!x) throw new Error('not refused');
  return { code: String(x.code), reason: String(x.reason), params: (x.params ?? {}) as Record<string, unknown> };
};

const undoRefusal = async (id: string) => refusalOf(await imports.undo(id));

const errorsOf = (r: HistoryImportCheckResult) => r.errors.map((e) => [e.line, e.column, e.reasonCode]);

const ENTI_HEADER = 'id_esterno;denominazione;email';
const ENTI_GOOD = [
  ENTI_HEADER,
  'ENTE-1;Seneca;corsi@seneca.it',
  'ENTE-2;Ecipar;formazione@ecipar.it',
  'ENTE-3;IRECOOP Emilia-Romagna;',
].join('\r\n');

const EDIZIONI_HEADER = 'id_esterno;ente;titolo;materia;filone;modalita;data_inizio;data_fine;posti;costo_totale;stato;finestra_kpi_mesi';
const edizioni = (tweak: (rows: string[]) => string[] = (r) => r) =>
  [
    EDIZIONI_HEADER,
    ...tweak([
      'ED-1;ENTE-1;Operatore socio-sanitario;OSS;2.b;presenza;14/09/2020;30/06/2021;4;48.000,00;conclusa;12',
      'ED-2;Ecipar;Addetto alle pulizie;addetto_pulizie;2.b;distanza;01/10/2020;18/12/2020;3;12.500,50;conclusa;',
      'ED-3;ENTE-3;Patente CQC;CQC;2.c sperimentale;;05/03/2018;30/06/2018;1;9000;conclusa;36',
    ]),
  ].join('\n');

const ISCRIZIONI_HEADER =
  'id_esterno;edizione;codice_fiscale;nominativo;data_iscrizione;esito;qualifica_ottenuta;qualifica;data_ritiro;motivo_ritiro';
const iscrizioni = (tweak: (rows: string[]) => string[] = (r) => r) => {
  const cf = (i: number) => people[i]!.codiceFiscale;
  return [
    ISCRIZIONI_HEADER,
    ...tweak([
      `ISC-1;ED-1;${cf(0)};;01/09/2020;completato;sì;Attestato OSS;;`,
      `ISC-2;ED-1;${cf(1)};Luca Bianchi;;completato;no;;;`,
      `ISC-3;ED-1;${cf(2)};;;ritirato;;;12/11/2020;Trasferita fuori provincia`,
      `ISC-4;ED-2;${cf(3).toLowerCase()};;;completato;;;;`,
      `ISC-5;ED-2;${cf(4)};;;in corso;;;;`,
      `ISC-6;ED-3;${cf(5)};;;completato;sì;Patente CQC;;`,
    ]),
  ].join('\n');
};

const batches: Record<string, HistoryImportBatchResult> = {};

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  admin = await t.tokenFor('ADMIN');
  imports = historyImportClient(t.graphql, 'training', admin);
  // Six people on the platform; a staff profile update publishes their profile with the codice fiscale key the
  // import finds them by (the real people code path, read by training's person keys).
  for (let i = 0; i < 6; i++) {
    const p = await factories.createBeneficiary(t.stack, { firstName: ['Marta', 'Luca', 'Sara', 'Ahmed', 'Ines', 'Paolo'][i] });
    const r = await t.graphql(
      'mutation($id: ID!) { updateBeneficiaryProfile(beneficiaryId: $id, input: { availableHoursPerWeek: 30 }) { id } }',
      {
        token: staff,
        variables: { id: p.id },
      },
    );
    expect(r.errors).toBeUndefined();
    people.push(p);
  }
  // A body already on the platform (adopted by name) with a live edition (the natural key an import may not take).
  ecipar = await factories.createTrainingBody(t.stack, 'Ecipar');
  await sql(
    `insert into training.course_edition (id, training_body_id, title, subject, stream, start_date, end_date, seats, total_cost_cents)
     values (?, ?, 'Addetto pulizie', 'ADDETTO_PULIZIE', 'PROFESSIONAL', '2019-02-04', '2019-04-30', 14, 1000000)`,
    [randomUUID(), ecipar.id],
  );
  await factories.drainEvents(t.stack);
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

describe('history import: training bodies (ENTI)', () => {
  it('reports every bad row and writes nothing', async () => {
    const bad = `${ENTI_GOOD}\r\nENTE-4;;non-una-mail\r\nENTE-1;Fomal;\r\nENTE-5;seneca;`;
    const r = await imports.check('ENTI', 'enti.csv', bad);
    expect(r).toMatchObject({ kind: 'ENTI', format: 'CSV', totalRows: 6 });
    expect(errorsOf(r)).toEqual([
      [5, 'denominazione', 'IMPORT_REQUIRED'],
      [5, 'email', 'IMPORT_EMAIL_FORMAT'],
      [6, 'id_esterno', 'IMPORT_DUPLICATE_KEY'],
      [7, 'denominazione', 'IMPORT_TRAINING_BODY_NAME_TAKEN'],
    ]);
    expect(refusalOf(await imports.start('ENTI', 'enti.csv', bad))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'IMPORT_HAS_ERRORS',
      params: { count: 4 },
    });
    // ADMIN only.
    expect(refusalOf(await historyImportClient(t.graphql, 'training', staff).checkResponse('ENTI', 'enti.csv', ENTI_GOOD))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await count('training_body')).toBe(1);
    expect(await count('import_batch')).toBe(0);
  });

  it('imports the bodies, adopts the one already there by name, and a re-import changes nothing', async () => {
    expect(await imports.check('ENTI', 'enti.csv', ENTI_GOOD)).toMatchObject({ toCreate: 2, toUpdate: 1, unchanged: 0, errors: [] });
    batches.enti = await imports.importFile('ENTI', 'enti.csv', ENTI_GOOD);
    expect(batches.enti).toMatchObject({ createdCount: 2, updatedCount: 1, unchangedCount: 0 });
    expect(await count('training_body')).toBe(3);
    expect(await sql(`select "email" from training.training_body where "id" = ?`, [ecipar.id])).toEqual([
      { email: 'formazione@ecipar.it' },
    ]);
    const src = await t.graphql<{ trainingHistoryImportSource: Record<string, unknown> }>(
      'query($id: ID!) { trainingHistoryImportSource(entityId: $id) { file line externalKey batchId } }',
      { token: admin, variables: { id: ecipar.id } },
    );
    expect(src.data?.trainingHistoryImportSource).toEqual({ file: 'enti.csv', line: 3, externalKey: 'ENTE-2', batchId: batches.enti.id });
    expect(await imports.importFile('ENTI', 'enti.csv', ENTI_GOOD)).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 3 });
  });
});

describe('history import: training templates', () => {
  it('serves each training layout as a CSV and XLSX template to ADMIN only, through the gateway', async () => {
    const origin = new URL(t.url).origin;
    for (const kind of ['ENTI', 'EDIZIONI', 'ISCRIZIONI'] as const) {
      const xlsx = await fetch(`${origin}/files/training/import-templates/${kind}.xlsx`, { headers: { authorization: `Bearer ${admin}` } });
      expect(xlsx.status).toBe(200);
      const read = await readSpreadsheet(new Uint8Array(await xlsx.arrayBuffer()));
      expect(read.ok && read.header).toEqual(TRAINING_IMPORT_LAYOUTS[kind].map((c) => c.header));
    }
    const csv = await fetch(`${origin}/files/training/import-templates/ISCRIZIONI.csv`, { headers: { authorization: `Bearer ${admin}` } });
    const lines = Buffer.from(await csv.arrayBuffer())
      .subarray(3)
      .toString('utf-8')
      .split('\r\n');
    expect(lines[0]).toBe(ISCRIZIONI_HEADER);
    // The sample row is the layout's examples.
    expect(lines[1]!.split(';')).toEqual(TRAINING_IMPORT_LAYOUTS.ISCRIZIONI.map((c) => c.example));
    const denied = await fetch(`${origin}/files/training/import-templates/ENTI.csv`, { headers: { authorization: `Bearer ${staff}` } });
    expect(denied.status).toBe(403);
  });
});

describe('history import: course editions (EDIZIONI)', () => {
  it('reports unknown bodies, bad codes and amounts, and an edition already recorded; nothing is written', async () => {
    const bad = edizioni((rows) => [
      ...rows,
      'ED-4;ENTE-9;Cucina;CUOCO;2.b;;01/01/2020;01/02/2020;5;100;conclusa;',
      'ED-5;ENTE-1;Italiano;ITALIANO;2.x;;01/01/2020;01/02/2020;5;1,234,5;finita;',
      'ED-6;Ecipar;Addetto pulizie;ADDETTO_PULIZIE;2.b;;04/02/2019;30/04/2019;14;10.000,00;conclusa;',
      'ED-7;ENTE-1;Operatore socio-sanitario;OSS;2.b;;14/09/2020;30/06/2021;4;48.000,00;conclusa;',
    ]);
    const r = await imports.check('EDIZIONI', 'edizioni.csv', bad);
    expect(errorsOf(r)).toEqual([
      [5, 'ente', 'IMPORT_TRAINING_BODY_NOT_FOUND'],
      [6, 'filone', 'IMPORT_CODE_UNKNOWN'],
      [6, 'costo_totale', 'IMPORT_MONEY_FORMAT'],
      [6, 'stato', 'IMPORT_CODE_UNKNOWN'],
      [7, 'data_inizio', 'IMPORT_EDITION_EXISTS'],
      [8, 'data_inizio', 'IMPORT_EDITION_EXISTS'],
    ]);
    expect(r.errors[0]).toMatchObject({ file: 'edizioni.csv', sheet: null, params: { body: 'ENTE-9' } });
    expect(await count('course_edition')).toBe(1);
  });

  it('imports the editions from XLSX with their bodies, costs in cents and codes; a corrected file updates one', async () => {
    const sheet = (csv: string) =>
      writeXlsx(
        'Edizioni',
        TRAINING_IMPORT_LAYOUTS.EDIZIONI.map((c) => c.header),
        csv
          .split('\n')
          .slice(1)
          .map((l) => l.split(';')),
      );
    batches.edizioni = await imports.importFile('EDIZIONI', 'edizioni.xlsx', await sheet(edizioni()));
    expect(batches.edizioni).toMatchObject({ format: 'XLSX', createdCount: 3 });
    const rows = await sql<Record<string, unknown>>(
      `select r."key", b."name" as "body", e."subject", e."stream", e."delivery", e."status", e."seats", e."total_cost_cents"::int as "cents", e."kpi_window_months" as "window",
         to_char(e."start_date", 'YYYY-MM-DD') as "start"
       from training.import_record r join training.course_edition e on e."id" = r."entity_id" join training.training_body b on b."id" = e."training_body_id"
       where r."kind" = 'EDIZIONI' order by r."key"`,
    );
    expect(rows).toEqual([
      {
        key: 'ED-1',
        body: 'Seneca',
        subject: 'OSS',
        stream: 'PROFESSIONAL',
        delivery: 'IN_PERSON',
        status: 'COMPLETED',
        seats: 4,
        cents: 4_800_000,
        window: 12,
        start: '2020-09-14',
      },
      {
        key: 'ED-2',
        body: 'Ecipar',
        subject: 'ADDETTO_PULIZIE',
        stream: 'PROFESSIONAL',
        delivery: 'REMOTE',
        status: 'COMPLETED',
        seats: 3,
        cents: 1_250_050,
        window: 12,
        start: '2020-10-01',
      },
      {
        key: 'ED-3',
        body: 'IRECOOP Emilia-Romagna',
        subject: 'CQC',
        stream: 'EXPERIMENTAL',
        delivery: 'IN_PERSON',
        status: 'COMPLETED',
        seats: 1,
        cents: 900_000,
        window: 36,
        start: '2018-03-05',
      },
    ]);
    const [src] = await sql<{ source_sheet: string; source_line: number }>(
      `select "source_sheet", "source_line" from training.import_record where "kind" = 'EDIZIONI' and "key" = 'ED-2'`,
    );
    expect(src).toEqual({ source_sheet: 'Edizioni', source_line: 3 });
    // The corrected file: one more seat for ED-1; the others are unchanged.
    const corrected = edizioni((r) => [r[0]!.replace(';4;48.000,00;', ';5;48.000,00;'), r[1]!, r[2]!]);
    expect(await imports.check('EDIZIONI', 'edizioni-v2.csv', corrected)).toMatchObject({
      toCreate: 0,
      toUpdate: 1,
      unchanged: 2,
      errors: [],
    });
    batches.edizioniV2 = await imports.importFile('EDIZIONI', 'edizioni-v2.csv', corrected);
    expect(batches.edizioniV2).toMatchObject({ createdCount: 0, updatedCount: 1, unchangedCount: 2 });
    expect(await count('course_edition')).toBe(4);
  });
});

describe('history import: enrolments and outcomes (ISCRIZIONI)', () => {
  it('reports unknown editions and people, dates outside the edition, a person twice and seats exceeded', async () => {
    const stranger = testCodiceFiscale();
    const bad = iscrizioni((rows) => [
      ...rows,
      `ISC-7;ED-9;${people[0]!.codiceFiscale};;;completato;;;;`,
      `ISC-8;ED-1;${stranger};;;completato;;;;`,
      `ISC-9;ED-1;${people[3]!.codiceFiscale};;;ritirato;;;01/07/2021;Lavoro trovato`,
      `ISC-10;ED-1;${people[0]!.codiceFiscale};;;completato;;;;`,
      `ISC-11;ED-3;${people[4]!.codiceFiscale};;;completato;;;;`,
      `ISC-12;ED-2;${people[5]!.codiceFiscale};;01/01/2021;completato;;;;`,
      `ISC-13;ED-1;RSSMRA85T10A944X;;;promosso;forse;;;`,
    ]);
    const r = await imports.check('ISCRIZIONI', 'iscrizioni.csv', bad);
    expect(errorsOf(r)).toEqual([
      [8, 'edizione', 'IMPORT_EDITION_NOT_FOUND'],
      [9, 'codice_fiscale', 'IMPORT_PERSON_NOT_FOUND'],
      [10, 'data_ritiro', 'DROP_OUT_DATE_OUTSIDE_EDITION'],
      [11, 'codice_fiscale', 'IMPORT_PERSON_IN_EDITION_TWICE'],
      [12, 'edizione', 'IMPORT_SEATS_EXCEEDED'],
      [13, 'data_iscrizione', 'IMPORT_ENROLLED_AFTER_END'],
      [14, 'codice_fiscale', 'IMPORT_CF_FORMAT'],
      [14, 'esito', 'IMPORT_CODE_UNKNOWN'],
      [14, 'qualifica_ottenuta', 'IMPORT_YES_NO'],
    ]);
    expect(r.errors.find((e) => e.line === 12)?.params).toEqual({ seats: 1 });
    expect(await count('enrolment')).toBe(0);
  });

  it('imports the enrolments with their outcomes; KPIs equal the hand count; events as live ones, no mail', async () => {
    batches.iscrizioni = await imports.importFile('ISCRIZIONI', 'iscrizioni-2018-2021.csv', iscrizioni());
    expect(batches.iscrizioni).toMatchObject({ totalRows: 6, createdCount: 6 });
    const rows = await sql<Record<string, unknown>>(
      `select r."key", r."source_line" as "line", n."beneficiary_id" as "person", n."participant_name" as "name", n."codice_fiscale" as "cf", n."status", n."outcome",
         n."qualification_obtained" as "q", n."qualification_name" as "qname", to_char(n."dropped_out_on", 'YYYY-MM-DD') as "dropped",
         to_char(n."enrolled_at" at time zone 'Europe/Rome', 'YYYY-MM-DD HH24:MI') as "enrolled",
         to_char(n."outcome_recorded_at" at time zone 'Europe/Rome', 'YYYY-MM-DD') as "recorded"
       from training.import_record r join training.enrolment n on n."id" = r."entity_id" where r."kind" = 'ISCRIZIONI' order by r."source_line"`,
    );
    expect(rows.map((x) => [x.key, x.line, x.person, x.status, x.outcome, x.q, x.qname, x.dropped, x.enrolled, x.recorded])).toEqual([
      ['ISC-1', 2, people[0]!.id, 'ENROLLED', 'COMPLETED', true, 'Attestato OSS', null, '2020-09-01 00:00', '2021-06-30'],
      ['ISC-2', 3, people[1]!.id, 'ENROLLED', 'COMPLETED', false, null, null, '2020-09-14 00:00', '2021-06-30'],
      ['ISC-3', 4, people[2]!.id, 'ENROLLED', 'DROPPED_OUT', false, null, '2020-11-12', '2020-09-14 00:00', '2020-11-12'],
      ['ISC-4', 5, people[3]!.id, 'ENROLLED', 'COMPLETED', false, null, null, '2020-10-01 00:00', '2020-12-18'],
      ['ISC-5', 6, people[4]!.id, 'ENROLLED', 'IN_PROGRESS', false, null, null, '2020-10-01 00:00', null],
      ['ISC-6', 7, people[5]!.id, 'ENROLLED', 'COMPLETED', true, 'Patente CQC', null, '2018-03-05 00:00', '2018-06-30'],
    ]);
    // The name the body sees: the file's, else the person's first name and initial from people's profile.
    expect(rows[0]!.name).toMatch(/^Marta [A-Z]\.$/);
    expect(rows[1]!.name).toBe('Luca Bianchi');
    expect(rows[3]!.cf).toBe(people[3]!.codiceFiscale);

    // The KPIs of the imported OSS edition equal the hand count of the file: 3 participants, 2 completed, 1 qualified.
    const [ed1] = await sql<{ entity_id: string }>(
      `select "entity_id" from training.import_record where "kind" = 'EDIZIONI' and "key" = 'ED-1'`,
    );
    const kpi = async (basis: string) => {
      const r = await t.graphql<{ courseEdition: { kpis: { population: number } } }>(
        'query($id: ID!, $b: CourseKpiBasis) { courseEdition(id: $id) { kpis(basis: $b) { population } } }',
        { token: staff, variables: { id: ed1!.entity_id, b: basis } },
      );
      expect(r.errors).toBeUndefined();
      return r.data!.courseEdition.kpis.population;
    };
    expect([await kpi('ALL_PARTICIPANTS'), await kpi('COMPLETED'), await kpi('QUALIFIED')]).toEqual([3, 2, 1]);

    // The KPIs moved: EditionKpisChanged once per edition for the chunk (not once per row), as a live enrolment does.
    const kpiEvents = await sql<{ aggregate_id: string; population: number }>(
      `select e."aggregate_id", (e."payload"->>'population')::int as "population" from training.outbox_event e
       join training.import_record r on r."entity_id"::text = e."aggregate_id"::text and r."kind" = 'EDIZIONI'
       where e."type" = 'EditionKpisChanged' and (e."payload"->>'population')::int > 0 order by r."key"`,
    );
    expect(kpiEvents.map((e) => e.population)).toEqual([3, 2, 1]);
    // One EnrolmentChanged per enrolment, as a live one, marked imported; people mails nobody about it.
    const events = await sql<{ aggregate_id: string; payload: Record<string, unknown> }>(
      `select "aggregate_id", "payload" from training.outbox_event where "type" = 'EnrolmentChanged' order by "id"`,
    );
    expect(events).toHaveLength(6);
    expect(events[2]!.payload).toMatchObject({ beneficiaryId: people[2]!.id, status: 'ENROLLED', outcome: 'DROPPED_OUT', imported: true });
    expect(events.every((e) => e.payload.previousStatus === undefined)).toBe(true);
    await factories.drainEvents(t.stack);
    const mails = await t.stack.subgraphs.people.orm.em
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from people.mail_outbox where "dedupe_key" like 'course-request:%'`);
    expect(Number(mails[0]!.n)).toBe(0);
  });

  it('a re-import changes nothing; a corrected outcome updates only that enrolment; identities cannot change', async () => {
    expect(await imports.importFile('ISCRIZIONI', 'iscrizioni-2018-2021.csv', iscrizioni())).toMatchObject({
      createdCount: 0,
      updatedCount: 0,
      unchangedCount: 6,
    });
    const corrected = iscrizioni((r) => r.map((l) => (l.startsWith('ISC-5;') ? l.replace(';in corso;', ';completato;') : l)));
    expect(await imports.check('ISCRIZIONI', 'iscrizioni-v2.csv', corrected)).toMatchObject({
      toCreate: 0,
      toUpdate: 1,
      unchanged: 5,
      errors: [],
    });
    batches.iscrizioniV2 = await imports.importFile('ISCRIZIONI', 'iscrizioni-v2.csv', corrected);
    expect(batches.iscrizioniV2).toMatchObject({ createdCount: 0, updatedCount: 1, unchangedCount: 5 });
    const [isc5] = await sql<{ outcome: string; source_file: string }>(
      `select n."outcome", r."source_file" from training.import_record r join training.enrolment n on n."id" = r."entity_id" where r."key" = 'ISC-5'`,
    );
    expect(isc5).toEqual({ outcome: 'COMPLETED', source_file: 'iscrizioni-v2.csv' });
    expect(await count('outbox_event', `"type" = 'EnrolmentChanged'`)).toBe(7);
    // The edition or the person of an imported enrolment cannot change.
    const moved = iscrizioni((r) => r.map((l) => (l.startsWith('ISC-4;') ? l.replace(';ED-2;', ';ED-1;') : l)));
    expect(errorsOf(await imports.check('ISCRIZIONI', 'iscrizioni-v3.csv', moved))).toEqual([
      [5, 'edizione', 'IMPORT_ENROLMENT_IDENTITY_CHANGED'],
    ]);
  });
});

describe("history import: the imported year's course KPIs", () => {
  it('placements imported by companies (INSERIMENTI) count for the imported OSS edition as the hand count says', async () => {
    const admin = await t.tokenFor('ADMIN');
    const viaCompanies = async (kind: string, content: string) =>
      (await historyImportClient(t.graphql, 'companies', admin).importFile(kind, `${kind}.csv`, content)).createdCount;
    expect(
      await viaCompanies('AZIENDE', 'id_esterno;partita_iva;ragione_sociale;comune_istat\nAZ-1;01234567890;Alfa Servizi Soc. Coop.;037006'),
    ).toBe(1);
    const cf = (i: number) => people[i]!.codiceFiscale;
    // Hand count for ED-1 (14/09/2020–30/06/2021, window to 30/06/2022): Marta 2 (one permanent), Luca 1, Sara (dropped
    // out, still in the population) 1; Ahmed's is before the course he was not in: not counted. Paolo's CQC course
    // (2018, 36 months) counts his 2020 placement.
    const placements = [
      'id_esterno;codice_fiscale;partita_iva_azienda;tipo;contratto;data_inizio;data_fine;ore_settimanali',
      `P-1;${cf(0)};01234567890;stage;;01/03/2021;31/05/2021;30`,
      `P-2;${cf(0)};01234567890;assunzione;tempo indeterminato;01/07/2021;;38`,
      `P-3;${cf(1)};01234567890;assunzione;tempo determinato;01/09/2021;28/02/2022;30`,
      `P-4;${cf(2)};01234567890;tirocinio;;01/02/2021;31/07/2021;25`,
      `P-5;${cf(3)};01234567890;tirocinio;;01/02/2020;31/07/2020;25`,
      `P-6;${cf(5)};01234567890;assunzione;tempo determinato;01/03/2020;31/12/2020;40`,
    ].join('\n');
    expect(await viaCompanies('INSERIMENTI', placements)).toBe(6);
    await factories.drainEvents(t.stack);
    const kpis = async (key: string) => {
      const [ed] = await sql<{ entity_id: string }>(
        `select "entity_id" from training.import_record where "kind" = 'EDIZIONI' and "key" = ?`,
        [key],
      );
      const r = await t.graphql<{ courseEdition: { kpis: Record<string, number> } }>(
        'query($id: ID!) { courseEdition(id: $id) { kpis { population placements employed permanent placementRate employmentRate } } }',
        { token: staff, variables: { id: ed!.entity_id } },
      );
      expect(r.errors).toBeUndefined();
      return r.data!.courseEdition.kpis;
    };
    expect(await kpis('ED-1')).toEqual({
      population: 3,
      placements: 4,
      employed: 3,
      permanent: 1,
      placementRate: 133.3,
      employmentRate: 100,
    });
    expect(await kpis('ED-2')).toEqual({ population: 2, placements: 0, employed: 0, permanent: 0, placementRate: 0, employmentRate: 0 });
    expect(await kpis('ED-3')).toEqual({
      population: 1,
      placements: 1,
      employed: 1,
      permanent: 0,
      placementRate: 100,
      employmentRate: 100,
    });
  });
});

describe('history import: people imported by PERSONE', () => {
  it('a person the people import brought in is found by codice fiscale for an enrolment', async () => {
    const { IMPORT_LAYOUTS } = await import('@ixl/contracts');
    const layout = IMPORT_LAYOUTS.PERSONE;
    const persone = [layout.map((c) => c.header).join(';'), layout.map((c) => c.example).join(';')].join('\n');
    await historyImportClient(t.graphql, 'people', admin).importFile('PERSONE', 'persone.csv', persone);
    await factories.drainEvents(t.stack);
    const cf = layout.find((c) => c.header === 'codice_fiscale')!.example;
    batches.persone = await imports.importFile(
      'ISCRIZIONI',
      'iscrizioni-persone.csv',
      `${ISCRIZIONI_HEADER}\nISC-20;ED-2;${cf};;;completato;;;;`,
    );
    expect(batches.persone).toMatchObject({ createdCount: 1 });
    const [row] = await sql<{ participant_name: string; codice_fiscale: string }>(
      `select n."participant_name", n."codice_fiscale" from training.import_record r join training.enrolment n on n."id" = r."entity_id" where r."key" = 'ISC-20'`,
    );
    expect(row).toEqual({ participant_name: 'Mario R.', codice_fiscale: cf });
  });
});

describe('history import: undo', () => {
  it('undoes batches newest first, refuses while enrolments depend on the editions, and restores what a batch changed', async () => {
    await imports.undone(batches.persone!.id);
    expect(await undoRefusal(batches.iscrizioni!.id)).toMatchObject({ reason: 'IMPORT_UNDO_LATER_BATCH' });
    await imports.undone(batches.iscrizioniV2!.id);
    const outcomeOf = (key: string) =>
      sql(`select n."outcome" from training.import_record r join training.enrolment n on n."id" = r."entity_id" where r."key" = ?`, [key]);
    expect(await outcomeOf('ISC-5')).toEqual([{ outcome: 'IN_PROGRESS' }]);
    // The corrected editions file only updated a value: undone while enrolments exist; the first one created
    // the editions the enrolments are in: refused until those go.
    await imports.undone(batches.edizioniV2!.id);
    const seatsOf = (key: string) =>
      sql(`select e."seats" from training.import_record r join training.course_edition e on e."id" = r."entity_id" where r."key" = ?`, [
        key,
      ]);
    expect(await seatsOf('ED-1')).toEqual([{ seats: 4 }]);
    expect(await undoRefusal(batches.edizioni!.id)).toEqual({
      code: 'CONFLICT',
      reason: 'IMPORT_UNDO_DEPENDENTS',
      params: { count: 6, what: 'iscrizioni' },
    });
    const kpiEventsBefore = await count('outbox_event', `"type" = 'EditionKpisChanged'`);
    await imports.undone(batches.iscrizioni!.id);
    expect(await count('enrolment')).toBe(0);
    // The dashboards follow the undo: each edition's KPIs once more, with nobody left in it.
    const after = await sql<{ population: number }>(
      `select ("payload"->>'population')::int as "population" from training.outbox_event where "type" = 'EditionKpisChanged' order by "id" offset ?`,
      [kpiEventsBefore],
    );
    expect(after.map((e) => e.population)).toEqual([0, 0, 0]);
    await imports.undone(batches.edizioni!.id);
    expect(await count('course_edition')).toBe(1);
    await imports.undone(batches.enti!.id);
    expect(await sql(`select "name", "email" from training.training_body`)).toEqual([{ name: 'Ecipar', email: null }]);
    expect(await count('import_record')).toBe(0);
    expect((await imports.batch(batches.enti!.id)).status).toBe('UNDONE');
  });
});
