import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { count, matchingProfile, outbox, postVacancy, seedProfiles } from './factories.js';

/** Hand-over "confirmed hire → placement": the company confirms the hire with its details, staff confirm the placement. */
let t: TestStack;
let staff: string;
let userA: string;
let userB: string;
let companyA: string;
let vacancyA: string;

const skills = ['picking', 'imballaggio'];
const marta = matchingProfile({ firstName: 'Marta', lastInitial: 'Rossi', skills });
const karim = matchingProfile({ firstName: 'Karim', lastInitial: 'B', skills });
const luca = matchingProfile({ firstName: 'Luca', lastInitial: 'N', skills });

const CONFIRM_HIRE =
  'mutation($i: ConfirmHireInput!) { confirmHire(input: $i) { id status contract startDate endDate hoursPerWeek personName vacancy { id } company { id } placement { id } } }';
const DRAFTS =
  'query($f: PlacementDraftFilter) { placementDrafts(filter: $f) { id status personName contract startDate hoursPerWeek placement { id } } }';
const CONFIRM_DRAFT =
  'mutation($i: ConfirmPlacementDraftInput!) { confirmPlacementDraft(input: $i) { id type contract startDate endDate hoursPerWeek personName vacancy { id } company { id } } }';
const PAGE =
  'query($f: PlacementListFilter, $first: Int, $offset: Int) { placements(filter: $f, first: $first, offset: $offset) { totalCount nodes { id type personName startDate company { id } } } }';

type Draft = { id: string; status: string; personName: string | null; contract: string; startDate: string; hoursPerWeek: number };

async function interviewing(beneficiaryId: string): Promise<string> {
  const p = await t.graphql<{ proposeCandidate: { id: string } }>(
    'mutation($i: ProposeCandidateInput!) { proposeCandidate(input: $i) { id } }',
    {
      token: staff,
      variables: { i: { vacancyId: vacancyA, beneficiaryId } },
    },
  );
  const id = p.data?.proposeCandidate.id;
  if (!id) throw new Error(JSON.stringify(p.errors));
  const r = await t.graphql('mutation($i: ChangeCandidateStatusInput!) { changeCandidateStatus(input: $i) { id } }', {
    token: userA,
    variables: { i: { candidateId: id, status: 'INTERVIEW' } },
  });
  expect(r.errors).toBeUndefined();
  return id;
}
const hire = (token: string, input: Record<string, unknown>) =>
  t.graphql<{ confirmHire: Draft & { placement: null; vacancy: { id: string }; company: { id: string } } }>(CONFIRM_HIRE, {
    token,
    variables: { i: input },
  });
const statusOf = async (candidateId: string) =>
  (
    await t.graphql<{ vacancyCandidates: { id: string; status: string }[] }>(
      'query($v: ID!) { vacancyCandidates(vacancyId: $v) { id status } }',
      {
        token: staff,
        variables: { v: vacancyA },
      },
    )
  ).data?.vacancyCandidates.find((c) => c.id === candidateId)?.status;

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  const a = await factories.createCompany(t.stack, 'Magazzini Bologna');
  const b = await factories.createCompany(t.stack, 'Altra Impresa');
  companyA = a.id;
  userA = await t.tokenFor('COMPANY', { companyId: a.id });
  userB = await t.tokenFor('COMPANY', { companyId: b.id });
  vacancyA = (
    await postVacancy(t, userA, { title: 'Magazziniere', requiredSkills: skills, municipalityCode: '037006', status: 'OPEN', openings: 3 })
  ).id;
  await seedProfiles(t, [marta, karim, luca]);
});
afterAll(async () => {
  await t?.stop();
});

describe('confirmHire (the company\'s "Conferma assunzione")', () => {
  it('refuses bad details, another company and the wrong step, and changes nothing', async () => {
    const candidate = await interviewing(marta.beneficiaryId);
    const good = {
      candidateId: candidate,
      contract: 'TEMPO_DETERMINATO',
      startDate: '2027-01-11',
      endDate: '2027-07-10',
      hoursPerWeek: 30,
    };
    const drafts = await count(t, 'placement_draft');
    const bad: [Record<string, unknown>, string][] = [
      [{ ...good, endDate: null }, 'endDate'],
      [{ ...good, startDate: '11/01/2027' }, 'startDate'],
      [{ ...good, endDate: '2026-12-31' }, 'endDate'],
      [{ ...good, hoursPerWeek: 0 }, 'hoursPerWeek'],
      [{ ...good, hoursPerWeek: 60 }, 'hoursPerWeek'],
      [{ ...good, contract: 'TEMPO_INDETERMINATO' }, 'endDate'],
      [{ ...good, contract: 'IN_PROPRIO' }, 'contract'],
      [{ ...good, candidateId: 'nope' }, 'candidateId'],
    ];
    for (const [input, field] of bad) {
      const r = await hire(userA, input);
      expect(errorCodes(r), JSON.stringify(input)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.extensions?.field, JSON.stringify(input)).toBe(field);
    }
    expect(errorCodes(await hire(userB, good))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await hire(await t.tokenFor('BENEFICIARY'), good))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await hire('', good))).toEqual(['UNAUTHENTICATED']);
    const proposedOnly = await t.graphql<{ proposeCandidate: { id: string } }>(
      'mutation($i: ProposeCandidateInput!) { proposeCandidate(input: $i) { id } }',
      { token: staff, variables: { i: { vacancyId: vacancyA, beneficiaryId: luca.beneficiaryId } } },
    );
    const early = await hire(userA, { ...good, candidateId: proposedOnly.data?.proposeCandidate.id });
    expect(errorCodes(early)).toEqual(['ILLEGAL_TRANSITION']);
    expect(await count(t, 'placement_draft')).toBe(drafts);
    expect(await statusOf(candidate)).toBe('INTERVIEW');
  });

  it('hires the candidate and writes a pending draft the company and staff see; a second confirmation is refused', async () => {
    const candidate = await interviewing(karim.beneficiaryId);
    const r = await hire(userA, { candidateId: candidate, contract: 'TEMPO_INDETERMINATO', startDate: '2027-02-01', hoursPerWeek: 38 });
    expect(r.errors).toBeUndefined();
    expect(r.data?.confirmHire).toMatchObject({
      status: 'PENDING',
      contract: 'TEMPO_INDETERMINATO',
      startDate: '2027-02-01',
      endDate: null,
      hoursPerWeek: 38,
      personName: 'Karim B.',
      vacancy: { id: vacancyA },
      company: { id: companyA },
      placement: null,
    });
    expect(await statusOf(candidate)).toBe('HIRED');
    const again = await hire(userA, { candidateId: candidate, contract: 'TEMPO_INDETERMINATO', startDate: '2027-02-01', hoursPerWeek: 38 });
    expect(errorCodes(again)).toEqual(['ILLEGAL_TRANSITION']);
    const mine = await t.graphql<{ placementDrafts: Draft[] }>(DRAFTS, { token: userA });
    expect(mine.data?.placementDrafts.map((d) => d.personName)).toEqual(['Karim B.']);
    const others = await t.graphql<{ placementDrafts: Draft[] }>(DRAFTS, { token: userB });
    expect(others.data?.placementDrafts).toEqual([]);
    const forStaff = await t.graphql<{ placementDrafts: Draft[] }>(DRAFTS, { token: staff });
    expect(forStaff.data?.placementDrafts.map((d) => d.id)).toContain(r.data?.confirmHire.id);
    expect(errorCodes(await t.graphql(DRAFTS, { token: await t.tokenFor('TRAINING_BODY') }))).toEqual(['FORBIDDEN']);
  });
});

describe('confirmPlacementDraft (staff) and the company\'s "Inserimenti"', () => {
  it('only staff confirm; bad corrections are refused; the confirmed draft becomes a placement with its event, once', async () => {
    const drafts = (await t.graphql<{ placementDrafts: Draft[] }>(DRAFTS, { token: staff })).data?.placementDrafts ?? [];
    const draft = drafts.find((d) => d.personName === 'Karim B.')!;
    const placements = await count(t, 'placement');
    const events = (await outbox(t, 'PlacementRecorded')).length;
    expect(errorCodes(await t.graphql(CONFIRM_DRAFT, { token: userA, variables: { i: { draftId: draft.id } } }))).toEqual(['FORBIDDEN']);
    const badDate = await t.graphql(CONFIRM_DRAFT, { token: staff, variables: { i: { draftId: draft.id, startDate: '2027-13-01' } } });
    expect(errorCodes(badDate)).toEqual(['BAD_USER_INPUT']);
    expect(badDate.errors?.[0]?.extensions?.field).toBe('startDate');
    const unknown = await t.graphql(CONFIRM_DRAFT, { token: staff, variables: { i: { draftId: '00000000-0000-4000-8000-000000000000' } } });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(await count(t, 'placement')).toBe(placements);

    const ok = await t.graphql<{ confirmPlacementDraft: Record<string, unknown> }>(CONFIRM_DRAFT, {
      token: staff,
      variables: { i: { draftId: draft.id, startDate: '2027-02-03' } },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.confirmPlacementDraft).toMatchObject({
      type: 'ASSUNZIONE',
      contract: 'TEMPO_INDETERMINATO',
      startDate: '2027-02-03',
      endDate: null,
      hoursPerWeek: 38,
      personName: 'Karim B.',
      vacancy: { id: vacancyA },
      company: { id: companyA },
    });
    const placementId = ok.data?.confirmPlacementDraft.id as string;
    const recorded = await outbox(t, 'PlacementRecorded');
    expect(recorded).toHaveLength(events + 1);
    expect(recorded.at(-1)).toMatchObject({
      aggregate_id: placementId,
      payload: { beneficiaryId: karim.beneficiaryId, companyId: companyA, vacancyId: vacancyA, type: 'ASSUNZIONE', hoursPerWeek: 38 },
    });
    const twice = await t.graphql(CONFIRM_DRAFT, { token: staff, variables: { i: { draftId: draft.id } } });
    expect(errorCodes(twice)).toEqual(['CONFLICT']);
    expect(await count(t, 'placement')).toBe(placements + 1);
    const pending = (await t.graphql<{ placementDrafts: Draft[] }>(DRAFTS, { token: staff })).data?.placementDrafts ?? [];
    expect(pending.map((d) => d.id)).not.toContain(draft.id);
    const confirmed = await t.graphql<{ placementDrafts: Draft[] & { placement: { id: string } }[] }>(DRAFTS, {
      token: userA,
      variables: { f: { status: 'CONFIRMED' } },
    });
    expect(confirmed.data?.placementDrafts.map((d) => (d as unknown as { placement: { id: string } }).placement.id)).toEqual([placementId]);
  });

  it("lists the company's own placements with the person's name, filters and paging; another company is FORBIDDEN", async () => {
    await t.graphql('mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }', {
      token: staff,
      variables: {
        i: { beneficiaryId: marta.beneficiaryId, type: 'STAGE', startDate: '2026-10-01', endDate: '2027-03-31', companyId: companyA },
      },
    });
    type Page = { placements: { totalCount: number; nodes: { id: string; type: string; personName: string; company: { id: string } }[] } };
    const all = await t.graphql<Page>(PAGE, { token: userA, variables: { first: 1 } });
    expect(all.errors).toBeUndefined();
    expect(all.data?.placements.totalCount).toBe(2);
    expect(all.data?.placements.nodes.map((p) => p.personName)).toEqual(['Karim B.']);
    const second = await t.graphql<Page>(PAGE, { token: userA, variables: { first: 1, offset: 1 } });
    expect(second.data?.placements.nodes.map((p) => p.personName)).toEqual(['Marta R.']);
    const stages = await t.graphql<Page>(PAGE, { token: userA, variables: { f: { type: 'STAGE' } } });
    expect(stages.data?.placements.nodes.map((p) => p.type)).toEqual(['STAGE']);
    const period = await t.graphql<Page>(PAGE, { token: userA, variables: { f: { from: '2027-01-01', to: '2027-12-31' } } });
    expect(period.data?.placements.nodes.map((p) => p.personName)).toEqual(['Karim B.']);
    const other = await t.graphql<Page>(PAGE, { token: userB });
    expect(other.data?.placements.totalCount).toBe(0);
    expect(errorCodes(await t.graphql(PAGE, { token: userB, variables: { f: { companyId: companyA } } }))).toEqual(['FORBIDDEN']);
    const badPeriod = await t.graphql(PAGE, { token: userA, variables: { f: { from: '2027-12-31', to: '2027-01-01' } } });
    expect(errorCodes(badPeriod)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await t.graphql(PAGE, { token: await t.tokenFor('BENEFICIARY') }))).toEqual(['FORBIDDEN']);
  });
});
