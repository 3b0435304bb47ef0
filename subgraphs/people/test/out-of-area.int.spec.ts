import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInRome } from '@ixl/calendar';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { advance, countRows, defaultAnswers, peopleCounts, registerPerson, statusOf } from './factories.js';

// The protocol's target lives in the Città metropolitana (seeds/001_6ba90542cf446215.txt:59): people outside it
// are in target or ready only with a staff exception and a reason (issue 19), and are counted apart in monitoring.

let t: TestStack;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack({ smtp: true });
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await t?.stop();
});

const ASSESS = `mutation($input: RecordAssessmentInput!) { recordFragilityAssessment(input: $input) { id profile readiness } }`;
const EXCEPTION = `mutation($b: ID!, $r: String!) { recordOutOfAreaException(beneficiaryId: $b, reason: $r) { id outOfArea outOfAreaExceptionReason outOfAreaExceptionAt } }`;
const READINESS = `mutation($b: ID!, $r: Readiness!) { updateBeneficiaryReadiness(beneficiaryId: $b, readiness: $r, reason: "Pronta") { id readiness } }`;
const REPORT = `query($from: String!, $to: String!) { peopleReport(from: $from, to: $to) { interviewed assessed inTarget inTargetOutOfArea inTargetShare readiness { key count } } }`;
const field = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.field;

describe('people outside the Città metropolitana', () => {
  it('are refused "in target" and "ready" until staff record an exception with a reason; then counted apart in monitoring', async () => {
    const year = todayInRome().slice(0, 4);
    const report = async () =>
      (
        await t.graphql<{ peopleReport: { interviewed: number; inTarget: number; inTargetOutOfArea: number } }>(REPORT, {
          token: staff,
          variables: { from: `${year}-01-01`, to: `${year}-12-31` },
        })
      ).data?.peopleReport as { interviewed: number; inTarget: number; inTargetOutOfArea: number };
    const before = await report();

    const rome = await registerPerson(t, { municipalityCode: '058091', municipalityName: 'Roma' });
    await advance(t, staff, rome.id, 'INTERVIEWED');
    const counts = await peopleCounts(t);
    const assess = (readiness?: string) =>
      t.graphql<{ recordFragilityAssessment: { profile: string; readiness: string } }>(ASSESS, {
        token: staff,
        variables: { input: { beneficiaryId: rome.id, answers: defaultAnswers('HIGH'), ...(readiness ? { readiness } : {}) } },
      });
    const refused = await assess('PRONTO');
    expect(errorCodes(refused)).toEqual(['ILLEGAL_TRANSITION']);
    expect(field(refused)).toBe('beneficiaryId');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('OUT_OF_AREA_NEEDS_EXCEPTION_READY');
    expect(refused.errors?.[0]?.message).toContain('outside the Città metropolitana');
    expect(await peopleCounts(t)).toEqual(counts);
    expect(await statusOf(t, rome.id)).toBe('INTERVIEWED');
    // A low score (profilo forte, not in target) is recorded as usual.
    const low = await t.graphql<{ recordFragilityAssessment: { profile: string } }>(ASSESS, {
      token: staff,
      variables: { input: { beneficiaryId: rome.id, answers: defaultAnswers('LOW') } },
    });
    expect(low.data?.recordFragilityAssessment.profile).toBe('FORTE');

    // The exception: staff only, with a reason; not for people who live in the area.
    const bolognese = await registerPerson(t);
    const cases: [string, string, string, string][] = [
      [staff, rome.id, 'no', 'BAD_USER_INPUT'],
      [staff, rome.id, '   ', 'BAD_USER_INPUT'],
      [staff, bolognese.id, 'Domiciliata a Bologna da marzo', 'ILLEGAL_TRANSITION'],
      [await t.tokenFor('COMPANY'), rome.id, 'Lavorerebbe a Bologna', 'FORBIDDEN'],
      [rome.token, rome.id, 'Lavorerei a Bologna', 'FORBIDDEN'],
    ];
    const unchanged = await peopleCounts(t);
    for (const [token, b, r, code] of cases)
      expect(errorCodes(await t.graphql(EXCEPTION, { token, variables: { b, r } })), r).toEqual([code]);
    expect(await peopleCounts(t)).toEqual(unchanged);
    expect(await countRows(t, 'beneficiary', 'out_of_area_exception_reason is not null and id in (?, ?)', [rome.id, bolognese.id])).toBe(0);

    const granted = await t.graphql<{ recordOutOfAreaException: Record<string, unknown> }>(EXCEPTION, {
      token: staff,
      variables: { b: rome.id, r: 'Ospite di una struttura a Bologna in attesa di residenza' },
    });
    expect(granted.data?.recordOutOfAreaException).toMatchObject({
      outOfArea: true,
      outOfAreaExceptionReason: 'Ospite di una struttura a Bologna in attesa di residenza',
      outOfAreaExceptionAt: expect.any(String),
    });
    await factories.drainEvents(t.stack);
    // Audited: the event and the personal-data audit row (who, when).
    expect(await countRows(t, 'outbox_event', `type = 'OutOfAreaExceptionRecorded' and aggregate_id = ?`, [rome.id])).toBe(1);
    expect(
      await countRows(
        t,
        'personal_data_audit',
        `beneficiary_id = ? and detail = 'people:OutOfAreaExceptionRecorded' and actor_role = 'STAFF'`,
        [rome.id],
      ),
    ).toBe(1);

    const inTarget = await assess('NON_PRONTO');
    expect(inTarget.data?.recordFragilityAssessment).toMatchObject({ profile: 'IN_TARGET', readiness: 'NON_PRONTO' });
    expect(await statusOf(t, rome.id)).toBe('IN_TARGET');
    const ready = await t.graphql<{ updateBeneficiaryReadiness: { readiness: string } }>(READINESS, {
      token: staff,
      variables: { b: rome.id, r: 'PRONTO' },
    });
    expect(ready.data?.updateBeneficiaryReadiness.readiness).toBe('PRONTO');

    // Counted apart: not in inTarget, its share or readiness.
    const after = await report();
    expect(after.inTargetOutOfArea - before.inTargetOutOfArea).toBe(1);
    expect(after.inTarget - before.inTarget).toBe(0);
    expect(after.interviewed - before.interviewed).toBe(1);
  });

  it('refuses "ready" for an out-of-area person already in target without an exception (assessed before the rule)', async () => {
    const p = await registerPerson(t, { municipalityCode: '058091', municipalityName: 'Roma' });
    await advance(t, staff, p.id, 'INTERVIEWED');
    // Assessed in target before the rule existed.
    await t.stack.subgraphs.people.orm.em
      .fork()
      .execute(`update people.beneficiary set profile = 'IN_TARGET', readiness = 'NON_PRONTO', status = 'IN_TARGET' where id = ?`, [p.id]);
    const r = await t.graphql(READINESS, { token: staff, variables: { b: p.id, r: 'PRONTO' } });
    expect(errorCodes(r)).toEqual(['ILLEGAL_TRANSITION']);
    expect(await countRows(t, 'beneficiary', `id = ? and readiness = 'NON_PRONTO'`, [p.id])).toBe(1);
    const notReady = await t.graphql(READINESS, { token: staff, variables: { b: p.id, r: 'FRAGILE' } });
    expect(notReady.errors).toBeUndefined();
  });
});
