import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, historyImportClient, type HistoryImportClient, factories, type TestStack } from '@ixl/testkit';
import { buildCodiceFiscale } from '@ixl/territory';
import { IMPORT_LAYOUTS } from '@ixl/contracts';
import type { DomainEvent } from '@ixl/events';
import { offerAlertConsumer } from '../src/events/offer-alert.consumer.js';

/**
 * Issue 27, COLLOQUI and VALUTAZIONI in the people subgraph, after a PERSONE file of 2019: every colloquio of
 * a person (PERSONE's first colloquio is the same colloquio when a COLLOQUI row has the same person and day),
 * the assessments with their items scored by the live instrument; checked (bad rows with line, column and
 * reason; nothing written), imported, re-imported (nothing changes), corrected (only what changed), undone
 * (refused while something depends on the batch); the monitoring's interviewed people match a hand count.
 */

let t: TestStack;
let admin: string;
let imports: HistoryImportClient;
let staff: string;

const people = async <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
  t.stack.subgraphs.people.orm.em.fork().getConnection().execute<T[]>(query, params);
const n = async (query: string, params: unknown[] = []) => Number((await people<{ n: string }>(query, params))[0]?.n ?? 0);
const events = (type: string) =>
  people<{ aggregate_id: string; payload: Record<string, unknown> }>(
    `select "aggregate_id", "payload" from "people"."outbox_event" where "type" = ? order by "id"`,
    [type],
  );
const interviewed2019 = async () => {
  const r = await t.graphql<{ peopleReport: { interviewed: number } }>(
    '{ peopleReport(from: "2019-01-01", to: "2019-12-31") { interviewed } }',
    {
      token: staff,
    },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.peopleReport.interviewed;
};

const header = (kind: 'PERSONE' | 'COLLOQUI' | 'VALUTAZIONI') => IMPORT_LAYOUTS[kind].map((c) => c.header).join(';');
const cf = (surname: string, name: string, birthDate: string, sex: 'F' | 'M') =>
  buildCodiceFiscale({ surname, name, birthDate, sex, birthPlaceCode: 'A944' });
const CF = {
  anna: cf('Bianchi', 'Anna', '1980-05-10', 'F'),
  marco: cf('Russo', 'Marco', '1985-07-07', 'M'),
  sara: cf('Conti', 'Sara', '1992-04-04', 'F'),
  nobody: cf('Nessuno', 'Piero', '1970-01-01', 'M'),
};
const PERSONE = [
  header('PERSONE'),
  `P-1;${CF.anna};Bianchi;Anna;10/05/1980;F;IT;037006;;;;servizi sociali;05/03/2019;14/03/2019;in presenza;;in target;pronto;01/04/2019;;`,
  `P-2;${CF.marco};Russo;Marco;07/07/1985;M;IT;037006;;;;;20/11/2019;;;;;;;;`,
  `P-3;${CF.sara};Conti;Sara;04/04/1992;F;MA;037006;;;;caritas;10/01/2019;;;;;;;;`,
].join('\n');

// id_esterno;codice_fiscale;id_esterno_persona;data_colloquio;modalita;operatore;esito;note
const COL = {
  annaFirst: `COL-1;${CF.anna};;14/03/2019;in presenza;Giulia Verdi;svolto;Primo colloquio`,
  annaSecond: `COL-2;;P-1;10/06/2019;telefono;Giulia Verdi;svolto;`,
  marcoMissed: `COL-3;${CF.marco};;02/12/2019;videochiamata;;non presentato;`,
  marcoHeld: `COL-4;${CF.marco};P-2;10/12/2019;in presenza;Luca Neri;svolto;`,
  saraHeld: `COL-5;;P-3;15/01/2019;telefono;;svolto;`,
};
const COLLOQUI = [header('COLLOQUI'), ...Object.values(COL)].join('\n');

// 3+1+2+1+2+0+0+0+1+1+1+1+0 = 13 with the seeded instrument (version 1, threshold 11).
const ANSWERS_13 =
  'UNEMPLOYMENT_DURATION=GT_24M, LAST_CONTRACT=SHORT, HOUSEHOLD_INCOME=SUPPORT, DEBTS=SOME, HOUSING_SITUATION=PRECARIOUS, HEALTH_LIMITS=NONE, CARE_SERVICES=NO, CARE_LOAD=NONE, SOCIAL_NETWORK=WEAK, EDUCATION=LOWER_SECONDARY, ITALIAN=BASIC, DIGITAL=WITH_HELP, MOBILITY=YES';
// id_esterno;codice_fiscale;id_esterno_persona;data_valutazione;versione_strumento;risposte;punteggio;profilo;prontezza;operatore;note
const VAL = {
  anna: `VAL-1;${CF.anna};;14/03/2019;1;"${ANSWERS_13}";13;in target;pronto;Giulia Verdi;`,
  marco: `VAL-2;;P-2;11/12/2019;;"${ANSWERS_13}";;;non pronto;;`,
  sara: `VAL-3;${CF.sara};;20/01/2019;;;6;forte;;;Autonoma`,
};
const VALUTAZIONI = [header('VALUTAZIONI'), ...Object.values(VAL)].join('\n');

const ids: Record<string, string> = {};
let personeBatch = '';

beforeAll(async () => {
  t = await bootTestStack();
  admin = await t.tokenFor('ADMIN');
  imports = historyImportClient(t.graphql, 'people', admin);
  staff = await t.tokenFor('STAFF');
  personeBatch = (await imports.importFile('PERSONE', 'persone-2019.csv', PERSONE)).id;
  for (const [k, v] of Object.entries(CF))
    ids[k] = (await people<{ id: string }>(`select "id" from "people"."beneficiary" where "codice_fiscale" = ?`, [v]))[0]?.id ?? '';
}, 180_000);
afterAll(async () => {
  await t?.stop();
});

const interviewsOf = (who: string) =>
  people<{ day: string; status: string; mode: string; operator_name: string; created_by: string }>(
    `select to_char("scheduled_at" at time zone 'Europe/Rome', 'YYYY-MM-DD') as "day", "status", "mode", "operator_name", "created_by"
       from "people"."interview" where "beneficiary_id" = ? order by "scheduled_at"`,
    [ids[who]],
  );
const personOf = async (who: string) =>
  (
    await people<{ status: string; interviewed: string | null }>(
      `select "status", to_char("interviewed_at" at time zone 'Europe/Rome', 'YYYY-MM-DD') as "interviewed" from "people"."beneficiary" where "id" = ?`,
      [ids[who]],
    )
  )[0];

let colloquiBatch = '';
let colloquiFix = '';
let valutazioniBatch = '';
let personeFixBatch = '';

describe('history import: COLLOQUI (people)', () => {
  it('reports every bad row with line, column and reason, and writes nothing', async () => {
    const before = await n(`select count(*) as n from "people"."interview"`);
    const bad = [
      header('COLLOQUI'),
      COL.annaSecond,
      `COL-9;${CF.nobody};;10/06/2019;telefono;;svolto;`,
      `COL-10;;P-99;10/06/2019;telefono;;svolto;`,
      `COL-11;${CF.marco};;01/11/2019;telefono;;svolto;`,
      `COL-12;${CF.marco};;03/12/2019;piccione;;svolto;`,
      `COL-13;;P-1;14/03/2019;in presenza;;non presentato;`,
      `COL-14;${CF.anna};;10/06/2019;telefono;;svolto;`,
      `COL-15;;;10/06/2019;telefono;;svolto;`,
      `COL-16;${CF.sara};;31/02/2019;telefono;;forse;`,
    ].join('\n');
    const r = await imports.check('COLLOQUI', 'colloqui-2019.csv', bad);
    expect(r).toMatchObject({ kind: 'COLLOQUI', totalRows: 9 });
    expect(r.errors.map((e) => [e.file, e.line, e.column, e.reasonCode])).toEqual([
      ['colloqui-2019.csv', 3, 'codice_fiscale', 'IMPORT_PERSON_NOT_FOUND'],
      ['colloqui-2019.csv', 4, 'id_esterno_persona', 'IMPORT_PERSON_EXTERNAL_NOT_FOUND'],
      ['colloqui-2019.csv', 5, 'data_colloquio', 'IMPORT_PERSON_DATE_ORDER'],
      ['colloqui-2019.csv', 6, 'modalita', 'IMPORT_CODE_UNKNOWN'],
      ['colloqui-2019.csv', 7, 'esito', 'IMPORT_COLLOQUIO_HELD_IN_PERSONE'],
      ['colloqui-2019.csv', 8, 'data_colloquio', 'IMPORT_DUPLICATE_KEY'],
      ['colloqui-2019.csv', 9, 'codice_fiscale', 'IMPORT_PERSON_REF_REQUIRED'],
      ['colloqui-2019.csv', 10, 'data_colloquio', 'IMPORT_DATE_FORMAT'],
      ['colloqui-2019.csv', 10, 'esito', 'IMPORT_CODE_UNKNOWN'],
    ]);
    // Reasons with what the operator needs to correct the row (the portal shows them in Italian).
    expect(r.errors.find((e) => e.line === 8)?.params).toMatchObject({ firstLine: 2 });
    expect(r.errors.find((e) => e.line === 5)?.params).toEqual({ column: 'data_colloquio', other: 'data_iscrizione' });
    const refused = await imports.start('COLLOQUI', 'colloqui-2019.csv', bad);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_HAS_ERRORS', params: { count: 9 } });
    expect(await n(`select count(*) as n from "people"."interview"`)).toBe(before);
    expect(await n(`select count(*) as n from "people"."import_batch" where "kind" = 'COLLOQUI'`)).toBe(0);
  });

  it('offers its template with the documented header', async () => {
    const template = await fetch(`${new URL(t.url).origin}/files/people/import-templates/COLLOQUI.csv`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(template.status).toBe(200);
    const text = Buffer.from(await template.arrayBuffer())
      .subarray(3)
      .toString('utf-8');
    expect(text.split('\r\n')[0]).toBe(header('COLLOQUI'));
  });

  it('imports every colloquio as a live outcome, takes over the PERSONE colloquio of the same day, and the monitoring counts them', async () => {
    expect(await interviewed2019()).toBe(1); // Anna only, from PERSONE
    const mailBefore = await n(`select count(*) as n from "people"."mail_outbox"`);
    const completedBefore = (await events('InterviewCompleted')).length;
    expect(await imports.check('COLLOQUI', 'colloqui-2019.csv', COLLOQUI)).toMatchObject({
      toCreate: 4,
      toUpdate: 1,
      unchanged: 0,
      errors: [],
    });
    const b = await imports.importFile('COLLOQUI', 'colloqui-2019.csv', COLLOQUI);
    colloquiBatch = b.id;
    expect(b).toMatchObject({ kind: 'COLLOQUI', createdCount: 4, updatedCount: 1, unchangedCount: 0 });

    // Anna: PERSONE's first colloquio is the same colloquio (not written twice), now with its operator and notes.
    expect((await interviewsOf('anna')).map((i) => [i.day, i.status, i.mode, i.operator_name, i.created_by.split(':')[0]])).toEqual([
      ['2019-03-14', 'COMPLETED', 'IN_PERSON', 'Giulia Verdi', 'history-import-colloqui'],
      ['2019-06-10', 'COMPLETED', 'PHONE', 'Giulia Verdi', 'history-import-colloqui'],
    ]);
    expect(await personOf('anna')).toEqual({ status: 'ACTIVE', interviewed: '2019-03-14' });
    // Marco missed the first, came to the second: registered → interviewed, first colloquio on 10/12.
    expect((await interviewsOf('marco')).map((i) => [i.day, i.status])).toEqual([
      ['2019-12-02', 'MISSED'],
      ['2019-12-10', 'COMPLETED'],
    ]);
    expect(await personOf('marco')).toEqual({ status: 'INTERVIEWED', interviewed: '2019-12-10' });
    const steps = await people<{ from: string; to: string; day: string; reason_code: string }>(
      `select "from", "to", to_char("at" at time zone 'Europe/Rome', 'YYYY-MM-DD') as "day", "reason_code" from "people"."status_change" where "beneficiary_id" = ? order by "at"`,
      [ids.marco],
    );
    expect(steps.map((s) => [s.from, s.to, s.day, s.reason_code])).toEqual([
      [null, 'REGISTERED', '2019-11-20', 'HISTORY_IMPORT'],
      ['REGISTERED', 'INTERVIEWED', '2019-12-10', 'HISTORY_IMPORT_COLLOQUIO'],
    ]);
    expect(await personOf('sara')).toEqual({ status: 'INTERVIEWED', interviewed: '2019-01-15' });

    // The events of a live outcome, marked imported: one per new colloquio (Anna's first was already published).
    const completed = (await events('InterviewCompleted')).slice(completedBefore);
    expect(completed.map((e) => [e.aggregate_id, e.payload.outcome, e.payload.imported])).toEqual([
      [ids.anna, 'COMPLETED', true],
      [ids.marco, 'MISSED', true],
      [ids.marco, 'COMPLETED', true],
      [ids.sara, 'COMPLETED', true],
    ]);
    expect(completed[2]!.payload).toMatchObject({ daysWaited: 20, metSla: false });
    const moved = (await events('BeneficiaryStatusChanged')).filter((e) => e.aggregate_id === ids.marco);
    expect(moved.at(-1)?.payload).toMatchObject({ from: 'REGISTERED', to: 'INTERVIEWED', imported: true });
    await factories.drainEvents(t.stack);
    expect(await n(`select count(*) as n from "people"."mail_outbox"`)).toBe(mailBefore);

    // Every record remembers its file and line.
    const [src] = await people<{ source_file: string; source_line: number; external_id: string; key: string }>(
      `select r."source_file", r."source_line", r."external_id", r."key" from "people"."import_record" r join "people"."interview" i on i."id" = r."entity_id"
        where r."kind" = 'COLLOQUI' and i."beneficiary_id" = ? and i."status" = 'MISSED'`,
      [ids.marco],
    );
    expect(src).toEqual({ source_file: 'colloqui-2019.csv', source_line: 4, external_id: 'COL-3', key: `${CF.marco}|2019-12-02` });

    // Hand count of the 2019 files: people whose first colloquio held is in 2019 = Anna (14/03), Sara (15/01), Marco (10/12).
    expect(await interviewed2019()).toBe(3);
  });

  it('changes nothing on a re-import, updates only the corrected colloquio, and a PERSONE correction does not duplicate it', async () => {
    const eventsBefore = await n(`select count(*) as n from "people"."outbox_event"`);
    expect(await imports.importFile('COLLOQUI', 'colloqui-2019.csv', COLLOQUI)).toMatchObject({
      createdCount: 0,
      updatedCount: 0,
      unchangedCount: 5,
    });
    expect(await n(`select count(*) as n from "people"."outbox_event"`)).toBe(eventsBefore);

    const corrected = COLLOQUI.replace(COL.marcoHeld, COL.marcoHeld.replace('Luca Neri', 'Luca Neri Rossi'));
    expect(await imports.check('COLLOQUI', 'colloqui-2019-corretto.csv', corrected)).toMatchObject({
      toCreate: 0,
      toUpdate: 1,
      unchanged: 4,
    });
    const fix = await imports.importFile('COLLOQUI', 'colloqui-2019-corretto.csv', corrected);
    colloquiFix = fix.id;
    expect(fix).toMatchObject({ createdCount: 0, updatedCount: 1, unchangedCount: 4 });
    expect((await interviewsOf('marco')).map((i) => i.operator_name)).toEqual(['Gestionale precedente', 'Luca Neri Rossi']);
    // A corrected note is not a new outcome: no InterviewCompleted, Marco's status stays.
    expect(await n(`select count(*) as n from "people"."outbox_event" where "type" = 'InterviewCompleted'`)).toBe(
      (await events('InterviewCompleted')).length,
    );
    expect(await personOf('marco')).toEqual({ status: 'INTERVIEWED', interviewed: '2019-12-10' });

    // Anna's PERSONE row corrected (her phone): her first colloquio is still one colloquio.
    const persone2 = PERSONE.replace(`IT;037006;;;;servizi sociali`, `IT;037006;;;051 999999;servizi sociali`);
    const personeFix = await imports.importFile('PERSONE', 'persone-2019-corretto.csv', persone2);
    personeFixBatch = personeFix.id;
    expect(personeFix).toMatchObject({ updatedCount: 1, unchangedCount: 2 });
    expect((await interviewsOf('anna')).map((i) => i.day)).toEqual(['2019-03-14', '2019-06-10']);
    expect(await personOf('anna')).toEqual({ status: 'ACTIVE', interviewed: '2019-03-14' });
  });
});

describe('history import: VALUTAZIONI (people)', () => {
  it('scores the items with the live instrument and reports bad codes and scores per row, writing nothing', async () => {
    const before = await n(`select count(*) as n from "people"."assessment"`);
    const bad = [
      header('VALUTAZIONI'),
      VAL.anna,
      `VAL-4;${CF.marco};;12/12/2019;;"${ANSWERS_13}, FOO=BAR";;;;;`,
      `VAL-5;${CF.marco};;13/12/2019;;"${ANSWERS_13.replace('DEBTS=SOME', 'DEBTS=TANTI')}";;;;;`,
      `VAL-6;${CF.marco};;14/12/2019;;"${ANSWERS_13}";15;;;;`,
      `VAL-7;${CF.marco};;15/12/2019;;;31;;;;`,
      `VAL-8;${CF.sara};;12/01/2019;;;6;;;;`,
      `VAL-9;${CF.sara};;21/01/2019;;"DEBTS";;;;;`,
      `VAL-10;${CF.sara};;22/01/2019;;;;;;;`,
      `VAL-11;${CF.sara};;23/01/2019;;;6;in target;;;`,
      `VAL-12;${CF.sara};;24/01/2019;;;6;;pronto;;`,
      `VAL-13;${CF.sara};;25/01/2019;7;;6;;;;`,
      `VAL-14;${CF.marco};;16/12/2019;;"UNEMPLOYMENT_DURATION=GT_24M";;;;;`,
    ].join('\n');
    const r = await imports.check('VALUTAZIONI', 'valutazioni-2019.csv', bad);
    expect(r.errors.map((e) => [e.line, e.column, e.reasonCode])).toEqual([
      [3, 'risposte', 'UNKNOWN_ITEMS'],
      [4, 'risposte', 'ANSWER_NOT_ALLOWED'],
      [5, 'punteggio', 'IMPORT_SCORE_MISMATCH'],
      [6, 'punteggio', 'IMPORT_SCORE_RANGE'],
      [7, 'data_valutazione', 'IMPORT_ASSESSMENT_NEEDS_COLLOQUIO'],
      [8, 'risposte', 'IMPORT_ANSWER_FORMAT'],
      [9, 'punteggio', 'IMPORT_ASSESSMENT_NEEDS_SCORE'],
      [10, 'profilo', 'IMPORT_PROFILE_MISMATCH'],
      [11, 'prontezza', 'READINESS_ONLY_IN_TARGET'],
      [12, 'versione_strumento', 'IMPORT_INSTRUMENT_NOT_FOUND'],
      [13, 'risposte', 'ITEM_NOT_ANSWERED'],
    ]);
    expect(r.errors.find((e) => e.line === 3)?.params).toEqual({ items: 'FOO' });
    expect(r.errors.find((e) => e.line === 4)?.params).toEqual({ answer: 'TANTI', item: 'DEBTS' });
    expect(r.errors.find((e) => e.line === 5)?.params).toEqual({ given: 15, computed: 13 });
    expect(r.errors.find((e) => e.line === 6)?.params).toEqual({ max: 30, version: 1 });
    const refused = await imports.start('VALUTAZIONI', 'v.csv', bad);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'IMPORT_HAS_ERRORS' });
    expect(await n(`select count(*) as n from "people"."assessment"`)).toBe(before);
  });

  it('imports the assessments with their items as live ones, and changes nothing on a re-import', async () => {
    expect(await imports.check('VALUTAZIONI', 'valutazioni-2019.csv', VALUTAZIONI)).toMatchObject({ toCreate: 3, errors: [] });
    const b = await imports.importFile('VALUTAZIONI', 'valutazioni-2019.csv', VALUTAZIONI);
    valutazioniBatch = b.id;
    expect(b).toMatchObject({ createdCount: 3, updatedCount: 0 });
    const rows = await people<{
      beneficiary_id: string;
      score: number;
      profile: string;
      readiness: string | null;
      instrument_version: number;
      items: number;
      points: number;
      day: string;
    }>(
      `select "beneficiary_id", "score", "profile", "readiness", "instrument_version", jsonb_array_length("answers") as "items",
              coalesce((select sum((x->>'points')::int) from jsonb_array_elements("answers") x), 0)::int as "points",
              to_char("assessed_at" at time zone 'Europe/Rome', 'YYYY-MM-DD') as "day"
         from "people"."assessment" order by "assessed_at"`,
    );
    expect(rows.map((r) => [r.beneficiary_id, r.day, r.score, r.profile, r.readiness, r.instrument_version, r.items, r.points])).toEqual([
      [ids.sara, '2019-01-20', 6, 'FORTE', null, 1, 0, 0],
      [ids.anna, '2019-03-14', 13, 'IN_TARGET', 'PRONTO', 1, 13, 13],
      [ids.marco, '2019-12-11', 13, 'IN_TARGET', 'NON_PRONTO', 1, 13, 13],
    ]);
    const recorded = (await events('AssessmentRecorded')).filter((e) => e.payload.imported === true);
    expect(recorded.map((e) => [e.aggregate_id, e.payload.score, e.payload.profile])).toEqual([
      [ids.anna, 13, 'IN_TARGET'],
      [ids.marco, 13, 'IN_TARGET'],
      [ids.sara, 6, 'FORTE'],
    ]);
    // Staff read them as any assessment of the person.
    const list = await t.graphql<{ beneficiary: { assessments: { score: number; profile: string }[] } }>(
      'query($id: ID!) { beneficiary(id: $id) { assessments { score profile } } }',
      { token: staff, variables: { id: ids.anna } },
    );
    expect(list.errors).toBeUndefined();
    expect(list.data?.beneficiary.assessments).toEqual([{ score: 13, profile: 'IN_TARGET' }]);
    expect(await imports.importFile('VALUTAZIONI', 'valutazioni-2019.csv', VALUTAZIONI)).toMatchObject({
      createdCount: 0,
      unchangedCount: 3,
    });
  });
});

describe('history import: undo of COLLOQUI and VALUTAZIONI', () => {
  it('refuses undo while a later batch or an assessment depends on a batch, then takes it all back', async () => {
    const later = await imports.undo(colloquiBatch);
    expect(later.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_UNDO_LATER_BATCH' });
    expect((await imports.undone(colloquiFix)).status).toBe('UNDONE');
    expect((await interviewsOf('marco')).map((i) => i.operator_name)).toEqual(['Gestionale precedente', 'Luca Neri']);

    // The assessments of Marco and Sara rest on colloqui of the batch.
    const dependents = await imports.undo(colloquiBatch);
    expect(dependents.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_UNDO_DEPENDENTS', params: { count: 2 } });
    expect(String((dependents.errors?.[0]?.extensions as { params?: { what?: string } }).params?.what)).toBe('valutazioni');
    // People with imported colloqui and assessments are not taken back under them (after their correction is).
    expect((await imports.undone(personeFixBatch)).status).toBe('UNDONE');
    expect((await interviewsOf('anna')).map((i) => i.day)).toEqual(['2019-03-14', '2019-06-10']);
    const persone = await imports.undo(personeBatch);
    expect(persone.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_UNDO_DEPENDENTS' });
    expect(String((persone.errors?.[0]?.extensions as { params?: { what?: string } }).params?.what)).toContain('colloqui');

    expect((await imports.undone(valutazioniBatch)).status).toBe('UNDONE');
    expect(await n(`select count(*) as n from "people"."assessment"`)).toBe(0);
    expect((await imports.undone(colloquiBatch)).status).toBe('UNDONE');
    // Anna's first colloquio is PERSONE's again; the others are gone; Marco and Sara are registered again.
    expect((await interviewsOf('anna')).map((i) => [i.day, i.operator_name, i.created_by.split(':')[0]])).toEqual([
      ['2019-03-14', 'Gestionale precedente', 'history-import'],
    ]);
    expect(await interviewsOf('marco')).toEqual([]);
    expect(await personOf('marco')).toEqual({ status: 'REGISTERED', interviewed: null });
    expect(await personOf('sara')).toEqual({ status: 'REGISTERED', interviewed: null });
    expect(await n(`select count(*) as n from "people"."status_change" where "reason_code" = 'HISTORY_IMPORT_COLLOQUIO'`)).toBe(0);
    expect(await n(`select count(*) as n from "people"."import_record" where "kind" in ('COLLOQUI', 'VALUTAZIONI')`)).toBe(0);
    expect(await interviewed2019()).toBe(1);
    // And the file goes in again as new.
    expect(await imports.check('COLLOQUI', 'colloqui-2019.csv', COLLOQUI)).toMatchObject({ toCreate: 4, toUpdate: 1, errors: [] });
  });

  it('forgets the mapping of imported colloqui (keyed by codice fiscale) when the person is erased', async () => {
    await imports.importFile('COLLOQUI', 'colloqui-2019.csv', COLLOQUI);
    expect(
      await n(`select count(*) as n from "people"."import_record" where "kind" = 'COLLOQUI' and "key" like ?`, [`${CF.marco}|%`]),
    ).toBe(2);
    const erased = await t.graphql('mutation($id: ID!) { eraseBeneficiary(beneficiaryId: $id) { id } }', {
      token: admin,
      variables: { id: ids.marco },
    });
    expect(erased.errors).toBeUndefined();
    expect(await n(`select count(*) as n from "people"."import_record" where "key" like ?`, [`%${CF.marco}%`])).toBe(0);
    expect(await n(`select count(*) as n from "people"."import_change" where "key" like ?`, [`%${CF.marco}%`])).toBe(0);
    // Sara's stay.
    expect(await n(`select count(*) as n from "people"."import_record" where "kind" = 'COLLOQUI' and "key" like ?`, [`${CF.sara}|%`])).toBe(
      0,
    );
    expect(await n(`select count(*) as n from "people"."import_record" where "kind" = 'COLLOQUI' and "key" like 'id:P-3|%'`)).toBe(1);
  });
});

describe('history import: vacancies of the history (OFFERTE) are not news', () => {
  it('sends no offer alert for an imported open vacancy, and does for a live one', async () => {
    // Anna (ACTIVE, PRONTO from PERSONE) declares a skill and has an email: a live vacancy asking it alerts her.
    await people(
      `update "people"."beneficiary" set "skill_keys" = '{pulizia industriale}', "email" = 'anna.bianchi@example.org' where "id" = ?`,
      [ids.anna],
    );
    const vacancy = (imported: boolean) =>
      ({
        type: 'VacancyPosted',
        aggregateId: imported ? '11111111-1111-4111-8111-111111111111' : '22222222-2222-4222-8222-222222222222',
        payload: {
          vacancyId: imported ? '11111111-1111-4111-8111-111111111111' : '22222222-2222-4222-8222-222222222222',
          companyId: '33333333-3333-4333-8333-333333333333',
          title: 'Addetto/a alle pulizie',
          municipalityCode: '037006',
          openings: 1,
          status: 'OPEN',
          requiredSkills: ['pulizia industriale'],
          ...(imported ? { imported: true } : {}),
        },
      }) as unknown as DomainEvent;
    const handler = offerAlertConsumer().handlers.VacancyPosted!;
    const alerts = () => n(`select count(*) as n from "people"."mail_outbox" where "template" = 'offer_alert'`);
    const before = await alerts();
    await t.stack.subgraphs.people.orm.em.fork().transactional((em) => handler(vacancy(true), em));
    expect(await alerts()).toBe(before);
    await t.stack.subgraphs.people.orm.em.fork().transactional((em) => handler(vacancy(false), em));
    expect(await alerts()).toBe(before + 1);
  });
});
