import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';

/**
 * Issue 18, finding 7: a NUL byte in a search string reached PostgreSQL and came back as
 * INTERNAL_SERVER_ERROR. Now any text with U+0000 is BAD_USER_INPUT naming the argument, and nothing changes.
 */
let t: TestStack;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await t?.stop();
});

describe('NUL characters in text (finding 7)', () => {
  it('refuses a NUL in a search literal with BAD_USER_INPUT naming the argument', async () => {
    const res = await t.graphql('{ beneficiaries(filter: { search: "ros\\u0000si" }) { totalCount } }', { token: staff });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      field: 'filter.search',
      reason: 'NUL_CHARACTER',
      params: { field: 'filter.search' },
    });
    expect(res.data ?? null).toBeNull();
  });

  it('refuses a NUL in a variable, naming its path', async () => {
    const res = await t.graphql('query($f: BeneficiaryFilter) { beneficiaries(filter: $f) { totalCount } }', {
      token: staff,
      variables: { f: { search: 'a\u0000' } },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ field: 'f.search' });
  });

  it('refuses a NUL in a mutation and stores nothing', async () => {
    const company = await factories.createCompany(t.stack, 'Nul Test');
    const token = await t.tokenFor('COMPANY', { companyId: company.id });
    const before = await t.graphql<{ vacancies: unknown[] }>('{ vacancies { id } }', { token });
    const res = await t.graphql('mutation($input: PostVacancyInput!) { postVacancy(input: $input) { id } }', {
      token,
      variables: { input: { title: 'Magazziniere\u0000', tasks: 'x' } },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ field: 'input.title' });
    const after = await t.graphql<{ vacancies: unknown[] }>('{ vacancies { id } }', { token });
    expect(after.data?.vacancies?.length).toBe(before.data?.vacancies?.length);
  });

  it('still answers a search without NUL', async () => {
    const res = await t.graphql('{ beneficiaries(filter: { search: "rossi" }) { totalCount } }', { token: staff });
    expect(errorCodes(res)).toEqual([]);
  });
});
