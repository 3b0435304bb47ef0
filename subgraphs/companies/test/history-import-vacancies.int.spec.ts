import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, historyImportClient, type HistoryImportClient, type TestStack } from '@ixl/testkit';
import { IMPORT_LAYOUTS } from '@ixl/contracts';
import { readSpreadsheet, writeXlsx } from '@ixl/subgraph-kit';
import { count, matchingProfile, outbox, seedProfiles, sql } from './factories.js';

/**
 * Issue 27, OFFERTE: the vacancies of the old system, after AZIENDE and SEDI; companies by partita IVA or by
 * the old id, the workplace from the site, skills as the programme's vocabulary codes. Checked (bad rows with
 * line, column and reason; nothing written), imported with the events of a live vacancy (marked imported),
 * re-imported (nothing changes), corrected (only the changed vacancy, VacancyChanged), undone (refused while
 * a candidate or a later batch depends on it); the matching ranks people for an imported vacancy.
 */

let t: TestStack;
let admin: string;
let imports: HistoryImportClient;
let staff: string;

const header = (kind: 'AZIENDE' | 'SEDI' | 'OFFERTE') => IMPORT_LAYOUTS[kind].map((c) => c.header).join(';');
const AZIENDE = [
  header('AZIENDE'),
  'AZ-1;01234567890;Alfa Pulizie Soc. Coop.;037006;81.21;Legacoop;15/03/2018;',
  'AZ-2;02345678901;Beta Servizi S.r.l.;037006;;;;',
].join('\n');
const SEDI = [header('SEDI'), 'SD-1;01234567890;Magazzino Castel San Pietro;037020;Via Emilia 1'].join('\n');
// id_esterno;partita_iva_azienda;id_esterno_azienda;sede;comune_istat;titolo;contratto;ore_settimanali;posti;
// competenze_richieste;competenze_gradite;livello_italiano;data_pubblicazione;data_inizio;stato
const OFF = {
  cleaning2019: `OFF-1;01234567890;;;037006;Addetto/a alle pulizie;tempo determinato;30;2;"pulizia-industriale, detergenti";lavasciuga;B1;10/01/2019;01/02/2019;coperta`,
  warehouse2020: `OFF-2;;AZ-1;SD-1;;Magazziniere;tempo indeterminato;40;1;magazzino, carrelli-elevatori;;;05/03/2020;;chiusa`,
  offices2021: `OFF-3;02345678901;AZ-2;;037006;Operatore pulizie uffici;a chiamata;20;3;"pulizia-industriale, detergenti";;A2;01/09/2021;;aperta`,
};
const OFFERTE = [header('OFFERTE'), ...Object.values(OFF)].join('\n');

const cleaner = matchingProfile({
  firstName: 'Amina',
  skills: ['pulizia industriale', 'uso di detergenti professionali'],
  italianLevel: 'B2',
  availableHoursPerWeek: 30,
});
const partial = matchingProfile({ firstName: 'Luca', skills: ['pulizia industriale'], availableHoursPerWeek: 30 });
const warehouse = matchingProfile({ firstName: 'Paolo', skills: ['magazzino'], availableHoursPerWeek: 30 });

let aziendeBatch = '';
let offerteBatch = '';
let offerteFix = '';
const vacancyOf = async (externalId: string) =>
  (
    await sql<{ entity_id: string }>(t, `select "entity_id" from "companies"."import_record" where "kind" = 'OFFERTE' and "key" = ?`, [
      externalId,
    ])
  )[0]?.entity_id ?? '';

beforeAll(async () => {
  t = await bootTestStack();
  admin = await t.tokenFor('ADMIN');
  imports = historyImportClient(t.graphql, 'companies', admin);
  staff = await t.tokenFor('STAFF');
  aziendeBatch = (await imports.importFile('AZIENDE', 'aziende.csv', AZIENDE)).id;
  await imports.importFile('SEDI', 'sedi.csv', SEDI);
  await seedProfiles(t, [cleaner, partial, warehouse]);
}, 180_000);
afterAll(async () => {
  await t?.stop();
});

describe('history import: OFFERTE (companies)', () => {
  it('reports every bad row with line, column and reason, and writes nothing', async () => {
    const before = await count(t, 'vacancy');
    const bad = [
      header('OFFERTE'),
      OFF.cleaning2019,
      `OFF-4;09999999999;;;037006;Cuoco;;;1;;;;10/01/2019;;aperta`,
      `OFF-5;;AZ-99;;037006;Cuoco;;;1;;;;10/01/2019;;aperta`,
      `OFF-6;01234567890;AZ-2;;037006;Cuoco;;;1;;;;10/01/2019;;aperta`,
      `OFF-7;02345678901;;SD-1;;Cuoco;;;1;;;;10/01/2019;;aperta`,
      `OFF-8;01234567890;;SD-1;037006;Cuoco;;;1;;;;10/01/2019;;aperta`,
      `OFF-9;01234567890;;;037006;Saldatore;;;1;saldatura-laser;;;10/01/2019;;aperta`,
      `OFF-10;01234567890;;;037006;Cuoco;;;0;;;;10/01/2019;;sospesa`,
      `OFF-11;01234567890;;;037006;Cuoco;;;1;;;;10/01/2019;05/01/2019;aperta`,
      `OFF-12;;;;037006;Cuoco;;;1;;;;10/01/2019;;aperta`,
      OFF.cleaning2019.replace('Addetto/a alle pulizie', 'Doppione'),
    ].join('\n');
    const r = await imports.check('OFFERTE', 'offerte.csv', bad);
    expect(r).toMatchObject({ kind: 'OFFERTE', totalRows: 11 });
    expect(r.errors.map((e) => [e.file, e.line, e.column, e.reasonCode])).toEqual([
      ['offerte.csv', 3, 'partita_iva_azienda', 'IMPORT_COMPANY_NOT_FOUND'],
      ['offerte.csv', 4, 'id_esterno_azienda', 'IMPORT_COMPANY_EXTERNAL_NOT_FOUND'],
      ['offerte.csv', 5, 'id_esterno_azienda', 'IMPORT_COMPANY_REF_MISMATCH'],
      ['offerte.csv', 6, 'sede', 'IMPORT_SITE_NOT_FOUND'],
      ['offerte.csv', 7, 'comune_istat', 'IMPORT_SITE_MUNICIPALITY_MISMATCH'],
      ['offerte.csv', 8, 'competenze_richieste', 'IMPORT_SKILL_UNKNOWN'],
      ['offerte.csv', 9, 'posti', 'WHOLE_NUMBER_RANGE'],
      ['offerte.csv', 9, 'stato', 'IMPORT_CODE_UNKNOWN'],
      ['offerte.csv', 10, 'data_inizio', 'IMPORT_VACANCY_DATE_ORDER'],
      ['offerte.csv', 11, 'partita_iva_azienda', 'IMPORT_COMPANY_REF_REQUIRED'],
      ['offerte.csv', 12, 'id_esterno', 'IMPORT_DUPLICATE_KEY'],
    ]);
    expect(r.errors.find((e) => e.line === 7)?.params).toEqual({ externalId: 'SD-1', municipalityCode: '037020' });
    expect(r.errors.find((e) => e.line === 8)?.params).toEqual({ value: 'saldatura-laser' });
    const refused = await imports.start('OFFERTE', 'offerte.csv', bad);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_HAS_ERRORS', params: { count: 11 } });
    expect(await count(t, 'vacancy')).toBe(before);
    expect(await sql(t, `select 1 from "companies"."import_batch" where "kind" = 'OFFERTE'`)).toHaveLength(0);
  });

  it('offers its templates (CSV and XLSX) with the documented header, and reads an XLSX file with the sheet in its errors', async () => {
    const xlsx = await fetch(`${new URL(t.url).origin}/files/companies/import-templates/OFFERTE.xlsx`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(xlsx.status).toBe(200);
    const read = await readSpreadsheet(new Uint8Array(await xlsx.arrayBuffer()));
    expect(read.ok && read.header).toEqual(IMPORT_LAYOUTS.OFFERTE.map((c) => c.header));
    const book = await writeXlsx('Offerte 2019', header('OFFERTE').split(';'), [
      [
        'OFF-30',
        '01234567890',
        '',
        '',
        '037006',
        'Lavapiatti',
        '',
        '',
        '1',
        'lavaggio-stoviglie-inesistente',
        '',
        '',
        '10/01/2019',
        '',
        'aperta',
      ],
    ]);
    const r = await imports.check('OFFERTE', 'offerte.xlsx', book);
    expect(r.format).toBe('XLSX');
    expect(r.errors.map(({ sheet, line, column, reasonCode }) => ({ sheet, line, column, reasonCode }))).toEqual([
      { sheet: 'Offerte 2019', line: 2, column: 'competenze_richieste', reasonCode: 'IMPORT_SKILL_UNKNOWN' },
    ]);

    const template = await fetch(`${new URL(t.url).origin}/files/companies/import-templates/OFFERTE.csv`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(template.status).toBe(200);
    expect(
      Buffer.from(await template.arrayBuffer())
        .subarray(3)
        .toString('utf-8')
        .split('\r\n')[0],
    ).toBe(header('OFFERTE'));
  });

  it('imports the vacancies with the events of a live one, and the matching ranks people for an imported vacancy', async () => {
    expect(await imports.check('OFFERTE', 'offerte.csv', OFFERTE)).toMatchObject({ toCreate: 3, toUpdate: 0, errors: [] });
    const b = await imports.importFile('OFFERTE', 'offerte.csv', OFFERTE);
    offerteBatch = b.id;
    expect(b).toMatchObject({ kind: 'OFFERTE', createdCount: 3 });
    const rows = await sql<{
      key: string;
      company: string;
      municipality_code: string;
      status: string;
      openings: number;
      contract_type: string;
      required_skills: string[];
      required_concepts: string[];
      nice_concepts: string[];
      posted: string;
      source_line: number;
    }>(
      t,
      `select r."key", c."name" as "company", v."municipality_code", v."status", v."openings", v."contract_type", v."required_skills", v."required_concepts",
              v."nice_concepts", to_char(v."created_at" at time zone 'Europe/Rome', 'YYYY-MM-DD') as "posted", r."source_line"
         from "companies"."import_record" r join "companies"."vacancy" v on v."id" = r."entity_id" join "companies"."company" c on c."id" = v."company_id"
        where r."kind" = 'OFFERTE' order by r."key"`,
    );
    expect(
      rows.map((r) => [r.key, r.company, r.municipality_code, r.status, r.openings, r.contract_type, r.posted, r.source_line]),
    ).toEqual([
      ['OFF-1', 'Alfa Pulizie Soc. Coop.', '037006', 'FILLED', 2, 'TEMPO_DETERMINATO', '2019-01-10', 2],
      ['OFF-2', 'Alfa Pulizie Soc. Coop.', '037020', 'CLOSED', 1, 'TEMPO_INDETERMINATO', '2020-03-05', 3],
      ['OFF-3', 'Beta Servizi S.r.l.', '037006', 'OPEN', 3, 'A_CHIAMATA', '2021-09-01', 4],
    ]);
    expect(rows[0]).toMatchObject({
      required_skills: ['pulizia industriale', 'uso di detergenti professionali'],
      required_concepts: ['pulizia-industriale', 'detergenti'],
      nice_concepts: ['lavasciuga'],
    });
    const posted = (await outbox(t, 'VacancyPosted')).filter((e) => e.payload.imported === true);
    expect(posted.map((e) => [e.payload.title, e.payload.status])).toEqual([
      ['Addetto/a alle pulizie', 'FILLED'],
      ['Magazziniere', 'CLOSED'],
      ['Operatore pulizie uffici', 'OPEN'],
    ]);
    // The offer alerts skip imported vacancies: subgraphs/people/test/history-import-interviews.int.spec.ts.
    // The matching ranks for the imported open vacancy as for a live one: by hand, Amina has both required
    // skills, Luca one of two, Paolo none.
    const offices = await vacancyOf('OFF-3');
    const m = await t.graphql<{
      matchCandidates: { firstName: string; explanation: { matchedSkills: string[]; missingSkills: string[] } }[];
    }>(`query($v: ID!) { matchCandidates(vacancyId: $v, limit: 10) { firstName explanation { matchedSkills missingSkills } } }`, {
      token: staff,
      variables: { v: offices },
    });
    expect(m.errors).toBeUndefined();
    const list = m.data!.matchCandidates;
    expect(list[0]).toMatchObject({
      firstName: 'Amina',
      explanation: { matchedSkills: ['pulizia industriale', 'uso di detergenti professionali'], missingSkills: [] },
    });
    expect(list.find((c) => c.firstName === 'Luca')?.explanation.missingSkills).toEqual(['uso di detergenti professionali']);
    expect(list.map((c) => c.firstName)).not.toContain('Paolo');
  });

  it('changes nothing on a re-import and updates only the corrected vacancy', async () => {
    const before = (await outbox(t, 'VacancyPosted')).length + (await outbox(t, 'VacancyChanged')).length;
    expect(await imports.importFile('OFFERTE', 'offerte.csv', OFFERTE)).toMatchObject({
      createdCount: 0,
      updatedCount: 0,
      unchangedCount: 3,
    });
    expect((await outbox(t, 'VacancyPosted')).length + (await outbox(t, 'VacancyChanged')).length).toBe(before);

    const corrected = OFFERTE.replace(OFF.offices2021, OFF.offices2021.replace('a chiamata;20;3;', 'a chiamata;20;4;'));
    expect(await imports.check('OFFERTE', 'offerte-corrette.csv', corrected)).toMatchObject({ toCreate: 0, toUpdate: 1, unchanged: 2 });
    const fix = await imports.importFile('OFFERTE', 'offerte-corrette.csv', corrected);
    offerteFix = fix.id;
    expect(fix).toMatchObject({ createdCount: 0, updatedCount: 1, unchangedCount: 2 });
    const changed = await outbox(t, 'VacancyChanged');
    expect(changed.at(-1)?.payload).toMatchObject({ openings: 4, status: 'OPEN', previousStatus: 'OPEN', changedFields: ['openings'] });
    const [src] = await sql<{ source_file: string; openings: number }>(
      t,
      `select r."source_file", v."openings" from "companies"."import_record" r join "companies"."vacancy" v on v."id" = r."entity_id" where r."key" = 'OFF-3' and r."kind" = 'OFFERTE'`,
    );
    expect(src).toEqual({ source_file: 'offerte-corrette.csv', openings: 4 });
  });

  it('refuses undo while a later batch or a candidate depends on it, and undoes a batch nothing depends on', async () => {
    expect((await imports.undo(offerteBatch)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IMPORT_UNDO_LATER_BATCH',
    });
    expect((await imports.undone(offerteFix)).status).toBe('UNDONE');
    expect(
      (await sql<{ openings: number }>(t, `select "openings" from "companies"."vacancy" where "id" = ?`, [await vacancyOf('OFF-3')]))[0],
    ).toEqual({
      openings: 3,
    });
    // Staff propose Amina for the imported open vacancy: the batch is now depended on.
    const proposed = await t.graphql('mutation($i: ProposeCandidateInput!) { proposeCandidate(input: $i) { id } }', {
      token: staff,
      variables: { i: { vacancyId: await vacancyOf('OFF-3'), beneficiaryId: cleaner.beneficiaryId } },
    });
    expect(proposed.errors).toBeUndefined();
    const refused = await imports.undo(offerteBatch);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_UNDO_DEPENDENTS', params: { count: 1 } });
    expect(String((refused.errors?.[0]?.extensions as { params?: { what?: string } }).params?.what)).toBe('candidature');
    // Companies with imported vacancies are not taken back under them.
    const aziende = await imports.undo(aziendeBatch);
    expect(aziende.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_UNDO_DEPENDENTS' });
    expect(String((aziende.errors?.[0]?.extensions as { params?: { what?: string } }).params?.what)).toContain('fabbisogni');
    expect(await count(t, 'vacancy')).toBe(3);

    // A later file of one vacancy, undone: the vacancy is gone and its readers see it closed.
    const more = await imports.importFile(
      'OFFERTE',
      'offerte-2022.csv',
      [header('OFFERTE'), `OFF-20;01234567890;;SD-1;;Mulettista;;;1;carrelli-elevatori;;;10/01/2022;;aperta`].join('\n'),
    );
    const id = await vacancyOf('OFF-20');
    expect((await imports.undone(more.id)).status).toBe('UNDONE');
    expect(await sql(t, `select 1 from "companies"."vacancy" where "id" = ?`, [id])).toHaveLength(0);
    expect(await vacancyOf('OFF-20')).toBe('');
    expect((await outbox(t, 'VacancyChanged')).filter((e) => e.aggregate_id === id).map((e) => e.payload.status)).toEqual(['CLOSED']);
  });
});
