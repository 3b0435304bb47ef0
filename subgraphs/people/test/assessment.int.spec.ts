import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, type TestStack } from '@ixl/testkit';
import { advance, answersForScore, defaultAnswers, eventsOf, peopleCounts, registerPerson, statusOf } from './factories.js';

let t: TestStack;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack({ smtp: true });
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await t?.stop();
});

const ASSESS =
  'mutation($input: RecordAssessmentInput!) { recordFragilityAssessment(input: $input) { id score threshold profile readiness instrumentVersion answers { itemCode answerCode points } } }';
type Assessed = {
  recordFragilityAssessment: {
    id: string;
    score: number;
    threshold: number;
    profile: string;
    readiness: string | null;
    instrumentVersion: number;
    answers: { points: number }[];
  };
};
const assess = (input: Record<string, unknown>) => t.graphql<Assessed>(ASSESS, { token: staff, variables: { input } });

async function interviewedPerson() {
  const p = await registerPerson(t);
  await advance(t, staff, p.id, 'INTERVIEWED');
  return p;
}

describe('fragility assessment instrument', () => {
  it('is seeded as version 1 with threshold 11 and the DOMAIN dimensions, even without demo data', async () => {
    const r = await t.graphql<{
      assessmentInstrument: {
        version: number;
        threshold: number;
        active: boolean;
        dimensions: { code: string; items: { answers: { points: number }[] }[] }[];
      };
    }>('{ assessmentInstrument { version threshold active dimensions { code items { code answers { code points } } } } }', {
      token: staff,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.assessmentInstrument).toMatchObject({ version: 1, threshold: 11, active: true });
    expect(r.data?.assessmentInstrument.dimensions.map((d) => d.code)).toEqual([
      'WORK_HISTORY',
      'INCOME',
      'HOUSING',
      'HEALTH',
      'FAMILY_RELATIONS',
      'EDUCATION_LANGUAGE',
      'DIGITAL_MOBILITY',
    ]);
    const p = await registerPerson(t);
    expect(errorCodes(await t.graphql('{ assessmentInstrument { version } }', { token: p.token }))).toEqual(['FORBIDDEN']);
  });
});

describe('recordFragilityAssessment', () => {
  it('scores 10 as profilo forte (not in target) and 11 as in target, with readiness defaulting to IN_VALUTAZIONE', async () => {
    const a = await interviewedPerson();
    const forte = await assess({ beneficiaryId: a.id, answers: answersForScore(10) });
    expect(forte.errors).toBeUndefined();
    expect(forte.data?.recordFragilityAssessment).toMatchObject({
      score: 10,
      threshold: 11,
      profile: 'FORTE',
      readiness: null,
      instrumentVersion: 1,
    });
    expect(await statusOf(t, a.id)).toBe('NOT_IN_TARGET');

    const b = await interviewedPerson();
    const target = await assess({ beneficiaryId: b.id, answers: answersForScore(11) });
    expect(target.data?.recordFragilityAssessment).toMatchObject({ score: 11, profile: 'IN_TARGET', readiness: 'IN_VALUTAZIONE' });
    expect(await statusOf(t, b.id)).toBe('IN_TARGET');
    const events = await eventsOf(t, b.id);
    const recorded = events.find((e) => e.type === 'AssessmentRecorded');
    expect(recorded?.payload).toMatchObject({ score: 11, profile: 'IN_TARGET', readiness: 'IN_VALUTAZIONE', instrumentVersion: 1 });
    const snapshot = events.filter((e) => e.type === 'BeneficiaryProfileChanged').at(-1)?.payload.profile;
    expect(snapshot).toMatchObject({ status: 'IN_TARGET', profile: 'IN_TARGET', readiness: 'IN_VALUTAZIONE' });

    const ready = await t.graphql<{ updateBeneficiaryReadiness: { readiness: string } }>(
      'mutation($b: ID!) { updateBeneficiaryReadiness(beneficiaryId: $b, readiness: PRONTO, reason: "CV ready") { readiness } }',
      { token: staff, variables: { b: b.id } },
    );
    expect(ready.data?.updateBeneficiaryReadiness.readiness).toBe('PRONTO');
    expect((await eventsOf(t, b.id)).filter((e) => e.type === 'BeneficiaryProfileChanged').at(-1)?.payload.profile).toMatchObject({
      readiness: 'PRONTO',
    });
    const notInTarget = await t.graphql(
      'mutation($b: ID!) { updateBeneficiaryReadiness(beneficiaryId: $b, readiness: PRONTO) { readiness } }',
      { token: staff, variables: { b: a.id } },
    );
    expect(errorCodes(notInTarget)).toEqual(['ILLEGAL_TRANSITION']);
  });

  it('refuses incomplete, unknown or inconsistent answers, changing nothing', async () => {
    const p = await interviewedPerson();
    const full = defaultAnswers('HIGH');
    const before = await peopleCounts(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ beneficiaryId: p.id, answers: full.slice(1) }, 'answers'],
      [{ beneficiaryId: p.id, answers: [...full.slice(1), { itemCode: full[0]?.itemCode, answerCode: 'MAYBE' }] }, 'answers'],
      [{ beneficiaryId: p.id, answers: [...full, { itemCode: 'SHOE_SIZE', answerCode: '42' }] }, 'answers'],
      [{ beneficiaryId: p.id, answers: [...full, full[0]] }, 'answers'],
      [{ beneficiaryId: p.id, answers: defaultAnswers('LOW'), readiness: 'PRONTO' }, 'readiness'],
    ];
    for (const [input, field] of cases) {
      const r = await assess(input);
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.extensions?.field).toBe(field);
    }
    const byBeneficiary = await t.graphql(ASSESS, { token: p.token, variables: { input: { beneficiaryId: p.id, answers: full } } });
    expect(errorCodes(byBeneficiary)).toEqual(['FORBIDDEN']);
    expect(await peopleCounts(t)).toEqual(before);
    expect(await statusOf(t, p.id)).toBe('INTERVIEWED');
  });

  it('uses a newly published instrument version for new assessments and never rewrites past ones', async () => {
    const p = await interviewedPerson();
    const first = await assess({ beneficiaryId: p.id, answers: defaultAnswers('HIGH'), readiness: 'PRONTO' });
    expect(first.data?.recordFragilityAssessment).toMatchObject({ score: 30, instrumentVersion: 1 });

    const publish =
      'mutation($input: PublishAssessmentInstrumentInput!) { publishAssessmentInstrument(input: $input) { version threshold active } }';
    const v2 = {
      name: 'Scheda v2',
      threshold: 3,
      dimensions: [
        {
          code: 'WORK_HISTORY',
          label: 'Work',
          items: [
            {
              code: 'UNEMPLOYMENT_DURATION',
              text: 'How long?',
              answers: [
                { code: 'SHORT', label: 'Short', points: 0 },
                { code: 'LONG', label: 'Long', points: 5 },
              ],
            },
          ],
        },
      ],
    };
    const bad = await t.graphql(publish, {
      token: staff,
      variables: { input: { ...v2, dimensions: [{ ...v2.dimensions[0], items: [] }] } },
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const r = await t.graphql<{ publishAssessmentInstrument: { version: number; active: boolean } }>(publish, {
      token: staff,
      variables: { input: v2 },
    });
    expect(r.data?.publishAssessmentInstrument).toEqual({ version: 2, threshold: 3, active: true });

    const second = await assess({
      beneficiaryId: p.id,
      answers: [{ itemCode: 'UNEMPLOYMENT_DURATION', answerCode: 'LONG' }],
      readiness: 'NON_PRONTO',
    });
    expect(second.data?.recordFragilityAssessment).toMatchObject({
      score: 5,
      threshold: 3,
      instrumentVersion: 2,
      profile: 'IN_TARGET',
      readiness: 'NON_PRONTO',
    });
    const history = await t.graphql<{
      beneficiary: {
        readiness: string;
        assessments: { score: number; instrumentVersion: number; threshold: number; answers: { points: number }[] }[];
      };
    }>('query($id: ID!) { beneficiary(id: $id) { readiness assessments { score threshold instrumentVersion answers { points } } } }', {
      token: staff,
      variables: { id: p.id },
    });
    expect(history.data?.beneficiary.readiness).toBe('NON_PRONTO');
    const [latest, past] = history.data?.beneficiary.assessments ?? [];
    expect(latest).toMatchObject({ score: 5, instrumentVersion: 2 });
    expect(past).toMatchObject({ score: 30, threshold: 11, instrumentVersion: 1 });
    expect(past?.answers.reduce((s, a) => s + a.points, 0)).toBe(30);
    const v1 = await t.graphql<{ assessmentInstrument: { threshold: number; active: boolean } }>(
      '{ assessmentInstrument(version: 1) { threshold active } }',
      { token: staff },
    );
    expect(v1.data?.assessmentInstrument).toEqual({ threshold: 11, active: false });
  });
});
