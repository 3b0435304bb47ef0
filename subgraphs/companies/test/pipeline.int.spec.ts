import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { count, eraseBeneficiary, matchingProfile, outbox, postVacancy, seedProfiles, sql } from './factories.js';

let t: TestStack;
let staff: string;
let userA: string;
let userB: string;
let vacancyA: string;
let vacancyB: string;

const skills = ['pulizia industriale', 'uso di detergenti professionali'];
const anna = matchingProfile({ firstName: 'Anna', lastInitial: 'Verdi', skills, cvShareConsent: true });
const omar = matchingProfile({ firstName: 'Omar', lastInitial: 'K', skills, cvShareConsent: false });
const sara = matchingProfile({ firstName: 'Sara', lastInitial: 'M', skills });
const ivan = matchingProfile({ firstName: 'Ivan', lastInitial: 'P', skills });

const CANDIDATE =
  'id status firstName initials skills shifts availableHoursPerWeek italianLevel cvAvailable reasonCode reasonNote vacancy { id }';
const PROPOSE = `mutation($i: ProposeCandidateInput!) { proposeCandidate(input: $i) { ${CANDIDATE} } }`;
const SHORTLIST = 'mutation($i: ProposeCandidateInput!) { shortlistCandidate(input: $i) { id status score } }';
const CHANGE = 'mutation($i: ChangeCandidateStatusInput!) { changeCandidateStatus(input: $i) { id status reasonCode reasonNote } }';
const LIST = `query($v: ID!) { vacancyCandidates(vacancyId: $v) { ${CANDIDATE} } }`;

type Candidate = {
  id: string;
  status: string;
  firstName: string;
  initials: string;
  skills: string[];
  cvAvailable: boolean;
  reasonCode: string | null;
};

async function propose(beneficiaryId: string, vacancyId = vacancyA): Promise<Candidate> {
  const r = await t.graphql<{ proposeCandidate: Candidate }>(PROPOSE, { token: staff, variables: { i: { vacancyId, beneficiaryId } } });
  if (!r.data?.proposeCandidate) throw new Error(JSON.stringify(r.errors));
  return r.data.proposeCandidate;
}
const change = (token: string, candidateId: string, status: string, extra: Record<string, unknown> = {}) =>
  t.graphql<{ changeCandidateStatus: { status: string; reasonCode: string | null; reasonNote: string | null } }>(CHANGE, {
    token,
    variables: { i: { candidateId, status, ...extra } },
  });

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  const a = await factories.createCompany(t.stack, 'Alfa Pulizie');
  const b = await factories.createCompany(t.stack, 'Beta Logistica');
  userA = await t.tokenFor('COMPANY', { companyId: a.id });
  userB = await t.tokenFor('COMPANY', { companyId: b.id });
  vacancyA = (
    await postVacancy(t, userA, { title: 'Pulizie', requiredSkills: skills, municipalityCode: '037006', status: 'OPEN', openings: 2 })
  ).id;
  vacancyB = (await postVacancy(t, userB, { title: 'Magazzino', requiredSkills: ['picking'], municipalityCode: '037005', status: 'OPEN' }))
    .id;
  await seedProfiles(t, [anna, omar, sara, ivan]);
});
afterAll(async () => {
  await t?.stop();
});

describe('shortlist and proposal', () => {
  it('keeps shortlisted people from the company, then shows the proposed candidate with only the needed fields', async () => {
    const s = await t.graphql<{ shortlistCandidate: { id: string; status: string; score: number } }>(SHORTLIST, {
      token: staff,
      variables: { i: { vacancyId: vacancyA, beneficiaryId: anna.beneficiaryId, note: 'Molto motivata' } },
    });
    expect(s.data?.shortlistCandidate).toMatchObject({ status: 'SHORTLISTED', score: 100 });
    const before = await t.graphql<{ vacancyCandidates: Candidate[] }>(LIST, { token: userA, variables: { v: vacancyA } });
    expect(before.data?.vacancyCandidates).toEqual([]);
    const hidden = await change(userA, s.data?.shortlistCandidate.id ?? '', 'INTERVIEW');
    expect(errorCodes(hidden)).toEqual(['FORBIDDEN']);

    const p = await propose(anna.beneficiaryId);
    expect(p).toMatchObject({
      id: s.data?.shortlistCandidate.id,
      status: 'PROPOSED',
      firstName: 'Anna',
      initials: 'A. V.',
      skills,
      cvAvailable: true,
      shifts: ['MORNING', 'AFTERNOON'],
    });
    const seen = await t.graphql<{ vacancyCandidates: Candidate[] }>(LIST, { token: userA, variables: { v: vacancyA } });
    expect(seen.data?.vacancyCandidates.map((c) => c.firstName)).toEqual(['Anna']);
    const proposed = (await outbox(t, 'CandidateProposed')).map((e) => e.payload);
    expect(proposed).toEqual([
      expect.objectContaining({ candidateId: p.id, vacancyId: vacancyA, beneficiaryId: anna.beneficiaryId, score: 100 }),
    ]);
  });

  it('refuses the company staff-only fields and the full person', async () => {
    for (const field of ['score', 'staffNote', 'beneficiary { id }']) {
      const r = await t.graphql<{ vacancyCandidates: Record<string, unknown>[] }>(
        `query($v: ID!) { vacancyCandidates(vacancyId: $v) { id ${field} } }`,
        { token: userA, variables: { v: vacancyA } },
      );
      expect(errorCodes(r), field).toContain('FORBIDDEN');
      expect(JSON.stringify(r.data)).not.toContain(anna.beneficiaryId);
    }
    const asStaff = await t.graphql<{ vacancyCandidates: { score: number; staffNote: string; beneficiary: { id: string } }[] }>(
      'query($v: ID!) { vacancyCandidates(vacancyId: $v) { score staffNote beneficiary { id } } }',
      { token: staff, variables: { v: vacancyA } },
    );
    expect(asStaff.data?.vacancyCandidates).toEqual([{ score: 100, staffNote: 'Molto motivata', beneficiary: { id: anna.beneficiaryId } }]);
  });

  it('rejects bad proposals and writes nothing', async () => {
    await propose(sara.beneficiaryId);
    const before = [await count(t, 'candidate'), (await outbox(t, 'CandidateProposed')).length];
    const twice = await t.graphql(PROPOSE, { token: staff, variables: { i: { vacancyId: vacancyA, beneficiaryId: sara.beneficiaryId } } });
    expect(errorCodes(twice)).toEqual(['CONFLICT']);
    const unknown = await t.graphql(PROPOSE, {
      token: staff,
      variables: { i: { vacancyId: vacancyA, beneficiaryId: '7d7e4f6e-2d0a-4c1b-9a43-0f2b7e1c9a11' } },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'beneficiaryId' });
    const byCompany = await t.graphql(PROPOSE, {
      token: userA,
      variables: { i: { vacancyId: vacancyA, beneficiaryId: ivan.beneficiaryId } },
    });
    expect(errorCodes(byCompany)).toEqual(['FORBIDDEN']);
    const draft = (
      await postVacancy(t, staff, { title: 'Bozza', municipalityCode: '037006', companyId: (await factories.createCompany(t.stack)).id })
    ).id;
    const notOpen = await t.graphql(PROPOSE, { token: staff, variables: { i: { vacancyId: draft, beneficiaryId: ivan.beneficiaryId } } });
    expect(notOpen.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'vacancyId' });
    expect([await count(t, 'candidate'), (await outbox(t, 'CandidateProposed')).length]).toEqual(before);
  });
});

describe('the candidate pipeline', () => {
  it('runs proposed → CV sent → interview → hired, publishing every change', async () => {
    const c = (
      await t.graphql<{ vacancyCandidates: Candidate[] }>(LIST, { token: staff, variables: { v: vacancyA } })
    ).data?.vacancyCandidates.find((x) => x.firstName === 'Anna');
    expect(c).toBeDefined();
    const id = c?.id ?? '';
    expect(errorCodes(await change(userA, id, 'CV_SENT'))).toEqual(['FORBIDDEN']);
    expect((await change(staff, id, 'CV_SENT')).data?.changeCandidateStatus.status).toBe('CV_SENT');
    expect((await change(userA, id, 'INTERVIEW')).data?.changeCandidateStatus.status).toBe('INTERVIEW');
    expect((await change(userA, id, 'HIRED')).data?.changeCandidateStatus.status).toBe('HIRED');
    expect(errorCodes(await change(staff, id, 'INTERVIEW'))).toEqual(['ILLEGAL_TRANSITION']);
    const changes = (await outbox(t, 'CandidateStatusChanged'))
      .filter((e) => e.aggregate_id === id)
      .map((e) => [e.payload.from, e.payload.to]);
    expect(changes).toEqual([
      [null, 'SHORTLISTED'],
      ['SHORTLISTED', 'PROPOSED'],
      ['PROPOSED', 'CV_SENT'],
      ['CV_SENT', 'INTERVIEW'],
      ['INTERVIEW', 'HIRED'],
    ]);
  });

  it('sends a CV only with the candidate’s consent', async () => {
    const c = await propose(omar.beneficiaryId);
    expect(c.cvAvailable).toBe(false);
    const r = await change(staff, c.id, 'CV_SENT');
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(await sql(t, 'select "status" from "companies"."candidate" where "id" = ?', [c.id])).toEqual([{ status: 'PROPOSED' }]);
  });

  it('records refusals by the candidate and rejections by the company with their reason', async () => {
    const sara1 =
      (await sql<{ id: string }>(t, 'select "id" from "companies"."candidate" where "beneficiary_id" = ?', [sara.beneficiaryId]))[0]?.id ??
      '';
    const noReason = await change(staff, sara1, 'DECLINED_BY_CANDIDATE');
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasonCode' });
    const other = await change(staff, sara1, 'DECLINED_BY_CANDIDATE', { reasonCode: 'OTHER' });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasonNote' });
    expect(errorCodes(await change(userA, sara1, 'DECLINED_BY_CANDIDATE', { reasonCode: 'FEAR_OF_INFECTION' }))).toEqual(['FORBIDDEN']);
    const declined = await change(staff, sara1, 'DECLINED_BY_CANDIDATE', {
      reasonCode: 'FEAR_OF_INFECTION',
      reasonNote: 'Teme il contagio sui mezzi',
    });
    expect(declined.data?.changeCandidateStatus).toMatchObject({
      status: 'DECLINED_BY_CANDIDATE',
      reasonCode: 'FEAR_OF_INFECTION',
      reasonNote: 'Teme il contagio sui mezzi',
    });
    const last = (await outbox(t, 'CandidateStatusChanged')).filter((e) => e.aggregate_id === sara1).at(-1)?.payload;
    expect(last).toMatchObject({ to: 'DECLINED_BY_CANDIDATE', reasonCode: 'FEAR_OF_INFECTION', reason: 'Teme il contagio sui mezzi' });

    const c = await propose(ivan.beneficiaryId);
    const rejected = await change(userA, c.id, 'REJECTED_BY_COMPANY', { reasonCode: 'SKILLS' });
    expect(rejected.data?.changeCandidateStatus).toMatchObject({ status: 'REJECTED_BY_COMPANY', reasonCode: 'SKILLS' });
  });

  it('fills the vacancy when the hires reach the openings', async () => {
    const status = async () =>
      (
        await t.graphql<{ vacancy: { status: string } }>('query($id: ID!) { vacancy(id: $id) { status } }', {
          token: userA,
          variables: { id: vacancyA },
        })
      ).data?.vacancy.status;
    await expect(status()).resolves.toBe('OPEN'); // 1 hire of 2 openings so far
    const omarId =
      (await sql<{ id: string }>(t, 'select "id" from "companies"."candidate" where "beneficiary_id" = ?', [omar.beneficiaryId]))[0]?.id ??
      '';
    expect((await change(userA, omarId, 'INTERVIEW')).data?.changeCandidateStatus.status).toBe('INTERVIEW');
    expect((await change(userA, omarId, 'HIRED')).data?.changeCandidateStatus.status).toBe('HIRED');
    await expect(status()).resolves.toBe('FILLED');
    const last = (await outbox(t, 'VacancyChanged')).filter((e) => e.aggregate_id === vacancyA).at(-1)?.payload;
    expect(last).toMatchObject({ previousStatus: 'OPEN', status: 'FILLED', changedFields: ['status'] });
  });
});

describe('visibility between two companies', () => {
  it('gives another company nothing about the candidates of a vacancy that is not its own', async () => {
    const list = await t.graphql(LIST, { token: userB, variables: { v: vacancyA } });
    expect(errorCodes(list)).toEqual(['FORBIDDEN']);
    expect(list.data ?? null).toBeNull();
    const own = await t.graphql<{ vacancies: { id: string; candidates: Candidate[] }[] }>(
      '{ vacancies { id candidates { id firstName } } }',
      { token: userB },
    );
    expect(own.data?.vacancies.map((v) => v.id)).toEqual([vacancyB]);
    expect(own.data?.vacancies[0]?.candidates).toEqual([]);
    const ids = await sql<{ id: string }>(t, 'select "id" from "companies"."candidate" where "vacancy_id" = ?', [vacancyA]);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    for (const { id } of ids) {
      const r = await change(userB, id, 'INTERVIEW');
      expect(errorCodes(r)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(r)).not.toMatch(/Anna|Omar|Sara|Ivan/);
    }
    const unknown = await change(userB, '7d7e4f6e-2d0a-4c1b-9a43-0f2b7e1c9a11', 'INTERVIEW');
    expect(errorCodes(unknown)).toEqual(['FORBIDDEN']);
  });

  it('lets beneficiaries and training bodies see no candidates', async () => {
    const person = await t.tokenFor('BENEFICIARY', { beneficiaryId: anna.beneficiaryId });
    expect(errorCodes(await t.graphql(LIST, { token: person, variables: { v: vacancyA } }))).toEqual(['FORBIDDEN']);
    const body = await t.tokenFor('TRAINING_BODY', { trainingBodyId: (await factories.createTrainingBody(t.stack)).id });
    expect(errorCodes(await t.graphql(LIST, { token: body, variables: { v: vacancyA } }))).toEqual(['FORBIDDEN']);
  });
});

describe('Beneficiary.candidacies', () => {
  it('shows staff every candidacy of a person, and the person its own from the proposal on', async () => {
    const b = await factories.createBeneficiary(t.stack, { firstName: 'Elena' });
    await seedProfiles(t, [matchingProfile({ beneficiaryId: b.id, firstName: 'Elena', skills: ['picking'], municipalityCode: '037005' })]);
    await t.graphql(SHORTLIST, { token: staff, variables: { i: { vacancyId: vacancyB, beneficiaryId: b.id } } });
    const Q = 'query($id: ID!) { beneficiary(id: $id) { candidacies { status vacancy { title } } } }';
    const own = await t.tokenFor('BENEFICIARY', { beneficiaryId: b.id });
    const asStaff = await t.graphql<{ beneficiary: { candidacies: { status: string; vacancy: { title: string } }[] } }>(Q, {
      token: staff,
      variables: { id: b.id },
    });
    expect(asStaff.data?.beneficiary.candidacies).toEqual([{ status: 'SHORTLISTED', vacancy: { title: 'Magazzino' } }]);
    const before = await t.graphql<{ beneficiary: { candidacies: unknown[] } }>(Q, { token: own, variables: { id: b.id } });
    expect(before.data?.beneficiary.candidacies).toEqual([]);
    await propose(b.id, vacancyB);
    const after = await t.graphql<{ beneficiary: { candidacies: { status: string; vacancy: { title: string } }[] } }>(Q, {
      token: own,
      variables: { id: b.id },
    });
    expect(after.data?.beneficiary.candidacies).toEqual([{ status: 'PROPOSED', vacancy: { title: 'Magazzino' } }]);
  });
});

describe('GDPR erasure', () => {
  it('keeps the candidacy statistics but drops the name and the free-text notes', async () => {
    await eraseBeneficiary(t, sara.beneficiaryId);
    const rows = await sql<{ status: string; reason_code: string; reason_note: string | null }>(
      t,
      'select "status", "reason_code", "reason_note" from "companies"."candidate" where "beneficiary_id" = ?',
      [sara.beneficiaryId],
    );
    expect(rows).toEqual([{ status: 'DECLINED_BY_CANDIDATE', reason_code: 'FEAR_OF_INFECTION', reason_note: null }]);
    const seen = await t.graphql<{ vacancyCandidates: { firstName: string | null; reasonCode: string | null }[] }>(
      'query($v: ID!) { vacancyCandidates(vacancyId: $v) { firstName reasonCode } }',
      { token: userA, variables: { v: vacancyA } },
    );
    expect(seen.data?.vacancyCandidates).toContainEqual({ firstName: null, reasonCode: 'FEAR_OF_INFECTION' });
    expect(JSON.stringify(seen.data)).not.toContain('Sara');
  });
});
