import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, factories, liveClient, liveSubscriptions, settle, subscribed, until, type TestStack } from '@ixl/testkit';
import { matchingProfile, postVacancy, seedProfiles } from './factories.js';

let t: TestStack;
let live: ReturnType<typeof liveClient>;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack();
  live = liveClient(t.url);
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await live?.dispose();
  await t?.stop();
});

const vacancyInput = (title: string) => ({
  title,
  municipalityCode: '037006',
  openings: 2,
  requiredSkills: ['pulizia industriale'],
  contractType: 'TEMPO_DETERMINATO',
  hoursPerWeek: 30,
  status: 'OPEN',
});

describe('live companies updates through the gateway', () => {
  it('gives staff each placement with fields from companies and people, and a company only its own', async () => {
    const a = await factories.createCompany(t.stack, 'Alfa Live');
    const b = await factories.createCompany(t.stack, 'Beta Live');
    const companyA = await t.tokenFor('COMPANY', { companyId: a.id });
    const person = await factories.createBeneficiary(t.stack, { firstName: 'Lucia' });
    const other = await factories.createBeneficiary(t.stack, { firstName: 'Omar' });
    await seedProfiles(t, [
      matchingProfile({ beneficiaryId: person.id, firstName: 'Lucia' }),
      matchingProfile({ beneficiaryId: other.id, firstName: 'Omar' }),
    ]);
    const serving = liveSubscriptions(t.stack);
    const staffFeed = live.subscribe<{
      placementRecorded: { type: string; company: { name: string }; beneficiary: { firstName: string } };
    }>(staff, 'subscription { placementRecorded { type company { name } beneficiary { firstName } } }');
    const companyFeed = live.subscribe<{ placementRecorded: { company: { name: string } } }>(
      companyA,
      'subscription { placementRecorded { company { name } } }',
    );
    await subscribed(t.stack, serving + 2);
    const record = (beneficiaryId: string, companyId: string) =>
      t.graphql('mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }', {
        token: staff,
        variables: {
          i: { beneficiaryId, companyId, type: 'ASSUNZIONE', contract: 'TEMPO_DETERMINATO', startDate: '2026-12-01', hoursPerWeek: 30 },
        },
      });
    expect((await record(person.id, a.id)).errors).toBeUndefined();
    expect((await record(other.id, b.id)).errors).toBeUndefined();
    await until(() => staffFeed.received.length === 2 && companyFeed.received.length >= 1);
    await settle();
    expect(staffFeed.received.map((r) => r.data?.placementRecorded)).toEqual([
      { type: 'ASSUNZIONE', company: { name: 'Alfa Live' }, beneficiary: { firstName: 'Lucia' } },
      { type: 'ASSUNZIONE', company: { name: 'Beta Live' }, beneficiary: { firstName: 'Omar' } },
    ]);
    expect(companyFeed.received.map((r) => r.data?.placementRecorded)).toEqual([{ company: { name: 'Alfa Live' } }]);
  });

  it('tells a company about its own vacancies and candidates only, never about shortlists', async () => {
    const a = await factories.createCompany(t.stack, 'Gamma Live');
    const b = await factories.createCompany(t.stack, 'Delta Live');
    const userA = await t.tokenFor('COMPANY', { companyId: a.id });
    const userB = await t.tokenFor('COMPANY', { companyId: b.id });
    const [p1, p2] = await seedProfiles(t, [
      matchingProfile({ firstName: 'Anna', skills: ['pulizia industriale'] }),
      matchingProfile({ firstName: 'Ivan', skills: ['pulizia industriale'] }),
    ]);
    const serving = liveSubscriptions(t.stack);
    const vacA = live.subscribe<{ vacancyPosted: { title: string } }>(userA, 'subscription { vacancyPosted { title } }');
    const candA = live.subscribe<{ candidateStatusChanged: { firstName: string; status: string } }>(
      userA,
      'subscription { candidateStatusChanged { firstName status } }',
    );
    const candB = live.subscribe<{ candidateStatusChanged: { firstName: string } }>(
      userB,
      'subscription { candidateStatusChanged { firstName } }',
    );
    const denied = live.subscribe(
      await t.tokenFor('BENEFICIARY', { beneficiaryId: p1?.beneficiaryId }),
      'subscription { vacancyPosted { title } }',
    );
    await subscribed(t.stack, serving + 3); // the beneficiary's is refused
    const va = await postVacancy(t, userA, vacancyInput('Pulizie Gamma'));
    const vb = await postVacancy(t, userB, vacancyInput('Pulizie Delta'));
    const propose = (mutation: string, vacancyId: string, beneficiaryId?: string) =>
      t.graphql(`mutation($i: ProposeCandidateInput!) { ${mutation}(input: $i) { id } }`, {
        token: staff,
        variables: { i: { vacancyId, beneficiaryId } },
      });
    expect((await propose('shortlistCandidate', va.id, p2?.beneficiaryId)).errors).toBeUndefined();
    expect((await propose('proposeCandidate', va.id, p1?.beneficiaryId)).errors).toBeUndefined();
    expect((await propose('proposeCandidate', vb.id, p2?.beneficiaryId)).errors).toBeUndefined();
    await until(() => vacA.received.length >= 1 && candA.received.length >= 1 && candB.received.length >= 1);
    await settle();
    expect(vacA.received.map((r) => r.data?.vacancyPosted)).toEqual([{ title: 'Pulizie Gamma' }]);
    expect(candA.received.map((r) => r.data?.candidateStatusChanged)).toEqual([{ firstName: 'Anna', status: 'PROPOSED' }]);
    expect(candB.received.map((r) => r.data?.candidateStatusChanged)).toEqual([{ firstName: 'Ivan' }]);
    await until(() => denied.received.length > 0 || denied.errors.length > 0);
    expect(JSON.stringify(denied)).toContain('FORBIDDEN');
    expect(denied.received.every((r) => !r.data)).toBe(true);
  });
});
