import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@ixl/demo-data';
import { bootTestStack, errorCodes, type TestStack } from '@ixl/testkit';

let t: TestStack;
let person: string;
let staff: string;
let beneficiaryId: string;

interface MyMatch {
  vacancyId: string;
  title: string;
  score: number;
  explanation: { matchedSkills: string[]; distanceKm: number; summary: string };
}

const MY_MATCHES = '{ myVacancyMatches(limit: 20) { vacancyId title score explanation { matchedSkills distanceKm summary } } }';

beforeAll(async () => {
  t = await bootTestStack({ seedDemo: true });
  person = await t.login('beneficiario@demo.ixl', DEMO_PASSWORD);
  staff = await t.login('staff@demo.ixl', DEMO_PASSWORD);
  const me = await t.graphql<{ me: { beneficiaryId: string } }>('{ me { beneficiaryId } }', { token: person });
  beneficiaryId = me.data?.me.beneficiaryId ?? '';
});
afterAll(async () => {
  await t?.stop();
});

describe('myVacancyMatches (the beneficiary portal)', () => {
  it('gives the demo beneficiary open vacancies, best first, with the score and explanation staff see for the same person', async () => {
    const r = await t.graphql<{ myVacancyMatches: MyMatch[] }>(MY_MATCHES, { token: person });
    expect(r.errors).toBeUndefined();
    const matches = r.data?.myVacancyMatches ?? [];
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
    for (const m of matches) {
      const ranked = await t.graphql<{
        matchCandidates: { beneficiaryId: string; score: number; explanation: { matchedSkills: string[]; distanceKm: number } }[];
      }>('query($v: ID!) { matchCandidates(vacancyId: $v, limit: 200) { beneficiaryId score explanation { matchedSkills distanceKm } } }', {
        token: staff,
        variables: { v: m.vacancyId },
      });
      const mine = ranked.data?.matchCandidates.find((c) => c.beneficiaryId === beneficiaryId);
      expect(mine, `staff ranking of ${m.title}`).toBeDefined();
      expect(mine?.score).toBe(m.score);
      expect(mine?.explanation).toEqual({ matchedSkills: m.explanation.matchedSkills, distanceKm: m.explanation.distanceKm });
    }
  });

  it('is for beneficiaries only, and checks the limit', async () => {
    expect(errorCodes(await t.graphql(MY_MATCHES, { token: staff }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.graphql(MY_MATCHES))).toEqual(['UNAUTHENTICATED']);
    const bad = await t.graphql('{ myVacancyMatches(limit: 0) { vacancyId } }', { token: person });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.field).toBe('limit');
  });
});
