import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bootTestStack,
  historyImportClient,
  type HistoryImportBatchResult,
  type HistoryImportCheckResult,
  type HistoryImportClient,
  errorCodes,
  factories,
  type TestStack,
} from '@ixl/testkit';
import { readSpreadsheet, writeXlsx } from '@ixl/subgraph-kit';
import { buildCodiceFiscale } from '@ixl/territory';
import { IMPORT_LAYOUTS } from '@ixl/contracts';
import { HistoryImportService, runImportBatch } from '../src/services/history-import.service.js';
import { count, sql } from './factories.js';

/**
 * Issue 27: a seeded multi-year history (companies 2018–2021, sites, placements 2019–2021) imported from
 * CSV and XLSX through the gateway as ADMIN: bad rows reported with file, sheet, line, column and reason
 * and nothing written; corrected files imported in the background; re-imports change nothing; a corrected
 * row updates only itself; references by partita IVA, codice fiscale and old ids; the 2020 monitoring
 * figures equal the hand count of the file's 2020 rows; the events reach people; undo; resume.
 */

let t: TestStack;
let admin: string;
let imports: HistoryImportClient;
let staff: string;
const people: { id: string; codiceFiscale: string }[] = [];

const b64 = (content: string | Buffer) => Buffer.from(content).toString('base64');
const AZIENDE_HEADER = 'id_esterno;partita_iva;ragione_sociale;comune_istat;codice_ateco;associazione;ingresso_board;uscita_board';
const AZIENDE_GOOD = [
  AZIENDE_HEADER,
  'AZ-1;01234567890;Alfa Pulizie Soc. Coop.;037006;81.21;Legacoop;15/03/2018;',
  'AZ-2;02345678901;Beta Logistica S.r.l.;037006;52.10;Confindustria;2019-01-10;',
  'AZ-3;03456789012;"Gamma Ristorazione; mense";037020;;;;',
].join('\r\n');

const inserimenti = (cf: (i: number) => string, extra: string[] = [], tweak: (rows: string[]) => string[] = (r) => r) =>
  [
    'id_esterno;codice_fiscale;partita_iva_azienda;tipo;contratto;data_inizio;data_fine;ore_settimanali;id_esterno_precedente;seguito',
    ...tweak([
      `INS-1;${cf(0)};01234567890;stage;;01/03/2019;31/08/2019;30;;`,
      `INS-2;${cf(0)};01234567890;assunzione;tempo determinato;01/09/2019;29/02/2020;38;INS-1;trasformazione`,
      `INS-3;${cf(1)};02345678901;assunzione;tempo indeterminato;15/01/2020;;40;;`,
      `INS-4;${cf(2)};01234567890;tirocinio;;01/02/2020;31/07/2020;25;;`,
      `INS-5;${cf(2)};01234567890;tirocinio;;01/08/2020;31/10/2020;25;INS-4;rinnovo`,
      `INS-6;${cf(3)};03456789012;mini job;;10/06/2020;10/09/2020;15;;`,
      `INS-7;${cf(4)};;lavoro autonomo;;01/04/2021;;;;`,
      `INS-8;${cf(5)};02345678901;assunzione;a chiamata;2021-03-01;2021-06-30;;;`,
      `INS-9;${cf(1)};03456789012;stage;;01/11/2020;30/04/2021;20;;`,
    ]),
    ...extra,
  ].join('\n');

beforeAll(async () => {
  t = await bootTestStack();
  admin = await t.tokenFor('ADMIN');
  imports = historyImportClient(t.graphql, 'companies', admin);
  staff = await t.tokenFor('STAFF');
  // Six people registered on the platform; a staff profile update publishes their matching profile, with
  // the codice fiscale key the import resolves placements by (the real people code path).
  for (let i = 0; i < 6; i++) {
    const p = await factories.createBeneficiary(t.stack, {
      firstName: ['Marta', 'Luca', 'Sara', 'Ahmed', 'Ines', 'Paolo'][i],
      sex: i % 2 ? 'M' : 'F',
    });
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
  await factories.drainEvents(t.stack);
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

describe('history import: companies and sites', () => {
  it('reports every bad row of a file with file, line, column and reason, writes nothing, and refuses to import it', async () => {
    const before = await count(t, 'company');
    const bad = `${AZIENDE_GOOD}\r\nAZ-4;123;Delta;037006;;;;\r\nAZ-5;04567890123;Epsilon;999999;;;31/02/2019;\r\nAZ-6;02345678901;Beta doppia;037006;;;;`;
    const r = await imports.check('AZIENDE', 'aziende-2018.csv', bad);
    expect(r).toMatchObject({ kind: 'AZIENDE', format: 'CSV', sheet: null, totalRows: 6 });
    expect(r.errors.map((e) => [e.file, e.line, e.column, e.reasonCode, e.params])).toEqual([
      ['aziende-2018.csv', 5, 'partita_iva', 'VAT_NUMBER_FORMAT', {}],
      ['aziende-2018.csv', 6, 'ingresso_board', 'IMPORT_DATE_FORMAT', { value: '31/02/2019' }],
      ['aziende-2018.csv', 7, 'partita_iva', 'IMPORT_DUPLICATE_KEY', { key: '02345678901', firstLine: 3 }],
    ]);
    // The municipality is checked once the row's own formats are right.
    const muni = await imports.check('AZIENDE', 'a.csv', `${AZIENDE_HEADER}\nAZ-5;04567890123;Epsilon;999999;;;;`);
    expect(muni.errors.map((e) => [e.line, e.column, e.reasonCode])).toEqual([[2, 'comune_istat', 'UNKNOWN_MUNICIPALITY_CODE']]);
    const header = await imports.check('AZIENDE', 'a.csv', 'partita_iva;nome\n01234567890;Alfa');
    expect(header.errors.map((e) => [e.line, e.column, e.reasonCode])).toEqual([
      [1, 'ragione_sociale', 'IMPORT_MISSING_COLUMN'],
      [1, 'comune_istat', 'IMPORT_MISSING_COLUMN'],
      [1, 'nome', 'IMPORT_UNKNOWN_COLUMN'],
    ]);
    const quote = await imports.check('AZIENDE', 'a.csv', `${AZIENDE_HEADER}\nAZ-1;"01234567890;Alfa`);
    expect(quote.errors.map((e) => e.reasonCode)).toEqual(['ATTENDANCE_CSV_QUOTE_NOT_CLOSED']);
    const refused = await imports.start('AZIENDE', 'aziende-2018.csv', bad);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_HAS_ERRORS', params: { count: 3 } });
    expect(await count(t, 'company')).toBe(before);
    expect(await count(t, 'import_batch')).toBe(0);
  });

  it('is ADMIN only, and refuses a bad kind or content at the field', async () => {
    expect(errorCodes(await historyImportClient(t.graphql, 'companies', staff).checkResponse('AZIENDE', 'a.csv', AZIENDE_GOOD))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await historyImportClient(t.graphql, 'companies', staff).start('AZIENDE', 'a.csv', AZIENDE_GOOD))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await t.graphql('{ historyImportBatches { id } }', { token: staff }))).toEqual(['FORBIDDEN']);
    const bad64 = await t.graphql('mutation($i: HistoryImportFileInput!) { checkHistoryImport(input: $i) { kind } }', {
      token: admin,
      variables: { i: { kind: 'AZIENDE', fileName: 'a.csv', contentBase64: '@@@' } },
    });
    expect(bad64.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'contentBase64',
      reason: 'IMPORT_CONTENT_BASE64',
    });
    const noName = await imports.checkResponse('AZIENDE', ' ', AZIENDE_GOOD);
    expect(noName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileName' });
  });

  it('imports the corrected file in the background, remembers each row, and a re-import changes nothing', async () => {
    const first = await imports.importFile('AZIENDE', 'aziende-2018.csv', AZIENDE_GOOD);
    expect(first).toMatchObject({ totalRows: 3, processedRows: 3, createdCount: 3, updatedCount: 0, unchangedCount: 0, error: null });
    expect(first.createdBy).toBeTruthy();
    const gamma = await sql<{ id: string; name: string; municipality_code: string }>(
      t,
      `select "id", "name", "municipality_code" from "companies"."company" where "vat_number" = '03456789012'`,
    );
    expect(gamma[0]).toMatchObject({ name: 'Gamma Ristorazione; mense', municipality_code: '037020' });
    const src = await t.graphql<{ historyImportSource: { file: string; line: number; externalKey: string; batchId: string } }>(
      'query($id: ID!) { historyImportSource(entityId: $id) { file line externalKey batchId } }',
      { token: admin, variables: { id: gamma[0]!.id } },
    );
    expect(src.data?.historyImportSource).toEqual({ file: 'aziende-2018.csv', line: 4, externalKey: '03456789012', batchId: first.id });

    const again = await imports.check('AZIENDE', 'aziende-2018.csv', AZIENDE_GOOD);
    expect(again).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 3, errors: [] });
    const re = await imports.importFile('AZIENDE', 'aziende-2018.csv', AZIENDE_GOOD);
    expect(re).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 3 });
    expect(await count(t, 'company')).toBe(3);

    const corrected = AZIENDE_GOOD.replace(
      'Beta Logistica S.r.l.;037006;52.10;Confindustria;2019-01-10;',
      'Beta Logistica S.r.l.;037006;52.10;Confindustria;2019-01-10;31/12/2021',
    );
    const fix = await imports.importFile('AZIENDE', 'aziende-2018-corretto.csv', corrected);
    expect(fix).toMatchObject({ createdCount: 0, updatedCount: 1, unchangedCount: 2 });
    const [beta] = await sql<{ board_left_on: string }>(
      t,
      `select to_char("board_left_on", 'YYYY-MM-DD') as "board_left_on" from "companies"."company" where "vat_number" = '02345678901'`,
    );
    expect(beta?.board_left_on).toBe('2021-12-31');
  });

  it('reads sites from XLSX, with the sheet and line of each bad row, and finds the company by partita IVA', async () => {
    const header = IMPORT_LAYOUTS.SEDI.map((c) => c.header);
    const bad = await writeXlsx('Sedi 2019', header, [
      ['SD-1', '01234567890', 'Magazzino Roveri', '037006', 'Via Scandinavia 11'],
      ['SD-2', '09999999999', 'Sede sconosciuta', '037006', ''],
      ['SD-3', '02345678901', '', '037006', ''],
      ['SD-4', '01234567890', 'magazzino roveri', '037006', ''],
    ]);
    const r = await imports.check('SEDI', 'sedi.xlsx', bad);
    expect(r).toMatchObject({ format: 'XLSX', sheet: 'Sedi 2019', totalRows: 4 });
    expect(r.errors.map((e) => [e.sheet, e.line, e.column, e.reasonCode])).toEqual([
      ['Sedi 2019', 3, 'partita_iva_azienda', 'IMPORT_COMPANY_NOT_FOUND'],
      ['Sedi 2019', 4, 'nome', 'IMPORT_REQUIRED'],
      ['Sedi 2019', 5, 'nome', 'IMPORT_SITE_NAME_TAKEN'],
    ]);
    const good = await writeXlsx('Sedi 2019', header, [
      ['SD-1', '01234567890', 'Magazzino Roveri', '037006', 'Via Scandinavia 11'],
      ['SD-3', '02345678901', 'Deposito Imola', '037020', ''],
    ]);
    expect(await imports.importFile('SEDI', 'sedi.xlsx', good)).toMatchObject({ createdCount: 2 });
    const sites = await sql<{ name: string; vat: string }>(
      t,
      `select s."name", c."vat_number" as "vat" from "companies"."company_site" s join "companies"."company" c on c."id" = s."company_id" order by s."name"`,
    );
    expect(sites).toEqual([
      { name: 'Deposito Imola', vat: '02345678901' },
      { name: 'Magazzino Roveri', vat: '01234567890' },
    ]);
  });
});

describe('history import: placements', () => {
  const cf = (i: number) => people[i]!.codiceFiscale;

  it('reports unknown people, companies, previous placements and rule breaks by line and column', async () => {
    const stranger = buildCodiceFiscale({ surname: 'Nessuno', name: 'Mario', birthDate: '1980-01-01', sex: 'M', birthPlaceCode: 'A944' });
    const bad = inserimenti(
      cf,
      [
        `INS-10;${stranger};01234567890;stage;;01/03/2020;31/05/2020;;;`,
        `INS-11;${cf(3)};09999999999;stage;;01/03/2020;31/05/2020;;;`,
        `INS-12;${cf(3)};01234567890;stage;;2020-13-01;;;;`,
        `INS-3;${cf(3)};01234567890;stage;;01/03/2020;;;;`,
        `INS-13;${cf(3)};01234567890;apprendistato;;01/03/2020;;;;`,
        `INS-14;${cf(3)};01234567890;tirocinio;;01/03/2020;;;INS-99;rinnovo`,
        `INS-15;NONVALIDO;01234567890;stage;;01/03/2020;;;;`,
      ],
      (rows) => rows.map((r) => (r.startsWith('INS-6;') ? r.replace(';15;;', ';25;;') : r)),
    );
    const r = await imports.check('INSERIMENTI', 'inserimenti-2019-2021.csv', bad);
    expect(r.totalRows).toBe(16);
    expect(r.errors.map((e) => [e.line, e.column, e.reasonCode, e.params])).toEqual([
      [7, 'ore_settimanali', 'MINI_JOB_HOURS', {}],
      [11, 'codice_fiscale', 'IMPORT_PERSON_NOT_FOUND', {}],
      [12, 'partita_iva_azienda', 'IMPORT_COMPANY_NOT_FOUND', { vatNumber: '09999999999' }],
      [13, 'data_inizio', 'IMPORT_DATE_FORMAT', { value: '2020-13-01' }],
      [14, 'id_esterno', 'IMPORT_DUPLICATE_KEY', { key: 'INS-3', firstLine: 4 }],
      [15, 'tipo', 'IMPORT_CODE_UNKNOWN', { value: 'apprendistato', allowed: 'assunzione, stage, tirocinio, mini job, lavoro autonomo' }],
      [16, 'id_esterno_precedente', 'IMPORT_PREVIOUS_NOT_FOUND', { externalId: 'INS-99' }],
      [17, 'codice_fiscale', 'IMPORT_CF_FORMAT', {}],
    ]);
    expect(r.errors[0]?.reason).toBe('A mini job must be under 20 hours a week');
    expect(await count(t, 'placement')).toBe(0);
  });

  it('imports the corrected file: placements linked to people, companies and the placements they follow, with their events', async () => {
    const mailBefore = await t.stack.subgraphs.people.orm.em
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from people.mail_outbox`);
    const b = await imports.importFile('INSERIMENTI', 'inserimenti-2019-2021.csv', inserimenti(cf));
    expect(b).toMatchObject({ totalRows: 9, createdCount: 9 });
    const rows = await sql<{
      key: string;
      beneficiary_id: string;
      vat: string | null;
      type: string;
      prev: string | null;
      follow_up: string | null;
      line: number;
    }>(
      t,
      `select r."key", p."beneficiary_id", c."vat_number" as "vat", p."type", pr."key" as "prev", p."follow_up", r."source_line" as "line"
       from "companies"."import_record" r join "companies"."placement" p on p."id" = r."entity_id"
       left join "companies"."company" c on c."id" = p."company_id"
       left join "companies"."import_record" pr on pr."kind" = 'INSERIMENTI' and pr."entity_id" = p."previous_placement_id"
       where r."kind" = 'INSERIMENTI' order by r."source_line"`,
    );
    expect(
      rows.map((r) => [r.key, r.line, people.findIndex((p) => p.id === r.beneficiary_id), r.vat, r.type, r.prev, r.follow_up]),
    ).toEqual([
      ['INS-1', 2, 0, '01234567890', 'STAGE', null, null],
      ['INS-2', 3, 0, '01234567890', 'ASSUNZIONE', 'INS-1', 'CONVERSION'],
      ['INS-3', 4, 1, '02345678901', 'ASSUNZIONE', null, null],
      ['INS-4', 5, 2, '01234567890', 'TIROCINIO', null, null],
      ['INS-5', 6, 2, '01234567890', 'TIROCINIO', 'INS-4', 'RENEWAL'],
      ['INS-6', 7, 3, '03456789012', 'MINI_JOB', null, null],
      ['INS-7', 8, 4, null, 'LAVORO_AUTONOMO', null, null],
      ['INS-8', 9, 5, '02345678901', 'ASSUNZIONE', null, null],
      ['INS-9', 10, 1, '03456789012', 'STAGE', null, null],
    ]);
    // The same event as a live placement, marked as imported.
    const events = await sql<{ payload: { imported?: boolean } }>(
      t,
      `select "payload" from "companies"."outbox_event" where "type" = 'PlacementRecorded'`,
    );
    expect(events).toHaveLength(9);
    expect(events.every((e) => e.payload.imported === true)).toBe(true);
    await factories.drainEvents(t.stack);
    const statuses = await t.stack.subgraphs.people.orm.em
      .getConnection()
      .execute<{ status: string }[]>(`select "status" from people.beneficiary where "id" = any(?::uuid[])`, [
        `{${people.map((p) => p.id).join(',')}}`,
      ]);
    expect(statuses.map((s) => s.status)).toEqual(Array(6).fill('PLACED'));
    const mailAfter = await t.stack.subgraphs.people.orm.em
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from people.mail_outbox`);
    expect(mailAfter[0]?.n).toBe(mailBefore[0]?.n);
  });

  it("gives the monitoring of an imported year the hand count of that year's rows", async () => {
    // Hand count of inserimenti-2019-2021.csv, rows starting in 2020: INS-3 (assunzione, Luca), INS-4 and INS-5
    // (tirocinio, Sara), INS-6 (mini job, Ahmed), INS-9 (stage, Luca): 5 placements of 3 persons.
    const r = await t.graphql<{
      companiesPlacementReport: {
        placements: number;
        personsPlaced: number;
        byType: { key: string; placements: number; persons: number }[];
        companyRanking: { companyName: string; placements: number }[];
      };
    }>(
      `{ companiesPlacementReport(from: "2020-01-01", to: "2020-12-31") { placements personsPlaced byType { key placements persons } companyRanking { companyName placements } } }`,
      { token: staff },
    );
    expect(r.errors).toBeUndefined();
    const rep = r.data!.companiesPlacementReport;
    expect(rep.placements).toBe(5);
    expect(rep.personsPlaced).toBe(3);
    expect(Object.fromEntries(rep.byType.map((x) => [x.key, [x.placements, x.persons]]))).toEqual({
      ASSUNZIONE: [1, 1],
      TIROCINIO: [2, 1],
      MINI_JOB: [1, 1],
      STAGE: [1, 1],
    });
    expect(rep.companyRanking.map((c) => [c.companyName, c.placements])).toEqual([
      ['Alfa Pulizie Soc. Coop.', 2],
      ['Gamma Ristorazione; mense', 2],
      ['Beta Logistica S.r.l.', 1],
    ]);
  });

  it('changes nothing on a re-import, updates only a corrected row, and refuses a change of who, where, what or when', async () => {
    const events = async () => (await sql<{ n: string }>(t, `select count(*) as n from "companies"."outbox_event"`))[0]?.n;
    const before = await events();
    const same = await imports.importFile('INSERIMENTI', 'inserimenti-2019-2021.csv', inserimenti(cf));
    expect(same).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 9 });
    expect(await events()).toBe(before);
    const longer = inserimenti(cf, [], (rows) => rows.map((r) => (r.startsWith('INS-8;') ? r.replace('2021-06-30', '2021-07-31') : r)));
    expect(await imports.importFile('INSERIMENTI', 'inserimenti-corretto.csv', longer)).toMatchObject({
      createdCount: 0,
      updatedCount: 1,
      unchangedCount: 8,
    });
    const [ins8] = await sql<{ end_date: string; file: string; line: number }>(
      t,
      `select to_char(p."end_date", 'YYYY-MM-DD') as "end_date", r."source_file" as "file", r."source_line" as "line" from "companies"."import_record" r
       join "companies"."placement" p on p."id" = r."entity_id" where r."kind" = 'INSERIMENTI' and r."key" = 'INS-8'`,
    );
    expect(ins8).toEqual({ end_date: '2021-07-31', file: 'inserimenti-corretto.csv', line: 9 });
    const moved = inserimenti(cf, [], (rows) => rows.map((r) => (r.startsWith('INS-3;') ? r.replace('15/01/2020', '16/01/2020') : r)));
    const r = await imports.check('INSERIMENTI', 'x.csv', moved);
    expect(r.errors.map((e) => [e.line, e.column, e.reasonCode])).toEqual([[4, 'data_inizio', 'IMPORT_PLACEMENT_IDENTITY_CHANGED']]);
    expect(await count(t, 'placement')).toBe(9);
  });
});

describe('history import: undo and resume', () => {
  it('undoes a batch nothing depends on, and refuses one that others depend on or whose placements went out', async () => {
    const batches = await t.graphql<{ historyImportBatches: { id: string; kind: string; createdCount: number }[] }>(
      '{ historyImportBatches(limit: 50) { id kind createdCount } }',
      { token: admin },
    );
    const firstAziende = batches.data!.historyImportBatches.filter((b) => b.kind === 'AZIENDE' && b.createdCount === 3)[0]!;
    const firstPlacements = batches.data!.historyImportBatches.filter((b) => b.kind === 'INSERIMENTI' && b.createdCount === 9)[0]!;
    const later = await imports.undo(firstAziende.id);
    expect(later.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_UNDO_LATER_BATCH' });
    const placements = await imports.undo(firstPlacements.id);
    expect(placements.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_UNDO_PLACEMENTS' });
    expect(errorCodes(await historyImportClient(t.graphql, 'companies', staff).undo(firstAziende.id))).toEqual(['FORBIDDEN']);

    // A new company and a changed one, then undone: the new one is gone with its mapping, the changed one has its values back.
    const delta = `${AZIENDE_HEADER}\nAZ-7;05678901234;Delta Servizi;037006;;;;\nAZ-2;02345678901;Beta Logistica (nuovo nome);037006;52.10;Confindustria;2019-01-10;31/12/2021`;
    const b = await imports.importFile('AZIENDE', 'delta.csv', delta);
    expect(b).toMatchObject({ createdCount: 1, updatedCount: 1 });
    expect((await imports.undone(b.id)).status).toBe('UNDONE');
    expect(await sql(t, `select 1 from "companies"."company" where "vat_number" = '05678901234'`)).toHaveLength(0);
    expect(await sql(t, `select 1 from "companies"."import_record" where "key" = '05678901234'`)).toHaveLength(0);
    const [beta] = await sql<{ name: string }>(t, `select "name" from "companies"."company" where "vat_number" = '02345678901'`);
    expect(beta?.name).toBe('Beta Logistica S.r.l.');
    // An undone batch stays undone.
    const again = await imports.undo(b.id);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_UNDO_NOT_FINISHED' });
  });

  it('resumes a batch whose process stopped between chunks, writing each row once', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => `R-${i};1${String(i).padStart(10, '0')};Ditta ${i};037006;;;;`);
    const file = `${AZIENDE_HEADER}\n${rows.join('\n')}`;
    const em = t.stack.subgraphs.companies.orm.em.fork();
    const caller = { role: 'ADMIN' as const, userId: null };
    const queued = await new HistoryImportService(em).start(caller as never, {
      kind: 'AZIENDE',
      fileName: 'ditte.csv',
      contentBase64: b64(file),
    });
    // A worker writes two chunks of three rows, then its process "dies" (lease left behind).
    await runImportBatch(em.fork(), queued.id, { chunkRows: 3, maxChunks: 2 });
    const [mid] = await sql<{ status: string; processed_rows: number }>(
      t,
      `select "status", "processed_rows" from "companies"."import_batch" where "id" = ?`,
      [queued.id],
    );
    expect(mid).toEqual({ status: 'RUNNING', processed_rows: 6 });
    // Another worker cannot take it while the lease runs; once it has expired the resume job does.
    expect(await runImportBatch(em.fork(), queued.id)).toBe(false);
    await sql(t, `update "companies"."import_batch" set "heartbeat_at" = now() - interval '10 minutes' where "id" = ?`, [queued.id]);
    await t.stack.subgraphs.companies.jobs.runNow('resume-history-imports');
    const done = await imports.finished(queued.id);
    expect(done).toMatchObject({ status: 'DONE', processedRows: 10, createdCount: 10 });
    expect(await sql(t, `select 1 from "companies"."company" where "name" like 'Ditta %'`)).toHaveLength(10);
    expect(await sql(t, `select 1 from "companies"."import_row" where "batch_id" = ?`, [queued.id])).toHaveLength(0);
  });

  it('resumes a batch after a chunk failed for a passing reason, and reports one the database refuses with its line, in the list too', async () => {
    const em = t.stack.subgraphs.companies.orm.em.fork();
    const caller = { role: 'ADMIN' as const, userId: null };
    const companies = (n: number, prefix: string, vat: (i: number) => string) =>
      `${AZIENDE_HEADER}\n${Array.from({ length: n }, (_, i) => `${prefix}-${i};${vat(i)};${prefix} ${i};037006;;;;`).join('\n')}`;
    const start = (fileName: string, content: string) =>
      new HistoryImportService(em.fork()).start(caller as never, { kind: 'AZIENDE', fileName, contentBase64: b64(content) });

    // The second chunk fails (the table is away: not a rule, not the data), so the batch stays RUNNING with
    // its first chunk committed; once the table is back and the lease has run out, the resume job finishes it.
    const passing = await start(
      'chunk-passing.csv',
      companies(9, 'Passa', (i) => `2${String(i).padStart(10, '0')}`),
    );
    await runImportBatch(em.fork(), passing.id, { chunkRows: 4, maxChunks: 1 });
    await sql(t, 'alter table "companies"."company" rename to "company_away"');
    try {
      await sql(t, `update "companies"."import_batch" set "heartbeat_at" = now() - interval '10 minutes' where "id" = ?`, [passing.id]);
      expect(await runImportBatch(em.fork(), passing.id, { chunkRows: 4 })).toBe(false);
    } finally {
      await sql(t, 'alter table "companies"."company_away" rename to "company"');
    }
    const [mid] = await sql<{ status: string; processed_rows: number; error_code: string | null }>(
      t,
      `select "status", "processed_rows", "error_code" from "companies"."import_batch" where "id" = ?`,
      [passing.id],
    );
    expect(mid).toEqual({ status: 'RUNNING', processed_rows: 4, error_code: null });
    await sql(t, `update "companies"."import_batch" set "heartbeat_at" = now() - interval '10 minutes' where "id" = ?`, [passing.id]);
    await t.stack.subgraphs.companies.jobs.runNow('resume-history-imports');
    expect(await imports.finished(passing.id)).toMatchObject({ status: 'DONE', processedRows: 9, createdCount: 9, error: null });
    expect(await sql(t, `select 1 from "companies"."company" where "name" like 'Passa %'`)).toHaveLength(9);

    // A company with the partita IVA of line 7 is recorded after the check: that chunk is refused for good.
    // The batch is FAILED at line 7 with a registry reason (no worker id, no SQL text in the API), the chunk
    // before it stays imported, the failing chunk left nothing behind.
    const refused = await start(
      'chunk-refused.csv',
      companies(8, 'Rifiuta', (i) => `3${String(i).padStart(10, '0')}`),
    );
    await sql(
      t,
      `insert into "companies"."company" ("id", "name", "vat_number", "municipality_code") values (gen_random_uuid(), 'Arrivata prima', '30000000005', '037006')`,
    );
    await runImportBatch(em.fork(), refused.id, { chunkRows: 3 });
    const r = await t.graphql<{
      historyImportBatch: HistoryImportBatchResult & { errorCode: string; errorLine: number; errorParams: Record<string, unknown> };
    }>('query($id: ID!) { historyImportBatch(id: $id) { status processedRows createdCount error errorCode errorLine errorParams } }', {
      token: admin,
      variables: { id: refused.id },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.historyImportBatch).toMatchObject({
      status: 'FAILED',
      processedRows: 3,
      createdCount: 3,
      errorCode: 'IMPORT_ROW_REJECTED',
      errorLine: 7,
      errorParams: { sqlState: '23505', constraint: 'company_vat_number_unique' },
    });
    expect(r.data!.historyImportBatch.error).toMatch(/^The database refused a row .* \(line 7\)$/);
    expect(await sql(t, `select 1 from "companies"."company" where "name" like 'Rifiuta %'`)).toHaveLength(3);
    // The list answers with the instants as ISO 8601 UTC (what the portal shows in Europe/Rome).
    const list = await t.graphql<{
      historyImportBatches: { id: string; createdAt: string; finishedAt: string | null; error: string | null }[];
    }>('{ historyImportBatches(limit: 100) { id createdAt finishedAt error } }', { token: admin });
    expect(list.errors).toBeUndefined();
    const listed = list.data!.historyImportBatches.find((b) => b.id === refused.id)!;
    expect(listed.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Math.abs(Date.parse(listed.createdAt) - Date.now())).toBeLessThan(120_000);
    expect(Date.parse(listed.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(listed.createdAt));
    expect(list.data!.historyImportBatches.every((b) => !/worker|SQLSTATE 2/.test(b.error ?? ''))).toBe(true);
  });

  it('serves the templates (CSV and XLSX) to ADMIN through the gateway, with the layout as header', async () => {
    const origin = new URL(t.url).origin;
    const xlsx = await fetch(`${origin}/files/companies/import-templates/INSERIMENTI.xlsx`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(xlsx.status).toBe(200);
    const read = await readSpreadsheet(new Uint8Array(await xlsx.arrayBuffer()));
    expect(read.ok && read.header).toEqual(IMPORT_LAYOUTS.INSERIMENTI.map((c) => c.header));
    const csv = await fetch(`${origin}/files/companies/import-templates/AZIENDE.csv`, { headers: { authorization: `Bearer ${admin}` } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf-8').split('\r\n')[0]).toBe(AZIENDE_HEADER);
    const denied = await fetch(`${origin}/files/companies/import-templates/AZIENDE.csv`, { headers: { authorization: `Bearer ${staff}` } });
    expect(denied.status).toBe(403);
    // Large files go as raw bytes: the same check, and the same refusal to other roles, with the reason.
    const upload = (token: string) =>
      fetch(`${origin}/files/companies/history-imports/check?kind=AZIENDE`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-file-name': encodeURIComponent('aziende grandi.csv') },
        body: `${AZIENDE_HEADER}\nAZ-9;123;Zeta;037006;;;;`,
      });
    const checked = await upload(admin);
    expect(checked.status).toBe(200);
    const body = (await checked.json()) as HistoryImportCheckResult;
    expect(body.errors.map((e) => [e.file, e.line, e.column, e.reasonCode])).toEqual([
      ['aziende grandi.csv', 2, 'partita_iva', 'VAT_NUMBER_FORMAT'],
    ]);
    const refused = await upload(staff);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { errors: { extensions: unknown }[] }).errors[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_ALLOWED',
    });
  });
});
