import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { matchingProfile, postVacancy, seedProfiles } from './factories.js';

let t: TestStack;
let staff: string;
let company: string;
let vacancyId: string;
const skills = ['pulizia industriale'];
const anna = matchingProfile({ firstName: 'Anna', skills });
const omar = matchingProfile({ firstName: 'Omar', skills });

const HISTORY = 'query($v: ID!) { vacancyCandidates(vacancyId: $v) { id history { from to reasonCode reasonNote at } } }';
type History = {
  vacancyCandidates: {
    id: string;
    history: { from: string | null; to: string; reasonCode: string | null; reasonNote: string | null; at: string }[] | null;
  }[];
};

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  const c = await factories.createCompany(t.stack, 'Alfa Pulizie');
  company = await t.tokenFor('COMPANY', { companyId: c.id });
  await seedProfiles(t, [anna, omar]);
  vacancyId = (
    await postVacancy(t, staff, {
      companyId: c.id,
      title: 'Addetto pulizie',
      municipalityCode: '037006',
      requiredSkills: skills,
      status: 'OPEN',
    })
  ).id;
});
afterAll(async () => {
  await t?.stop();
});

describe('Candidate.history (staff)', () => {
  it('lists every transition with its reason, oldest first, per candidate (batched)', async () => {
    const shortlist = await t.graphql<{ shortlistCandidate: { id: string } }>(
      'mutation($i: ProposeCandidateInput!) { shortlistCandidate(input: $i) { id } }',
      { token: staff, variables: { i: { vacancyId, beneficiaryId: anna.beneficiaryId } } },
    );
    const annaId = shortlist.data?.shortlistCandidate.id ?? '';
    const change = (candidateId: string, status: string, extra: Record<string, unknown> = {}) =>
      t.graphql('mutation($i: ChangeCandidateStatusInput!) { changeCandidateStatus(input: $i) { id } }', {
        token: staff,
        variables: { i: { candidateId, status, ...extra } },
      });
    expect((await change(annaId, 'PROPOSED')).errors).toBeUndefined();
    expect(
      (await change(annaId, 'DECLINED_BY_CANDIDATE', { reasonCode: 'FEAR_OF_INFECTION', reasonNote: 'Teme il contagio' })).errors,
    ).toBeUndefined();
    const proposed = await t.graphql<{ proposeCandidate: { id: string } }>(
      'mutation($i: ProposeCandidateInput!) { proposeCandidate(input: $i) { id } }',
      { token: staff, variables: { i: { vacancyId, beneficiaryId: omar.beneficiaryId } } },
    );
    const omarId = proposed.data?.proposeCandidate.id ?? '';

    const r = await t.graphql<History>(HISTORY, { token: staff, variables: { v: vacancyId } });
    expect(r.errors).toBeUndefined();
    const byId = new Map(r.data?.vacancyCandidates.map((c) => [c.id, c.history]));
    expect(byId.get(annaId)?.map(({ at: _at, ...rest }) => rest)).toEqual([
      { from: null, to: 'SHORTLISTED', reasonCode: null, reasonNote: null },
      { from: 'SHORTLISTED', to: 'PROPOSED', reasonCode: null, reasonNote: null },
      { from: 'PROPOSED', to: 'DECLINED_BY_CANDIDATE', reasonCode: 'FEAR_OF_INFECTION', reasonNote: 'Teme il contagio' },
    ]);
    expect(byId.get(omarId)?.map((h) => [h.from, h.to])).toEqual([[null, 'PROPOSED']]);
    const times = byId.get(annaId)?.map((h) => Date.parse(h.at)) ?? [];
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('refuses a refused change leaving no trace, and hides the history from companies', async () => {
    const before = await t.graphql<History>(HISTORY, { token: staff, variables: { v: vacancyId } });
    const omar_ = before.data?.vacancyCandidates.find((c) => c.history?.some((h) => h.to === 'PROPOSED' && h.from === null));
    const bad = await t.graphql('mutation($i: ChangeCandidateStatusInput!) { changeCandidateStatus(input: $i) { id } }', {
      token: staff,
      variables: { i: { candidateId: omar_?.id, status: 'REJECTED_BY_COMPANY' } },
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const after = await t.graphql<History>(HISTORY, { token: staff, variables: { v: vacancyId } });
    expect(after.data?.vacancyCandidates.find((c) => c.id === omar_?.id)?.history).toHaveLength(1);
    const asCompany = await t.graphql<History>(HISTORY, { token: company, variables: { v: vacancyId } });
    expect(errorCodes(asCompany)).toContain('FORBIDDEN');
    expect(asCompany.data?.vacancyCandidates.every((c) => c.history === null)).toBe(true);
  });
});
