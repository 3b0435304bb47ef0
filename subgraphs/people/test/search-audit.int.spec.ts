import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, type TestStack } from '@ixl/testkit';
import { advance, countRows, registerPerson } from './factories.js';

let t: TestStack;
let staff: string;
let admin: string;
const marker = `Zq${Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 6)}`;
const ids: Record<string, string> = {};
const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric' }).format(new Date()));

beforeAll(async () => {
  t = await bootTestStack({ smtp: true });
  staff = await t.tokenFor('STAFF');
  admin = await t.tokenFor('ADMIN');
  const people: [string, Record<string, unknown>][] = [
    [
      'youngRo',
      {
        sex: 'F',
        citizenship: 'RO',
        birthDate: `${thisYear - 25}-01-01`,
        municipalityCode: '037054',
        skills: [{ label: 'Saldatura' }],
        referringBody: 'JOB_CENTRE',
      },
    ],
    [
      'olderMa',
      {
        sex: 'M',
        citizenship: 'MA',
        birthDate: `${thisYear - 50}-01-01`,
        municipalityCode: '037006',
        skills: [{ label: 'Cucina' }],
        referringBody: 'CARITAS',
      },
    ],
    [
      'midIt',
      {
        sex: 'M',
        citizenship: 'IT',
        birthDate: `${thisYear - 40}-01-01`,
        municipalityCode: '037006',
        skills: [{ label: 'Saldatura' }, { label: 'Magazzino' }],
        referringBody: 'SOCIAL_SERVICES',
      },
    ],
    [
      'outside',
      {
        sex: 'F',
        citizenship: 'IT',
        birthDate: `${thisYear - 30}-01-01`,
        municipalityCode: '058091',
        municipalityName: 'Roma',
        skills: [],
        referringBody: 'SELF',
      },
    ],
  ];
  for (const [key, o] of people) ids[key] = (await registerPerson(t, { lastName: marker, ...o })).id;
  await advance(t, staff, ids.olderMa ?? '', 'IN_TARGET');
  await advance(t, staff, ids.midIt ?? '', 'NOT_IN_TARGET');
});
afterAll(async () => {
  await t?.stop();
});

const LIST =
  'query($f: BeneficiaryFilter, $first: Int!, $after: String) { beneficiaries(first: $first, after: $after, filter: $f) { totalCount hasNextPage endCursor nodes { id } } }';
type ListResult = { beneficiaries: { totalCount: number; hasNextPage: boolean; endCursor: string | null; nodes: { id: string }[] } };
async function find(filter: Record<string, unknown>): Promise<string[]> {
  const r = await t.graphql<ListResult>(LIST, { token: staff, variables: { f: { search: marker, ...filter }, first: 50 } });
  expect(r.errors).toBeUndefined();
  expect(r.data?.beneficiaries.totalCount).toBe(r.data?.beneficiaries.nodes.length);
  return (r.data?.beneficiaries.nodes.map((n) => n.id) ?? []).sort();
}
const idsOf = (...keys: string[]) => keys.map((k) => ids[k] ?? '').sort();

describe('staff search', () => {
  it.each([
    ['no other criterion', {}, ['youngRo', 'olderMa', 'midIt', 'outside']],
    ['status', { status: ['IN_TARGET'] }, ['olderMa']],
    ['profile', { profile: ['FORTE'] }, ['midIt']],
    ['readiness', { readiness: ['PRONTO'] }, ['olderMa']],
    ['municipality', { municipalityCodes: ['037054'] }, ['youngRo']],
    ['age band', { ageMin: 35, ageMax: 45 }, ['midIt']],
    ['under 35', { under35: true }, ['youngRo', 'outside']],
    ['35 and over', { under35: false }, ['olderMa', 'midIt']],
    ['nationality', { citizenship: ['ma', 'RO'] }, ['youngRo', 'olderMa']],
    ['gender', { sex: 'F' }, ['youngRo', 'outside']],
    ['skills', { skills: ['saldatura'] }, ['youngRo', 'midIt']],
    ['referring body', { referringBody: ['CARITAS', 'SELF'] }, ['olderMa', 'outside']],
    ['out of area', { outOfArea: true }, ['outside']],
    ['combined criteria', { sex: 'M', skills: ['Saldatura'] }, ['midIt']],
  ] as [string, Record<string, unknown>, string[]][])('filters by %s', async (_label, filter, expected) => {
    expect(await find(filter)).toEqual(idsOf(...expected));
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const r: { data?: ListResult | null } = await t.graphql<ListResult>(LIST, {
        token: staff,
        variables: { f: { search: marker }, first: 3, after },
      });
      const b = r.data?.beneficiaries;
      expect(b?.totalCount).toBe(4);
      seen.push(...(b?.nodes.map((n) => n.id) ?? []));
      after = b?.endCursor ?? null;
      if (!b?.hasNextPage) break;
    }
    expect(seen).toHaveLength(4);
    expect([...seen].sort()).toEqual(idsOf('youngRo', 'olderMa', 'midIt', 'outside'));
  });

  it('refuses bad filters and cursors', async () => {
    expect(errorCodes(await t.graphql(LIST, { token: staff, variables: { f: { ageMin: -3 }, first: 5 } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await t.graphql(LIST, { token: staff, variables: { first: 5, after: 'bm90LWEtY3Vyc29y' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await t.graphql(LIST, { token: await t.tokenFor('BENEFICIARY'), variables: { first: 5 } }))).toEqual(['FORBIDDEN']);
  });
});

describe('personal data audit', () => {
  it('writes who read which person, for single reads and lists, and shows it to ADMIN only', async () => {
    const staffAccount = (await t.graphql<{ me: { id: string } }>('{ me { id } }', { token: staff })).data?.me.id ?? '';
    const person = ids.youngRo ?? '';
    const before = await countRows(t, 'personal_data_audit', "beneficiary_id = ? and action <> 'CHANGE'", [person]);
    const read = await t.graphql('query($id: ID!) { beneficiary(id: $id) { id codiceFiscale } }', {
      token: staff,
      variables: { id: person },
    });
    expect(read.errors).toBeUndefined();
    expect(await countRows(t, 'personal_data_audit', "beneficiary_id = ? and action <> 'CHANGE'", [person])).toBe(before + 1);
    await find({ sex: 'F' });
    expect(await countRows(t, 'personal_data_audit', "beneficiary_id = ? and action <> 'CHANGE'", [person])).toBe(before + 2);

    const q =
      'query($b: ID, $a: String, $act: PersonalDataAction) { personalDataAudit(beneficiaryId: $b, actorId: $a, action: $act, first: 50) { totalCount nodes { actorId actorRole action beneficiaryId detail at } } }';
    const r = await t.graphql<{
      personalDataAudit: { totalCount: number; nodes: { actorId: string; action: string; actorRole: string }[] };
    }>(q, { token: admin, variables: { b: person, a: staffAccount, act: 'READ' } });
    expect(r.errors).toBeUndefined();
    expect(r.data?.personalDataAudit.totalCount).toBe(1);
    expect(r.data?.personalDataAudit.nodes[0]).toMatchObject({ actorId: staffAccount, actorRole: 'STAFF', action: 'READ' });
    // A person reading itself is not a staff read.
    const self = await registerPerson(t);
    await t.graphql('{ myBeneficiary { id } }', { token: self.token });
    expect(await countRows(t, 'personal_data_audit', "beneficiary_id = ? and action <> 'CHANGE'", [self.id])).toBe(0);
    expect(errorCodes(await t.graphql(q, { token: staff, variables: {} }))).toEqual(['FORBIDDEN']);
  });
});
