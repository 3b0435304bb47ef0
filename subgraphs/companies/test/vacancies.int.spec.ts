import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { VACANCY_FIELDS, count, outbox, postVacancy } from './factories.js';

let t: TestStack;
let staff: string;
let companyA: { id: string; name: string };
let companyB: { id: string; name: string };
let userA: string;
let userB: string;

const valid = {
  title: 'Addetto/a alle pulizie',
  occupationCode: '9112.1',
  tasks: 'Pulizia uffici',
  requiredSkills: ['Pulizia industriale', ' uso di detergenti  professionali '],
  niceToHaveSkills: ['uso lavasciuga'],
  italianLevel: 'A2',
  contractType: 'TEMPO_DETERMINATO',
  hoursPerWeek: 30,
  shifts: ['MORNING', 'EVENING', 'MORNING'],
  municipalityCode: '037006',
  openings: 3,
  startDate: '2027-01-10',
};

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  companyA = await factories.createCompany(t.stack, 'Alfa Pulizie');
  companyB = await factories.createCompany(t.stack, 'Beta Logistica');
  userA = await t.tokenFor('COMPANY', { companyId: companyA.id });
  userB = await t.tokenFor('COMPANY', { companyId: companyB.id });
});
afterAll(async () => {
  await t?.stop();
});

describe('posting staffing needs', () => {
  it('lets a company user post for its own company, normalising skills and shifts, and publishes VacancyPosted', async () => {
    const r = await t.graphql<{ postVacancy: Record<string, unknown> }>(
      `mutation($i: PostVacancyInput!) { postVacancy(input: $i) { ${VACANCY_FIELDS} } }`,
      { token: userA, variables: { i: valid } },
    );
    expect(r.errors).toBeUndefined();
    const v = r.data?.postVacancy;
    expect(v).toMatchObject({
      status: 'DRAFT',
      title: 'Addetto/a alle pulizie',
      requiredSkills: ['pulizia industriale', 'uso di detergenti professionali'],
      shifts: ['MORNING', 'EVENING'],
      italianLevel: 'A2',
      hoursPerWeek: 30,
      maxDistanceKm: 40,
      startDate: '2027-01-10',
      company: { id: companyA.id, name: 'Alfa Pulizie' },
    });
    const events = await outbox(t, 'VacancyPosted');
    expect(events.map((e) => e.aggregate_id)).toContain(v?.id);
    expect(events.find((e) => e.aggregate_id === v?.id)?.payload).toMatchObject({
      companyId: companyA.id,
      municipalityCode: '037006',
      openings: 3,
      status: 'DRAFT',
    });
  });

  it('lets staff post for any company, and requires the company', async () => {
    const ok = await postVacancy(t, staff, { ...valid, companyId: companyB.id, status: 'OPEN' });
    expect(ok.status).toBe('OPEN');
    const missing = await t.graphql(`mutation($i: PostVacancyInput!) { postVacancy(input: $i) { id } }`, {
      token: staff,
      variables: { i: valid },
    });
    expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(missing.errors?.[0]?.extensions?.field).toBe('companyId');
  });

  it.each([
    ['title', { title: 'ab' }],
    ['municipalityCode', { municipalityCode: '058091' }],
    ['occupationCode', { occupationCode: 'cleaner' }],
    ['hoursPerWeek', { hoursPerWeek: 60 }],
    ['openings', { openings: 0 }],
    ['maxDistanceKm', { maxDistanceKm: 500 }],
    ['startDate', { startDate: '2027-02-30' }],
    ['niceToHaveSkills', { niceToHaveSkills: ['pulizia industriale'] }],
    ['requiredSkills', { requiredSkills: ['  '] }],
    ['status', { status: 'FILLED' }],
  ])('rejects a bad %s with BAD_USER_INPUT and writes nothing', async (field, patch) => {
    const before = [await count(t, 'vacancy'), (await outbox(t, 'VacancyPosted')).length];
    const r = await t.graphql(`mutation($i: PostVacancyInput!) { postVacancy(input: $i) { id } }`, {
      token: userA,
      variables: { i: { ...valid, ...patch } },
    });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.field).toBe(field);
    expect(r.data ?? null).toBeNull();
    expect([await count(t, 'vacancy'), (await outbox(t, 'VacancyPosted')).length]).toEqual(before);
  });

  it('forbids posting for another company, and beneficiaries or anonymous callers posting at all', async () => {
    const before = await count(t, 'vacancy');
    const other = await t.graphql(`mutation($i: PostVacancyInput!) { postVacancy(input: $i) { id } }`, {
      token: userA,
      variables: { i: { ...valid, companyId: companyB.id } },
    });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    const person = await t.tokenFor('BENEFICIARY');
    expect(
      errorCodes(
        await t.graphql(`mutation($i: PostVacancyInput!) { postVacancy(input: $i) { id } }`, { token: person, variables: { i: valid } }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await t.graphql(`mutation($i: PostVacancyInput!) { postVacancy(input: $i) { id } }`, { variables: { i: valid } })),
    ).toEqual(['UNAUTHENTICATED']);
    expect(await count(t, 'vacancy')).toBe(before);
  });
});

describe('changing staffing needs', () => {
  it('updates given fields, follows the status rules and publishes VacancyChanged', async () => {
    const v = await postVacancy(t, userA, valid);
    const up = await t.graphql<{ updateVacancy: { openings: number; title: string; hoursPerWeek: number | null } }>(
      'mutation($id: ID!, $i: VacancyFieldsInput!) { updateVacancy(id: $id, input: $i) { openings title hoursPerWeek } }',
      { token: userA, variables: { id: v.id, i: { openings: 5, hoursPerWeek: null } } },
    );
    expect(up.data?.updateVacancy).toEqual({ openings: 5, title: valid.title, hoursPerWeek: null });
    const open = await t.graphql<{ changeVacancyStatus: { status: string } }>(
      'mutation($id: ID!) { changeVacancyStatus(id: $id, status: OPEN) { status } }',
      { token: userA, variables: { id: v.id } },
    );
    expect(open.data?.changeVacancyStatus.status).toBe('OPEN');
    const filled = await t.graphql<{ changeVacancyStatus: { status: string } }>(
      'mutation($id: ID!) { changeVacancyStatus(id: $id, status: FILLED) { status } }',
      { token: staff, variables: { id: v.id } },
    );
    expect(filled.data?.changeVacancyStatus.status).toBe('FILLED');
    const edit = await t.graphql('mutation($id: ID!, $i: VacancyFieldsInput!) { updateVacancy(id: $id, input: $i) { id } }', {
      token: userA,
      variables: { id: v.id, i: { openings: 9 } },
    });
    expect(errorCodes(edit)).toEqual(['ILLEGAL_TRANSITION']);
    const draft = await t.graphql('mutation($id: ID!) { changeVacancyStatus(id: $id, status: DRAFT) { status } }', {
      token: userA,
      variables: { id: v.id },
    });
    expect(errorCodes(draft)).toEqual(['ILLEGAL_TRANSITION']);
    const changes = (await outbox(t, 'VacancyChanged')).filter((e) => e.aggregate_id === v.id).map((e) => e.payload);
    expect(changes.map((p) => [p.previousStatus, p.status, p.changedFields])).toEqual([
      ['DRAFT', 'DRAFT', ['hoursPerWeek', 'openings']],
      ['DRAFT', 'OPEN', ['status']],
      ['OPEN', 'FILLED', ['status']],
    ]);
  });

  it("keeps other companies' vacancies out of reach (FORBIDDEN, even for unknown ids) and unchanged", async () => {
    const v = await postVacancy(t, userA, valid);
    const read = await t.graphql('query($id: ID!) { vacancy(id: $id) { id title } }', { token: userB, variables: { id: v.id } });
    expect(errorCodes(read)).toEqual(['FORBIDDEN']);
    expect(read.data ?? null).toBeNull();
    const unknown = await t.graphql('query($id: ID!) { vacancy(id: $id) { id } }', {
      token: userB,
      variables: { id: '7d7e4f6e-2d0a-4c1b-9a43-0f2b7e1c9a11' },
    });
    expect(errorCodes(unknown)).toEqual(['FORBIDDEN']);
    const edit = await t.graphql('mutation($id: ID!, $i: VacancyFieldsInput!) { updateVacancy(id: $id, input: $i) { id } }', {
      token: userB,
      variables: { id: v.id, i: { title: 'Hijacked' } },
    });
    expect(errorCodes(edit)).toEqual(['FORBIDDEN']);
    const list = await t.graphql<{ vacancies: { id: string }[] }>('{ vacancies { id } }', { token: userB });
    expect(list.data?.vacancies.map((x) => x.id)).not.toContain(v.id);
    const mine = await t.graphql<{ vacancy: { title: string } }>('query($id: ID!) { vacancy(id: $id) { title } }', {
      token: userA,
      variables: { id: v.id },
    });
    expect(mine.data?.vacancy.title).toBe(valid.title);
  });
});
