import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, type TestStack } from '@ixl/testkit';
import { countRows, registerPerson } from './factories.js';

let t: TestStack;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack({ smtp: true });
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await t?.stop();
});

const UPDATE =
  'mutation($id: ID!, $input: BeneficiaryProfileInput!) { updateBeneficiaryProfile(beneficiaryId: $id, input: $input) { id } }';
const HISTORY = `query($id: ID!) { beneficiary(id: $id) { id profileHistory { id at actorId actorRole actorName changes { field before after } } } }`;

type History = {
  beneficiary: {
    profileHistory: {
      at: string;
      actorRole: string;
      actorName: string;
      changes: { field: string; before: string | null; after: string | null }[];
    }[];
  } | null;
};

describe('profile history: who changed which field, from what to what, when', () => {
  it('records a staff edit and the person’s own edit, newest first, with values before and after', async () => {
    const p = await registerPerson(t);
    const byStaff = await t.graphql(UPDATE, {
      token: staff,
      variables: {
        id: p.id,
        input: {
          skills: [{ label: 'Conduzione di carrelli elevatori' }],
          italianLevel: 'B1',
          availableHoursPerWeek: 30,
          shifts: ['MORNING'],
        },
      },
    });
    expect(byStaff.errors).toBeUndefined();
    const byPerson = await t.graphql(UPDATE, {
      token: p.token,
      variables: {
        id: p.id,
        input: { availableHoursPerWeek: 20, educationTitle: 'Diploma di ragioneria', desiredOccupations: ['Magazziniere', '4321'] },
      },
    });
    expect(byPerson.errors).toBeUndefined();

    const h = await t.graphql<History>(HISTORY, { token: staff, variables: { id: p.id } });
    expect(h.errors).toBeUndefined();
    const rows = h.data?.beneficiary?.profileHistory ?? [];
    expect(rows).toHaveLength(2);
    const [latest, first] = rows;
    expect(latest?.actorRole).toBe('BENEFICIARY');
    expect(latest?.changes).toEqual(
      expect.arrayContaining([
        { field: 'availableHoursPerWeek', before: '30', after: '20' },
        { field: 'desiredOccupations', before: null, after: '["Magazziniere","4321"]' },
        { field: 'educationTitle', before: null, after: '"Diploma di ragioneria"' },
      ]),
    );
    expect(first?.actorRole).toBe('STAFF');
    expect(first?.actorName).toBe('Test STAFF');
    // Registration gave C2, two skills, 30 hours and the morning shift: unchanged fields are not listed.
    expect(first?.changes).toEqual([
      { field: 'italianLevel', before: '"C2"', after: '"B1"' },
      {
        field: 'skills',
        before: JSON.stringify([
          { escoCode: null, label: 'Pulizie industriali' },
          { escoCode: 'http://data.europa.eu/esco/skill/abc-123', label: 'Magazzino' },
        ]),
        after: JSON.stringify([{ escoCode: null, label: 'Conduzione di carrelli elevatori' }]),
      },
    ]);
    expect(new Date(latest?.at ?? 0).getTime()).toBeGreaterThanOrEqual(new Date(first?.at ?? 0).getTime());

    // The person reads their own history too.
    const own = await t.graphql<History>(HISTORY, { token: p.token, variables: { id: p.id } });
    expect(own.data?.beneficiary?.profileHistory).toHaveLength(2);
  });

  it('writes no history row for an edit that changes nothing, nor for a refused one', async () => {
    const p = await registerPerson(t);
    await t.graphql(UPDATE, { token: staff, variables: { id: p.id, input: { availableHoursPerWeek: 25 } } });
    const before = await countRows(t, 'profile_change', '"beneficiary_id" = ?', [p.id]);
    expect(before).toBe(1);
    const same = await t.graphql(UPDATE, { token: staff, variables: { id: p.id, input: { availableHoursPerWeek: 25 } } });
    expect(same.errors).toBeUndefined();
    const bad = await t.graphql(UPDATE, { token: staff, variables: { id: p.id, input: { availableHoursPerWeek: 99 } } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.field).toBe('availableHoursPerWeek');
    expect(await countRows(t, 'profile_change', '"beneficiary_id" = ?', [p.id])).toBe(1);
  });

  it('shows the history to nobody else: another person and a company are refused', async () => {
    const p = await registerPerson(t);
    const other = await registerPerson(t);
    await t.graphql(UPDATE, { token: staff, variables: { id: p.id, input: { ownVehicle: true } } });
    const byOther = await t.graphql<History>(HISTORY, { token: other.token, variables: { id: p.id } });
    expect(byOther.data?.beneficiary ?? null).toBeNull();
    expect(errorCodes(byOther)).toContain('FORBIDDEN');
    const company = await t.tokenFor('COMPANY', { companyId: '00000000-0000-4000-8000-000000000001' });
    const byCompany = await t.graphql<History>(HISTORY, { token: company, variables: { id: p.id } });
    expect(byCompany.data?.beneficiary ?? null).toBeNull();
    expect(errorCodes(byCompany).length).toBeGreaterThan(0);
  });
});
