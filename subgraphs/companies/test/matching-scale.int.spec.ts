import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, factories, type TestStack } from '@ixl/testkit';
import { insertSyntheticMatchingProfiles } from '../src/bench/synthetic-profiles.js';
import { count, postVacancy } from './factories.js';

let t: TestStack;
let staff: string;

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  await insertSyntheticMatchingProfiles(t.stack.subgraphs.companies.orm.em.fork(), 30_000);
});
afterAll(async () => {
  await t?.stop();
});

describe('matching at scale', () => {
  it('ranks a 30,000-person population in SQL and returns the limit, best first', async () => {
    expect(await count(t, 'matching_profile')).toBe(30_000);
    const company = await factories.createCompany(t.stack);
    const v = await postVacancy(t, staff, { companyId: company.id, title: 'Magazzino', requiredSkills: ['skill-1', 'skill-2', 'skill-3'], niceToHaveSkills: ['skill-4'], italianLevel: 'B1', hoursPerWeek: 30, shifts: ['MORNING'], contractType: 'TEMPO_DETERMINATO', municipalityCode: '037006', status: 'OPEN' });
    const started = Date.now();
    const r = await t.graphql<{ matchCandidates: { score: number; explanation: { matchedSkills: string[]; distanceKm: number } }[] }>(
      'query($v: ID!) { matchCandidates(vacancyId: $v, limit: 100) { score explanation { matchedSkills distanceKm } } }',
      { token: staff, variables: { v: v.id } },
    );
    console.log(`matchCandidates over 30,000 profiles: ${Date.now() - started} ms through the gateway`);
    expect(r.errors).toBeUndefined();
    const list = r.data?.matchCandidates ?? [];
    expect(list).toHaveLength(100);
    expect(list.map((m) => m.score)).toEqual(list.map((m) => m.score).sort((x, y) => y - x));
    expect(list[0]?.explanation.matchedSkills.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...list.map((m) => m.explanation.distanceKm))).toBeLessThanOrEqual(40);
  });
});
