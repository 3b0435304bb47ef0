import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { matchingProfile, seedProfiles } from './factories.js';

let t: TestStack;
let staff: string;
let alfa: { id: string };
let beta: { id: string };
const person = matchingProfile({ firstName: 'Marta' });

const LIST =
  'query($f: PlacementListFilter, $first: Int, $offset: Int) { placements(filter: $f, first: $first, offset: $offset) { totalCount nodes { startDate type company { id } } } }';
type Page = { placements: { totalCount: number; nodes: { startDate: string; type: string; company: { id: string } | null }[] } };

async function list(variables: Record<string, unknown>, token = staff) {
  return t.graphql<Page>(LIST, { token, variables });
}

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  alfa = await factories.createCompany(t.stack, 'Alfa');
  beta = await factories.createCompany(t.stack, 'Beta');
  await seedProfiles(t, [person]);
  const rec = 'mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }';
  for (const i of [
    { type: 'STAGE', startDate: '2025-03-01', endDate: '2025-08-31', companyId: alfa.id },
    { type: 'ASSUNZIONE', contract: 'TEMPO_DETERMINATO', startDate: '2025-09-01', endDate: '2026-02-28', companyId: alfa.id },
    { type: 'ASSUNZIONE', contract: 'TEMPO_INDETERMINATO', startDate: '2026-04-01', companyId: beta.id },
  ]) {
    const r = await t.graphql(rec, { token: staff, variables: { i: { beneficiaryId: person.beneficiaryId, ...i } } });
    expect(r.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await t?.stop();
});

describe('placements (staff list)', () => {
  it('lists every placement, newest start first, with the total and a page size', async () => {
    const all = await list({});
    expect(all.data?.placements.totalCount).toBe(3);
    expect(all.data?.placements.nodes.map((p) => p.startDate)).toEqual(['2026-04-01', '2025-09-01', '2025-03-01']);
    const page = await list({ first: 1, offset: 1 });
    expect(page.data?.placements).toEqual({
      totalCount: 3,
      nodes: [{ startDate: '2025-09-01', type: 'ASSUNZIONE', company: { id: alfa.id } }],
    });
  });

  it('filters by type, company and start period', async () => {
    expect((await list({ f: { type: 'ASSUNZIONE' } })).data?.placements.totalCount).toBe(2);
    expect((await list({ f: { companyId: beta.id } })).data?.placements.nodes.map((p) => p.startDate)).toEqual(['2026-04-01']);
    const period = await list({ f: { from: '2025-01-01', to: '2025-12-31', companyId: alfa.id, type: 'STAGE' } });
    expect(period.data?.placements.nodes.map((p) => p.startDate)).toEqual(['2025-03-01']);
  });

  it("refuses bad dates and periods at the field, other companies' placements to a company user, and people", async () => {
    const bad = await list({ f: { from: '01/02/2025' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    const reversed = await list({ f: { from: '2026-01-01', to: '2025-01-01' } });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    expect(errorCodes(await list({ first: 500 }))).toEqual(['BAD_USER_INPUT']);
    const company = await t.tokenFor('COMPANY', { companyId: alfa.id });
    // A company user sees its own company's placements only (the company portal's Inserimenti), never another's.
    const own = await list({}, company);
    expect(own.errors).toBeUndefined();
    expect(own.data?.placements.nodes.length).toBeGreaterThan(0);
    expect(own.data?.placements.totalCount).toBe((await list({ f: { companyId: alfa.id } })).data?.placements.totalCount);
    expect(errorCodes(await list({ f: { companyId: beta.id } }, company))).toEqual(['FORBIDDEN']);
    const person = await t.tokenFor('BENEFICIARY');
    expect(errorCodes(await list({}, person))).toEqual(['FORBIDDEN']);
  });
});
