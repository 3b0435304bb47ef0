import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { matchingProfile, seedProfiles } from './factories.js';

let t: TestStack;
let staff: string;
let rekeep: { id: string; name: string };
let alfa: { id: string; name: string };
const person = matchingProfile({ firstName: 'Marta' });
const other = matchingProfile({ firstName: 'Karim' });

const LIST = 'query($c: ID) { companyPlacements(companyId: $c) { id type startDate company { id } } }';
type Row = { id: string; type: string; startDate: string; company: { id: string } | null };

async function record(input: Record<string, unknown>): Promise<string> {
  const r = await t.graphql<{ recordPlacement: { id: string } }>(
    'mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }',
    { token: staff, variables: { i: input } },
  );
  if (!r.data?.recordPlacement) throw new Error(JSON.stringify(r.errors));
  return r.data.recordPlacement.id;
}

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  rekeep = await factories.createCompany(t.stack, 'Rekeep');
  alfa = await factories.createCompany(t.stack, 'Alfa');
  await seedProfiles(t, [person, other]);
});
afterAll(async () => {
  await t?.stop();
});

describe('companyPlacements (the companies portal: "my placements")', () => {
  it('gives a company user the placements at its own company only, newest start first', async () => {
    const older = await record({
      beneficiaryId: person.beneficiaryId,
      type: 'STAGE',
      startDate: '2026-01-10',
      endDate: '2026-06-30',
      companyId: rekeep.id,
    });
    const newer = await record({
      beneficiaryId: other.beneficiaryId,
      type: 'ASSUNZIONE',
      contract: 'TEMPO_DETERMINATO',
      startDate: '2026-07-01',
      endDate: '2026-12-31',
      companyId: rekeep.id,
    });
    await record({ beneficiaryId: person.beneficiaryId, type: 'MINI_JOB', hoursPerWeek: 10, startDate: '2026-08-01', companyId: alfa.id });
    const user = await t.tokenFor('COMPANY', { companyId: rekeep.id });
    const mine = await t.graphql<{ companyPlacements: Row[] }>(LIST, { token: user });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.companyPlacements.map((p) => p.id)).toEqual([newer, older]);
    const same = await t.graphql<{ companyPlacements: Row[] }>(LIST, { token: user, variables: { c: rekeep.id } });
    expect(same.data?.companyPlacements).toHaveLength(2);
  });

  it('refuses another company (FORBIDDEN, nothing leaked) and other roles; staff must name the company', async () => {
    const user = await t.tokenFor('COMPANY', { companyId: rekeep.id });
    const other = await t.graphql<{ companyPlacements: Row[] }>(LIST, { token: user, variables: { c: alfa.id } });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(other.data?.companyPlacements).toBeUndefined();
    const trainer = await t.tokenFor('TRAINING_BODY');
    expect(errorCodes(await t.graphql(LIST, { token: trainer }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.graphql(LIST, {}))).toEqual(['UNAUTHENTICATED']);
    const noCompany = await t.graphql(LIST, { token: staff });
    expect(errorCodes(noCompany)).toEqual(['BAD_USER_INPUT']);
    const forStaff = await t.graphql<{ companyPlacements: Row[] }>(LIST, { token: staff, variables: { c: alfa.id } });
    expect(forStaff.data?.companyPlacements.map((p) => p.type)).toEqual(['MINI_JOB']);
  });
});
