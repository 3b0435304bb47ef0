import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, type TestStack } from '@ixl/testkit';
import { seedPerson } from './seeded-year.js';

/*
 * The questionnaire for people out of protocol: sent by mail (once per person per wave), answered by
 * the link's token or recorded by staff, and the shares computed by hand.
 */
let t: TestStack;
let staff: string;
const SEND =
  'mutation($w: String!, $r: FuoriProtocolloReason) { peopleSendFuoriProtocolloSurvey(wave: $w, reason: $r) { wave invited alreadyInvited skippedWithoutEmail } }';
const ANSWER =
  'mutation($t: String, $s: ID, $w: Boolean!, $c: String, $o: Int!) { peopleAnswerFuoriProtocolloSurvey(token: $t, surveyId: $s, working: $w, contractType: $c, offersReceived: $o) }';
const REPORT =
  'query($w: String!) { peopleFuoriProtocolloSurveyReport(wave: $w) { wave invited answered responseRate working workingShare byContract { key count share } withOffers withOffersShare offersTotal } }';
const LIST = 'query($w: String!) { peopleFuoriProtocolloSurveys(wave: $w) { id beneficiaryId answeredAt working } }';

const sql = <T>(q: string, p: unknown[] = []) => t.stack.subgraphs.people.orm.em.getConnection().execute<T[]>(q, p);
const tokens = async () =>
  (
    await sql<{ beneficiary_id: string; token: string }>(
      `select beneficiary_id, token from people.fp_survey where wave = '2026-11' order by sent_at, id`,
    )
  ).map((r) => r.token);

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  // Five people out of protocol (four with an email), one person still on the programme.
  for (const [i, reason] of (['WORKING', 'WORKING', 'UNREACHABLE', 'NOT_COLLABORATING', 'WORKING'] as const).entries()) {
    const id = await seedPerson(t, { registeredAt: '2025-03-01T10:00:00Z', fuoriProtocollo: { reason, at: '2025-09-01T10:00:00Z' } });
    if (i < 4) await sql(`update people.beneficiary set email = ? where id = ?`, [`fp${i}@test.ixl`, id]);
  }
  const active = await seedPerson(t, {
    registeredAt: '2025-03-01T10:00:00Z',
    interviewedAt: '2025-03-05T10:00:00Z',
    profile: 'IN_TARGET',
    readiness: 'PRONTO',
  });
  await sql(`update people.beneficiary set email = 'active@test.ixl' where id = ?`, [active]);
});
afterAll(async () => {
  await t?.stop();
});

describe('fuori-protocollo questionnaire', () => {
  it('mails the questionnaire once per person per wave to people out of protocol with an email', async () => {
    const r = await t.graphql<{ peopleSendFuoriProtocolloSurvey: Record<string, unknown> }>(SEND, {
      token: staff,
      variables: { w: '2026-11' },
    });
    expect(r.data?.peopleSendFuoriProtocolloSurvey).toEqual({ wave: '2026-11', invited: 4, alreadyInvited: 0, skippedWithoutEmail: 1 });
    const mails = await sql<{ to_address: string; text_body: string }>(
      `select to_address, text_body from people.mail_outbox where template = 'fuori_protocollo_survey' order by to_address`,
    );
    expect(mails.map((m) => m.to_address)).toEqual(['fp0@test.ixl', 'fp1@test.ixl', 'fp2@test.ixl', 'fp3@test.ixl']);
    const all = await tokens();
    expect(all).toHaveLength(4);
    for (const m of mails) expect(all.some((tk) => m.text_body.includes(`/beneficiario/questionario?token=${tk}`))).toBe(true);
    const again = await t.graphql<{ peopleSendFuoriProtocolloSurvey: Record<string, unknown> }>(SEND, {
      token: staff,
      variables: { w: '2026-11' },
    });
    expect(again.data?.peopleSendFuoriProtocolloSurvey).toEqual({ wave: '2026-11', invited: 0, alreadyInvited: 4, skippedWithoutEmail: 1 });
    expect(await sql(`select 1 from people.mail_outbox where template = 'fuori_protocollo_survey'`)).toHaveLength(4);
  });

  it('records answers by link (no login) and by staff, once, and reports the shares', async () => {
    const [a, b, c] = await tokens();
    // By link: working on a fixed-term contract with 2 offers; working on a permanent one with 1 offer; not working, 0 offers.
    expect((await t.graphql(ANSWER, { variables: { t: a, w: true, c: 'TEMPO_DETERMINATO', o: 2 } })).data).toEqual({
      peopleAnswerFuoriProtocolloSurvey: true,
    });
    expect((await t.graphql(ANSWER, { variables: { t: b, w: true, c: 'TEMPO_INDETERMINATO', o: 1 } })).errors).toBeUndefined();
    // Staff records the third by phone (by survey id): not working, 3 offers.
    const list = (await t.graphql<{ peopleFuoriProtocolloSurveys: { id: string }[] }>(LIST, { token: staff, variables: { w: '2026-11' } }))
      .data!.peopleFuoriProtocolloSurveys;
    const third = (await sql<{ id: string }>(`select id from people.fp_survey where token = ?`, [c]))[0]!.id;
    expect(list.map((s) => s.id)).toContain(third);
    expect((await t.graphql(ANSWER, { token: staff, variables: { s: third, w: false, o: 3 } })).errors).toBeUndefined();
    // Second answer on the same questionnaire: CONFLICT, nothing changes.
    const twice = await t.graphql(ANSWER, { variables: { t: a, w: false, o: 0 } });
    expect(errorCodes(twice)).toEqual(['CONFLICT']);
    // 4 invited, 3 answered (75%); working 2 of 3 (66.67%): TD 1, TI 1 (50% each of working); with offers 3 of 3; offers 2 + 1 + 3 = 6.
    const r = (
      await t.graphql<{ peopleFuoriProtocolloSurveyReport: Record<string, unknown> }>(REPORT, { token: staff, variables: { w: '2026-11' } })
    ).data!.peopleFuoriProtocolloSurveyReport;
    expect(r).toMatchObject({
      invited: 4,
      answered: 3,
      responseRate: 0.75,
      working: 2,
      workingShare: 0.6667,
      withOffers: 3,
      withOffersShare: 1,
      offersTotal: 6,
    });
    expect(r.byContract).toEqual([
      { key: 'TEMPO_DETERMINATO', count: 1, share: 0.5 },
      { key: 'TEMPO_INDETERMINATO', count: 1, share: 0.5 },
      { key: 'IN_PROPRIO', count: 0, share: 0 },
      { key: 'A_CHIAMATA', count: 0, share: 0 },
      { key: 'OTHER', count: 0, share: 0 },
    ]);
  });

  it('rejects bad answers on the field at fault and changes nothing', async () => {
    const [, , , d] = await tokens();
    const before = await sql(`select * from people.fp_survey order by id`);
    const cases: [Record<string, unknown>, string][] = [
      [{ t: d, w: true, o: 1 }, 'contractType'],
      [{ t: d, w: true, c: 'FOREVER', o: 1 }, 'contractType'],
      [{ t: d, w: false, c: 'TEMPO_DETERMINATO', o: 1 }, 'contractType'],
      [{ t: d, w: false, o: -1 }, 'offersReceived'],
      [{ t: 'not-a-token', w: false, o: 0 }, 'token'],
      [{ w: false, o: 0 }, 'token'],
    ];
    for (const [variables, field] of cases) {
      const r = await t.graphql(ANSWER, { variables });
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(errorCodes(await t.graphql(SEND, { token: staff, variables: { w: 'no spaces please' } }))).toEqual(['BAD_USER_INPUT']);
    expect(await sql(`select * from people.fp_survey order by id`)).toEqual(before);
  });

  it('keeps sending, staff answers, lists and the report for STAFF/ADMIN (FORBIDDEN otherwise)', async () => {
    const beneficiary = await t.tokenFor('BENEFICIARY');
    const company = await t.tokenFor('COMPANY');
    const [, , , d] = await tokens();
    const id = (await sql<{ id: string }>(`select id from people.fp_survey where token = ?`, [d]))[0]!.id;
    for (const token of [beneficiary, company]) {
      expect(errorCodes(await t.graphql(SEND, { token, variables: { w: '2026-12' } }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.graphql(REPORT, { token, variables: { w: '2026-11' } }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.graphql(LIST, { token, variables: { w: '2026-11' } }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.graphql(ANSWER, { token, variables: { s: id, w: false, o: 0 } }))).toEqual(['FORBIDDEN']);
    }
    expect(await sql(`select 1 from people.fp_survey where wave = '2026-12'`)).toHaveLength(0);
    expect(await sql(`select 1 from people.fp_survey where id = ? and answered_at is null`, [id])).toHaveLength(1);
  });
});
