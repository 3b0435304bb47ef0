import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bootTestStack,
  historyImportClient,
  type HistoryImportCheckResult,
  type HistoryImportClient,
  errorCodes,
  factories,
  type TestStack,
} from '@ixl/testkit';
import { buildCodiceFiscale } from '@ixl/territory';
import { IMPORT_LAYOUTS } from '@ixl/contracts';
import type { DomainEvent } from '@ixl/events';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { interviewFor, personFor } from '../src/services/live.service.js';

/**
 * Issue 27, PERSONE in the people subgraph: a 2019 file of people with their status history and first
 * colloquio, checked (every bad row with file, line, column and reason; nothing written), imported in the
 * background as ADMIN, re-imported (nothing changes), corrected (only the changed person is updated), undone;
 * the events of a registration go out marked imported and no mail is queued; the monitoring counts the
 * imported year; companies' INSERIMENTI finds the imported person by codice fiscale.
 */

let t: TestStack;
let admin: string;
let imports: HistoryImportClient;
let staff: string;
let live: { id: string; codiceFiscale: string; birthDate: string };

const people = async <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
  t.stack.subgraphs.people.orm.em.fork().getConnection().execute<T[]>(query, params);
const n = async (query: string, params: unknown[] = []) => Number((await people<{ n: string }>(query, params))[0]?.n ?? 0);
const events = (type: string) =>
  people<{ aggregate_id: string; payload: Record<string, unknown> }>(
    `select "aggregate_id", "payload" from "people"."outbox_event" where "type" = ? order by "id"`,
    [type],
  );

const HEADER = IMPORT_LAYOUTS.PERSONE.map((c) => c.header).join(';');
const cf = (surname: string, name: string, birthDate: string, sex: 'F' | 'M') =>
  buildCodiceFiscale({ surname, name, birthDate, sex, birthPlaceCode: 'A944' });
const CF = {
  anna: cf('Bianchi', 'Anna', '1980-05-10', 'F'),
  youssef: cf('El Amrani', 'Youssef', '1990-02-01', 'M'),
  lucia: cf('Ferri', 'Lucia', '1975-11-30', 'F'),
  marco: cf('Russo', 'Marco', '1985-07-07', 'M'),
  elena: cf('Gallo', 'Elena', '1970-01-20', 'F'),
};
// id_esterno;codice_fiscale;cognome;nome;data_nascita;sesso;cittadinanza;comune_residenza_istat;comune_residenza_nome;email;telefono;
// soggetto_inviante;data_iscrizione;data_colloquio;modalita_colloquio;operatore_colloquio;profilo;prontezza;data_attivazione;
// data_fuori_protocollo;motivo_fuori_protocollo
const ROWS = {
  anna: `P-1;${CF.anna};Bianchi;Anna;10/05/1980;F;IT;037006;;anna.bianchi@example.org;051 123456;servizi sociali;05/03/2019;14/03/2019;in presenza;Giulia Verdi;in target;pronto;01/04/2019;;`,
  youssef: `P-2;${CF.youssef};El Amrani;Youssef;1990-02-01;M;MA;037020;;;;caritas;10/04/2019;20/05/2019;telefono;;forte;;;;`,
  lucia: `P-3;${CF.lucia};Ferri;Lucia;30/11/1975;F;IT;037006;;;;centro per l’impiego;02/09/2019;10/09/2019;videochiamata;;in target;non pronto;;15/01/2020;irreperibile`,
  marco: `P-4;${CF.marco};Russo;Marco;07/07/1985;M;IT;037006;;;;;20/11/2019;;;;;;;;`,
  elena: `P-5;${CF.elena};Gallo;Elena;20/01/1970;F;IT;001272;Torino;;;autocandidatura;01/12/2019;;;;;;;;`,
};
const GOOD = [HEADER, ROWS.anna, ROWS.youssef, ROWS.lucia, ROWS.marco, ROWS.elena].join('\r\n');

beforeAll(async () => {
  t = await bootTestStack();
  admin = await t.tokenFor('ADMIN');
  imports = historyImportClient(t.graphql, 'people', admin);
  staff = await t.tokenFor('STAFF');
  // A person registered on the platform: the history does not overwrite them.
  const p = await factories.createBeneficiary(t.stack, { firstName: 'Viva', lastName: 'Online', birthDate: '1980-01-01', sex: 'F' });
  live = { ...p, birthDate: '01/01/1980' };
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

describe('history import: PERSONE (people)', () => {
  it('reports every bad row with file, line, column and reason, writes nothing and refuses to import it', async () => {
    const before = await n(`select count(*) as n from "people"."beneficiary"`);
    const badCf = CF.anna.slice(0, 15) + (CF.anna.endsWith('A') ? 'B' : 'A');
    const bad = [
      HEADER,
      ROWS.anna,
      `P-6;${badCf};Bianchi;Anna;10/05/1980;F;IT;037006;;;;;05/03/2019;;;;;;;;`,
      `P-7;${CF.youssef};El Amrani;Youssef;01/02/1990;M;MA;037020;;;;;10/04/2019;01/04/2019;telefono;;forte;pronto;;;`,
      `P-8;${CF.lucia};Ferri;Lucia;30/11/1975;X;IT;037006;;;;;02/09/2019;;;;;;;;`,
      ROWS.anna.replace('P-1;', 'P-9;'),
      `P-10;${live.codiceFiscale};Online;Viva;${live.birthDate};F;IT;037006;;;;;01/02/2019;;;;;;;;`,
      `P-11;${CF.elena};Gallo;Elena;20/01/1970;F;IT;001272;;;;;01/12/2019;;;;;;;15/01/2020;`,
    ].join('\n');
    const r = await imports.check('PERSONE', 'persone-2019.csv', bad);
    expect(r).toMatchObject({ kind: 'PERSONE', totalRows: 7 });
    expect(r.errors.map((e) => [e.file, e.line, e.column, e.reasonCode])).toEqual([
      ['persone-2019.csv', 3, 'codice_fiscale', 'CODICE_FISCALE_CHECK_CHARACTER'],
      ['persone-2019.csv', 4, 'prontezza', 'IMPORT_PERSON_NEEDS'],
      ['persone-2019.csv', 4, 'data_colloquio', 'IMPORT_PERSON_DATE_ORDER'],
      ['persone-2019.csv', 5, 'sesso', 'IMPORT_CODE_UNKNOWN'],
      ['persone-2019.csv', 6, 'codice_fiscale', 'IMPORT_DUPLICATE_KEY'],
      ['persone-2019.csv', 7, 'codice_fiscale', 'CODICE_FISCALE_TAKEN'],
      ['persone-2019.csv', 8, 'comune_residenza_nome', 'MUNICIPALITY_NAME_REQUIRED'],
      ['persone-2019.csv', 8, 'motivo_fuori_protocollo', 'IMPORT_REQUIRED'],
    ]);
    expect(r.errors.find((e) => e.line === 4 && e.column === 'prontezza')?.params).toEqual({
      column: 'prontezza',
      needs: 'profilo in target',
    });
    expect(r.errors.find((e) => e.line === 6)?.params).toEqual({ key: CF.anna, firstLine: 2 });
    const refused = await imports.start('PERSONE', 'persone-2019.csv', bad);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_HAS_ERRORS', params: { count: 8 } });
    expect(await n(`select count(*) as n from "people"."beneficiary"`)).toBe(before);
    expect(await n(`select count(*) as n from "people"."import_batch"`)).toBe(0);
  });

  it('is ADMIN only, through GraphQL and the file routes of people', async () => {
    expect(errorCodes(await historyImportClient(t.graphql, 'people', staff).checkResponse('PERSONE', 'p.csv', GOOD))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await historyImportClient(t.graphql, 'people', staff).start('PERSONE', 'p.csv', GOOD))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.graphql('{ peopleHistoryImportBatches { id } }', { token: staff }))).toEqual(['FORBIDDEN']);
    // A kind another subgraph owns is not imported here.
    const other = await imports.checkResponse('AZIENDE', 'a.csv', 'partita_iva\n01234567890');
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind', reason: 'IMPORT_CODE_UNKNOWN' });
    const origin = new URL(t.url).origin;
    const upload = (token: string) =>
      fetch(`${origin}/files/people/history-imports/check?kind=PERSONE`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-file-name': encodeURIComponent('persone grandi.csv') },
        body: `${HEADER}\nP-1;${CF.anna};Bianchi;Anna;10/05/1980;F;IT;037006;;;;;31/02/2019;;;;;;;;`,
      });
    const checked = await upload(admin);
    expect(checked.status).toBe(200);
    const body = (await checked.json()) as HistoryImportCheckResult;
    expect(body.errors.map((e) => [e.file, e.line, e.column, e.reasonCode])).toEqual([
      ['persone grandi.csv', 2, 'data_iscrizione', 'IMPORT_DATE_FORMAT'],
    ]);
    expect((await upload(staff)).status).toBe(403);
    const template = await fetch(`${origin}/files/people/import-templates/PERSONE.csv`, { headers: { authorization: `Bearer ${admin}` } });
    expect(template.status).toBe(200);
    expect(
      Buffer.from(await template.arrayBuffer())
        .subarray(3)
        .toString('utf-8')
        .split('\r\n')[0],
    ).toBe(HEADER);
    // The documents routes of people still answer behind the import's routes.
    const docs = await fetch(`${origin}/files/people/documents/00000000-0000-0000-0000-000000000000`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(docs.status).toBe(404);
  });

  it('imports the people with their status history and colloquio, as events marked imported, without mail', async () => {
    const mailBefore = await n(`select count(*) as n from "people"."mail_outbox"`);
    const first = await imports.importFile('PERSONE', 'persone-2019.csv', GOOD);
    expect(first).toMatchObject({ owner: 'people', kind: 'PERSONE', createdCount: 5, updatedCount: 0, unchangedCount: 0, error: null });
    expect(first.createdBy).toBeTruthy();
    const rows = await people<{
      codice_fiscale: string;
      status: string;
      profile: string | null;
      readiness: string | null;
      fp: string | null;
      out_of_area: boolean;
      registered: string;
      interviewed: string | null;
    }>(
      `select "codice_fiscale", "status", "profile", "readiness", "fuori_protocollo_reason" as "fp", "out_of_area",
         to_char("registered_at" at time zone 'Europe/Rome', 'YYYY-MM-DD') as "registered", to_char("interviewed_at" at time zone 'Europe/Rome', 'YYYY-MM-DD') as "interviewed"
       from "people"."beneficiary" where "codice_fiscale" = any(?::text[]) order by "registered_at"`,
      [`{${Object.values(CF).join(',')}}`],
    );
    expect(rows.map((r) => [r.codice_fiscale, r.status, r.profile, r.readiness, r.fp, r.out_of_area, r.registered, r.interviewed])).toEqual(
      [
        [CF.anna, 'ACTIVE', 'IN_TARGET', 'PRONTO', null, false, '2019-03-05', '2019-03-14'],
        [CF.youssef, 'NOT_IN_TARGET', 'FORTE', null, null, false, '2019-04-10', '2019-05-20'],
        [CF.lucia, 'FUORI_PROTOCOLLO', 'IN_TARGET', 'NON_PRONTO', 'UNREACHABLE', false, '2019-09-02', '2019-09-10'],
        [CF.marco, 'REGISTERED', null, null, null, false, '2019-11-20', null],
        [CF.elena, 'REGISTERED', null, null, null, true, '2019-12-01', null],
      ],
    );
    const [anna] = await people<{ id: string }>(`select "id" from "people"."beneficiary" where "codice_fiscale" = ?`, [CF.anna]);
    const path = await people<{ from: string | null; to: string; day: string; reason_code: string }>(
      `select "from", "to", to_char("at" at time zone 'Europe/Rome', 'YYYY-MM-DD') as "day", "reason_code" from "people"."status_change" where "beneficiary_id" = ? order by "at", "id"`,
      [anna!.id],
    );
    expect(path.map((s) => [s.to, s.day, s.reason_code])).toEqual([
      ['REGISTERED', '2019-03-05', 'HISTORY_IMPORT'],
      ['INTERVIEWED', '2019-03-14', 'HISTORY_IMPORT'],
      ['IN_TARGET', '2019-03-14', 'HISTORY_IMPORT'],
      ['ACTIVE', '2019-04-01', 'HISTORY_IMPORT'],
    ]);
    const [colloquio] = await people<{ status: string; mode: string; operator_name: string }>(
      `select "status", "mode", "operator_name" from "people"."interview" where "beneficiary_id" = ?`,
      [anna!.id],
    );
    expect(colloquio).toEqual({ status: 'COMPLETED', mode: 'IN_PERSON', operator_name: 'Giulia Verdi' });
    const src = await t.graphql<{ peopleHistoryImportSource: { file: string; line: number; externalKey: string; batchId: string } }>(
      'query($id: ID!) { peopleHistoryImportSource(entityId: $id) { file line externalKey batchId } }',
      { token: admin, variables: { id: anna!.id } },
    );
    expect(src.data?.peopleHistoryImportSource).toEqual({ file: 'persone-2019.csv', line: 2, externalKey: CF.anna, batchId: first.id });
    const [rec] = await people<{ external_id: string }>(`select "external_id" from "people"."import_record" where "entity_id" = ?`, [
      anna!.id,
    ]);
    expect(rec?.external_id).toBe('P-1');

    // The events of a registration, as it happened, marked imported; no mail for anybody.
    const registered = await events('BeneficiaryRegistered');
    expect(registered.filter((e) => e.payload.imported === true)).toHaveLength(5);
    expect(registered.find((e) => e.aggregate_id === anna!.id)?.payload).toMatchObject({
      registeredAt: '2019-03-05T11:00:00.000Z',
      interviewDueDate: '2019-03-20',
      referringBody: 'SOCIAL_SERVICES',
    });
    const moves = (await events('BeneficiaryStatusChanged')).filter((e) => e.aggregate_id === anna!.id);
    expect(moves.map((e) => [e.payload.from, e.payload.to, e.payload.imported])).toEqual([
      ['REGISTERED', 'INTERVIEWED', true],
      ['INTERVIEWED', 'IN_TARGET', true],
      ['IN_TARGET', 'ACTIVE', true],
    ]);
    const colloqui = await events('InterviewCompleted');
    expect(colloqui.filter((e) => e.payload.imported === true)).toHaveLength(3);
    // The past is not news: the staff's live feeds skip what the import published.
    const ctx = { caller: { role: 'STAFF', userId: anna!.id }, em: t.stack.subgraphs.people.orm.em.fork() } as unknown as SubgraphContext;
    const asEvent = (e: { aggregate_id: string; payload: Record<string, unknown> }, type: string) =>
      ({ type, aggregateType: 'Beneficiary', aggregateId: e.aggregate_id, payload: e.payload }) as unknown as DomainEvent;
    const reg = registered.find((e) => e.aggregate_id === anna!.id)!;
    expect(await personFor(asEvent(reg, 'BeneficiaryRegistered'), ctx)).toBeUndefined();
    expect(await interviewFor(asEvent(colloqui[0]!, 'InterviewCompleted'), ctx)).toBeUndefined();
    expect(await personFor(asEvent({ ...reg, payload: { ...reg.payload, imported: false } }, 'BeneficiaryRegistered'), ctx)).toMatchObject({
      id: anna!.id,
    });
    expect((await events('BeneficiaryProfileChanged')).filter((e) => e.aggregate_id === anna!.id)).toHaveLength(1);
    await factories.drainEvents(t.stack);
    expect(await n(`select count(*) as n from "people"."mail_outbox"`)).toBe(mailBefore);

    // The monitoring of 2019 counts the imported year as the file says.
    const report = await t.graphql<{
      peopleReport: { registrations: number; interviewed: number; inTarget: number; readiness: { key: string; count: number }[] };
    }>('{ peopleReport(from: "2019-01-01", to: "2019-12-31") { registrations interviewed inTarget readiness { key count } } }', {
      token: staff,
    });
    expect(report.errors).toBeUndefined();
    expect(report.data?.peopleReport).toMatchObject({ registrations: 5, interviewed: 3, inTarget: 2 });
    expect(Object.fromEntries(report.data!.peopleReport.readiness.map((r) => [r.key, r.count]))).toMatchObject({
      PRONTO: 1,
      NON_PRONTO: 1,
    });

    // Companies' matching read model knows the imported people by codice fiscale.
    const [profile] = await t.stack.subgraphs.companies.orm.em
      .fork()
      .getConnection()
      .execute<{ status: string; fiscal_code_hash: string | null }[]>(
        `select "status", "fiscal_code_hash" from "companies"."matching_profile" where "beneficiary_id" = ?`,
        [anna!.id],
      );
    expect(profile).toMatchObject({ status: 'ACTIVE' });
    expect(profile?.fiscal_code_hash).toBeTruthy();
  });

  it('changes nothing on a re-import, updates only the corrected person, and undoes the correction', async () => {
    const eventsBefore = await n(`select count(*) as n from "people"."outbox_event"`);
    expect(await imports.check('PERSONE', 'persone-2019.csv', GOOD)).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 5, errors: [] });
    expect(await imports.importFile('PERSONE', 'persone-2019.csv', GOOD)).toMatchObject({
      createdCount: 0,
      updatedCount: 0,
      unchangedCount: 5,
    });
    expect(await n(`select count(*) as n from "people"."outbox_event"`)).toBe(eventsBefore);

    // Marco had his colloquio in December: the corrected file updates him only.
    const corrected = GOOD.replace(
      ROWS.marco,
      `P-4;${CF.marco};Russo;Marco;07/07/1985;M;IT;037006;;;;;20/11/2019;02/12/2019;telefono;;in target;pronto;;;`,
    );
    expect(await imports.check('PERSONE', 'persone-2019-corretto.csv', corrected)).toMatchObject({
      toCreate: 0,
      toUpdate: 1,
      unchanged: 4,
      errors: [],
    });
    const fix = await imports.importFile('PERSONE', 'persone-2019-corretto.csv', corrected);
    expect(fix).toMatchObject({ createdCount: 0, updatedCount: 1, unchangedCount: 4 });
    const [marco] = await people<{ id: string; status: string; readiness: string }>(
      `select "id", "status", "readiness" from "people"."beneficiary" where "codice_fiscale" = ?`,
      [CF.marco],
    );
    expect(marco).toMatchObject({ status: 'IN_TARGET', readiness: 'PRONTO' });
    const steps = () =>
      people<{ to: string }>(`select "to" from "people"."status_change" where "beneficiary_id" = ? order by "at", "id"`, [marco!.id]);
    expect((await steps()).map((s) => s.to)).toEqual(['REGISTERED', 'INTERVIEWED', 'IN_TARGET']);
    expect(await n(`select count(*) as n from "people"."interview" where "beneficiary_id" = ?`, [marco!.id])).toBe(1);
    const moved = (await events('BeneficiaryStatusChanged')).filter((e) => e.aggregate_id === marco!.id);
    expect(moved.map((e) => [e.payload.from, e.payload.to])).toEqual([['REGISTERED', 'IN_TARGET']]);

    // Undo of the correction: Marco as the first file had him.
    expect((await imports.undone(fix.id)).status).toBe('UNDONE');
    const [back] = await people<{ status: string; readiness: string | null; interviewed_at: string | null }>(
      `select "status", "readiness", "interviewed_at" from "people"."beneficiary" where "id" = ?`,
      [marco!.id],
    );
    expect(back).toEqual({ status: 'REGISTERED', readiness: null, interviewed_at: null });
    expect((await steps()).map((s) => s.to)).toEqual(['REGISTERED']);
    expect(await n(`select count(*) as n from "people"."interview" where "beneficiary_id" = ?`, [marco!.id])).toBe(0);
    expect(await imports.check('PERSONE', 'persone-2019.csv', GOOD)).toMatchObject({ unchanged: 5 });
  });

  it('lets companies resolve an imported person by codice fiscale, and refuses to undo people a placement depends on', async () => {
    const first = (
      await people<{ id: string }>(`select "id" from "people"."import_batch" where "status" = 'DONE' order by "created_at" limit 1`)
    )[0]!;
    const companies = historyImportClient(t.graphql, 'companies', admin);
    const companiesCheck = (kind: string, content: string) => companies.check(kind, 'f.csv', content);
    const aziende = `${IMPORT_LAYOUTS.AZIENDE.map((c) => c.header).join(';')}\nAZ-1;01234567890;Alfa Pulizie Soc. Coop.;037006;81.21;Legacoop;15/03/2018;`;
    expect((await companies.start('AZIENDE', 'aziende.csv', aziende)).errors).toBeUndefined();
    const inserimenti = `${IMPORT_LAYOUTS.INSERIMENTI.map((c) => c.header).join(';')}\nINS-1;${CF.anna};01234567890;stage;;01/05/2019;31/10/2019;30;;`;
    for (let i = 0; i < 100 && (await companiesCheck('INSERIMENTI', inserimenti)).errors.length; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await companiesCheck('INSERIMENTI', inserimenti)).toMatchObject({ toCreate: 1, errors: [] });
    expect((await companies.start('INSERIMENTI', 'inserimenti.csv', inserimenti)).errors).toBeUndefined();
    for (let i = 0; i < 100; i++) {
      await factories.drainEvents(t.stack);
      if (await n(`select count(*) as n from "people"."received_placement"`)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const refused = await imports.undo(first.id);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_UNDO_DEPENDENTS' });
    expect(String((refused.errors?.[0]?.extensions as { params?: { what?: string } })?.params?.what)).toContain('inserimenti');
    expect(await n(`select count(*) as n from "people"."beneficiary" where "codice_fiscale" = ?`, [CF.anna])).toBe(1);
  });

  it('undoes a batch of new people nothing depends on: they are gone, and the read models are told', async () => {
    const giorgio = cf('Neri', 'Giorgio', '1982-03-03', 'M');
    const batch = await imports.importFile(
      'PERSONE',
      'persone-2020.csv',
      `${HEADER}\nP-20;${giorgio};Neri;Giorgio;03/03/1982;M;IT;037006;;;;;10/01/2020;;;;;;;;`,
    );
    const [g] = await people<{ id: string }>(`select "id" from "people"."beneficiary" where "codice_fiscale" = ?`, [giorgio]);
    expect((await imports.undone(batch.id)).status).toBe('UNDONE');
    expect(await n(`select count(*) as n from "people"."beneficiary" where "id" = ?`, [g!.id])).toBe(0);
    expect(await n(`select count(*) as n from "people"."status_change" where "beneficiary_id" = ?`, [g!.id])).toBe(0);
    expect(await n(`select count(*) as n from "people"."import_record" where "entity_id" = ?`, [g!.id])).toBe(0);
    expect((await events('BeneficiaryErased')).map((e) => e.aggregate_id)).toContain(g!.id);
    const again = await imports.undo(batch.id);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_UNDO_NOT_FINISHED' });
    const list = await t.graphql<{ peopleHistoryImportBatches: { id: string; owner: string; status: string }[] }>(
      '{ peopleHistoryImportBatches { id owner status } }',
      { token: admin },
    );
    expect(list.data?.peopleHistoryImportBatches[0]).toEqual({ id: batch.id, owner: 'people', status: 'UNDONE' });
  });

  it('forgets the codice fiscale the import mapping holds when an imported person is erased', async () => {
    const [y] = await people<{ id: string }>(`select "id" from "people"."beneficiary" where "codice_fiscale" = ?`, [CF.youssef]);
    expect(await n(`select count(*) as n from "people"."import_record" where "key" = ?`, [CF.youssef])).toBe(1);
    const erased = await t.graphql('mutation($id: ID!) { eraseBeneficiary(beneficiaryId: $id) { id } }', {
      token: admin,
      variables: { id: y!.id },
    });
    expect(erased.errors).toBeUndefined();
    expect(await n(`select count(*) as n from "people"."import_record" where "entity_id" = ? or "key" = ?`, [y!.id, CF.youssef])).toBe(0);
    expect(await n(`select count(*) as n from "people"."import_change" where "entity_id" = ?`, [y!.id])).toBe(0);
    expect(await n(`select count(*) as n from "people"."import_change" where "before"::text like ?`, [`%${CF.youssef}%`])).toBe(0);
  });
});
