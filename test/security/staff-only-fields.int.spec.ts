import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, type GraphQLResponse, type TestStack } from '@ixl/testkit';
import { privacyExport } from '../privacy/helpers.js';

/**
 * Issue 18, finding 3: staff-only fields reached other roles. Each is now declared once next to the
 * field (`@ReadableBy`), and refused (FORBIDDEN, no value) to the roles the matrix denies; staff still
 * read them. The committee case goes through a committee session's agenda (the committee portal's path).
 */
let t: TestStack;
let db: pg.Client;
let staff: string;
let person: { beneficiaryId: string; token: string };
let company: { id: string; token: string };
beforeAll(async () => {
  t = await bootTestStack();
  db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
  staff = await t.tokenFor('STAFF');
  const b = await factories.createBeneficiary(t.stack);
  person = { beneficiaryId: b.id, token: await t.tokenFor('BENEFICIARY', { beneficiaryId: b.id }) };
  const c = await factories.createCompany(t.stack);
  company = { id: c.id, token: await t.tokenFor('COMPANY', { companyId: c.id }) };
  const operator = (await db.query<{ id: string }>(`select id from people.user_account where role = 'STAFF' limit 1`)).rows[0]!.id;
  const started = await t.graphql(
    `mutation($b: ID!, $op: ID!) { startBeneficiaryService(beneficiaryId: $b, kind: CV_REVIEW, notes: "fragile: staff only", operatorId: $op) { id } }`,
    { token: staff, variables: { b: b.id, op: operator } },
  );
  expect(errorCodes(started)).toEqual([]);
  const scheduled = await t.graphql(
    `mutation($b: ID!, $at: DateTimeISO!) { scheduleIntakeInterview(beneficiaryId: $b, mode: IN_PERSON, scheduledAt: $at) { id } }`,
    { token: staff, variables: { b: b.id, at: new Date(Date.now() + 3 * 86_400_000).toISOString() } },
  );
  expect(errorCodes(scheduled)).toEqual([]);
  const placement = await factories.createPlacement(t.stack, { beneficiaryId: b.id, companyId: c.id });
  await db.query(`update companies.placement set notes = 'staff note about the person' where id = $1`, [placement.id]);
});
afterAll(async () => {
  await db?.end();
  await t?.stop();
});

/** Every value found at `field` anywhere in the answer's data. */
function valuesOf(data: unknown, field: string): unknown[] {
  if (Array.isArray(data)) return data.flatMap((d) => valuesOf(d, field));
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([k, v]) => (k === field && v !== null ? [v] : valuesOf(v, field)));
}
const refused = (res: GraphQLResponse, field: string) => {
  expect(valuesOf(res.data, field), field).toEqual([]);
  expect(errorCodes(res), field).toContain('FORBIDDEN');
};

describe('staff-only fields (finding 3)', () => {
  it("the person does not read its service records' notes and operator, its interviews' operator, nor erasedAt", async () => {
    for (const [field, query] of [
      ['notes', '{ myBeneficiary { id services { id kind notes } } }'],
      ['operatorId', '{ myBeneficiary { id services { id operatorId } } }'],
      ['operatorId', '{ myBeneficiary { id interviews { id status operatorId } } }'],
      ['erasedAt', '{ myBeneficiary { id erasedAt } }'],
    ] as const) {
      const res = await t.graphql(query, { token: person.token });
      refused(res, field);
      expect((res.data as { myBeneficiary?: { id: string } } | null)?.myBeneficiary?.id, query).toBe(person.beneficiaryId);
    }
  });

  it("the company does not read the placement's notes", async () => {
    const res = await t.graphql('{ companyPlacements { id notes } }', { token: company.token });
    refused(res, 'notes');
    expect((res.data as { companyPlacements: unknown[] }).companyPlacements).toHaveLength(1);
  });

  it('the staff still read every one of them', async () => {
    const res = await t.graphql(
      `query($id: ID!) { beneficiary(id: $id) { erasedAt services { notes operatorId } interviews { operatorId } placements { notes } } }`,
      { token: staff, variables: { id: person.beneficiaryId } },
    );
    expect(errorCodes(res)).toEqual([]);
    expect(valuesOf(res.data, 'notes')).toEqual(expect.arrayContaining(['fragile: staff only', 'staff note about the person']));
    expect(valuesOf(res.data, 'operatorId')).toHaveLength(2);
  });

  it("the person's own export (/privacy/export) agrees with the API: no staff-only data (finding 6)", async () => {
    const own = await privacyExport(t, person.token);
    expect(own.status).toBe(200);
    const people = own.body.subgraphs?.people as Record<string, unknown>;
    expect(people.service_record).toHaveLength(1);
    expect(people.interview).toHaveLength(1);
    expect(own.text).not.toContain('fragile: staff only');
    for (const row of [...(people.service_record as object[]), ...(people.interview as object[])]) {
      expect(Object.keys(row)).not.toContain('operator_id');
      expect(Object.keys(row)).not.toContain('notes');
      expect(Object.keys(row)).not.toContain('outcome_notes');
    }
    expect(Object.keys(people.beneficiary as object)).not.toEqual(expect.arrayContaining(['profile']));
    expect(Object.keys(people.beneficiary as object)).not.toContain('readiness');
    for (const table of ['assessment', 'contact_attempt', 'personal_data_audit']) expect(Object.keys(people)).not.toContain(table);
    // The staff's export on the person's request (art. 15) is complete.
    const full = await privacyExport(t, staff, person.beneficiaryId);
    expect(full.status).toBe(200);
    expect(full.text).toContain('fragile: staff only');
    expect(Object.keys(full.body.subgraphs?.people?.beneficiary as object)).toContain('profile');
  });
});
