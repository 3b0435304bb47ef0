import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { count, outbox } from './factories.js';

let t: TestStack;
let staff: string;
let a: { id: string; name: string };
let b: { id: string; name: string };
let userA: string;
let userB: string;

const REGISTER =
  'mutation($i: CompanyFieldsInput!) { registerCompany(input: $i) { id name vatNumber association atecoCode municipalityCode boardJoinedOn boardLeftOn boardMember } }';
const UPDATE =
  'mutation($id: ID!, $i: CompanyFieldsInput!) { updateCompany(id: $id, input: $i) { id boardJoinedOn boardLeftOn boardMember association } }';

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  a = await factories.createCompany(t.stack, 'Alfa');
  b = await factories.createCompany(t.stack, 'Beta');
  userA = await t.tokenFor('COMPANY', { companyId: a.id });
  userB = await t.tokenFor('COMPANY', { companyId: b.id });
});
afterAll(async () => {
  await t?.stop();
});

describe('companies', () => {
  it('registers a company with its board membership and publishes CompanyRegistered', async () => {
    const r = await t.graphql<{ registerCompany: { id: string; boardMember: boolean } }>(REGISTER, {
      token: staff,
      variables: {
        i: {
          name: 'Gamma Coop',
          vatNumber: '01234567890',
          association: 'Legacoop',
          atecoCode: '81.21',
          municipalityCode: '037032',
          boardJoinedOn: '2020-01-15',
        },
      },
    });
    expect(r.data?.registerCompany).toMatchObject({
      name: 'Gamma Coop',
      association: 'Legacoop',
      atecoCode: '81.21',
      boardMember: true,
      boardLeftOn: null,
    });
    const id = r.data?.registerCompany.id ?? '';
    expect((await outbox(t, 'CompanyRegistered')).map((e) => e.aggregate_id)).toEqual([id]);
    const left = await t.graphql<{ updateCompany: { boardLeftOn: string; boardMember: boolean } }>(UPDATE, {
      token: staff,
      variables: { id, i: { boardLeftOn: '2024-12-31' } },
    });
    expect(left.data?.updateCompany).toMatchObject({ boardLeftOn: '2024-12-31', boardMember: false });
    expect((await outbox(t, 'CompanyChanged')).at(-1)?.payload).toMatchObject({
      companyId: id,
      boardLeftOn: '2024-12-31',
      changedFields: ['boardLeftOn'],
    });
    const post = await t.graphql('mutation($i: PostVacancyInput!) { postVacancy(input: $i) { id } }', {
      token: staff,
      variables: { i: { companyId: id, title: 'Pulizie', municipalityCode: '037032' } },
    });
    expect(post.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'companyId' });
  });

  it.each([
    ['name', { name: 'x' }],
    ['vatNumber', { vatNumber: '123' }],
    ['atecoCode', { atecoCode: 'cleaning' }],
    ['municipalityCode', { municipalityCode: '000000' }],
    ['boardLeftOn', { boardJoinedOn: '2020-01-01', boardLeftOn: '2019-01-01' }],
    ['boardJoinedOn', { boardLeftOn: '2019-01-01' }],
  ])('rejects a bad %s and writes nothing', async (field, patch) => {
    const before = [await count(t, 'company'), (await outbox(t, 'CompanyRegistered')).length];
    const r = await t.graphql(REGISTER, { token: staff, variables: { i: { name: 'Delta', municipalityCode: '037006', ...patch } } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect([await count(t, 'company'), (await outbox(t, 'CompanyRegistered')).length]).toEqual(before);
  });

  it('lets only staff register or change companies', async () => {
    expect(
      errorCodes(await t.graphql(REGISTER, { token: userA, variables: { i: { name: 'Delta', municipalityCode: '037006' } } })),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.graphql(UPDATE, { token: userA, variables: { id: a.id, i: { association: 'CNA' } } }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('shows sites and contacts to staff and the company itself only', async () => {
    const site = await t.graphql(
      'mutation($c: ID!) { addCompanySite(companyId: $c, name: "Magazzino", municipalityCode: "037005") { id } }',
      { token: userA, variables: { c: a.id } },
    );
    expect(site.errors).toBeUndefined();
    const contact = await t.graphql('mutation($i: AddCompanyContactInput!) { addCompanyContact(input: $i) { id } }', {
      token: staff,
      variables: { i: { companyId: a.id, fullName: 'Paola Neri', email: 'paola@alfa.test' } },
    });
    expect(contact.errors).toBeUndefined();
    const badEmail = await t.graphql('mutation($i: AddCompanyContactInput!) { addCompanyContact(input: $i) { id } }', {
      token: staff,
      variables: { i: { companyId: a.id, fullName: 'X', email: 'nope' } },
    });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const intruder = await t.graphql('mutation($c: ID!) { addCompanySite(companyId: $c, name: "X", municipalityCode: "037006") { id } }', {
      token: userB,
      variables: { c: a.id },
    });
    expect(errorCodes(intruder)).toEqual(['FORBIDDEN']);
    expect(await count(t, 'company_site')).toBe(1);
    const own = await t.graphql<{ companies: { name: string; sites: { name: string }[]; contacts: { fullName: string }[] }[] }>(
      '{ companies { name sites { name } contacts { fullName } } }',
      { token: userA },
    );
    expect(own.data?.companies).toEqual([{ name: 'Alfa', sites: [{ name: 'Magazzino' }], contacts: [{ fullName: 'Paola Neri' }] }]);
    const other = await t.graphql<{ companies: { name: string; sites: unknown[] }[] }>('{ companies { name sites { name } } }', {
      token: userB,
    });
    expect(other.data?.companies).toEqual([{ name: 'Beta', sites: [] }]);
    expect((await outbox(t, 'CompanyChanged')).filter((e) => e.aggregate_id === a.id).map((e) => e.payload.changedFields)).toEqual([
      ['sites'],
      ['contacts'],
    ]);
  });
});

describe('Third Sector employers', () => {
  it('records whether an employer is a Third Sector body, and finance learns it from the events (over-55 call)', async () => {
    const r = await t.graphql<{ registerCompany: { id: string; thirdSector: boolean } }>(
      'mutation($i: CompanyFieldsInput!) { registerCompany(input: $i) { id thirdSector } }',
      { token: staff, variables: { i: { name: 'Cooperativa Sociale Delta', municipalityCode: '037006', thirdSector: true } } },
    );
    expect(r.data?.registerCompany.thirdSector).toBe(true);
    const id = r.data!.registerCompany.id;
    expect((await outbox(t, 'CompanyRegistered')).find((e) => e.aggregate_id === id)?.payload).toMatchObject({ thirdSector: true });
    const finance = t.stack.subgraphs.finance.orm.em.getConnection();
    const flag = async () =>
      (
        (await finance.execute('select "third_sector" from "finance"."employer_fact" where "company_id" = ?', [id])) as {
          third_sector: boolean;
        }[]
      )[0]?.third_sector;
    await factories.drainEvents(t.stack);
    expect(await flag()).toBe(true);
    const off = await t.graphql<{ updateCompany: { thirdSector: boolean } }>(
      'mutation($id: ID!, $i: CompanyFieldsInput!) { updateCompany(id: $id, input: $i) { thirdSector } }',
      { token: staff, variables: { id, i: { thirdSector: false } } },
    );
    expect(off.data?.updateCompany.thirdSector).toBe(false);
    expect((await outbox(t, 'CompanyChanged')).at(-1)?.payload).toMatchObject({
      companyId: id,
      thirdSector: false,
      changedFields: ['thirdSector'],
    });
    await factories.drainEvents(t.stack);
    expect(await flag()).toBe(false);
  });
});
