import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '@ixl/auth';
import { bootTestStack, factories, graphqlRequest, type TestStack } from '@ixl/testkit';

/**
 * Finance names who prepared and who decided an approval request by the people subgraph's User (issue 26): the
 * reference answers staff callers with staff-side accounts only, and null to anyone else or for any other account.
 */
let t: TestStack;
let staffId: string;
let adminId: string;
let companyUserId: string;
beforeAll(async () => {
  t = await bootTestStack();
  staffId = (await factories.createAccount(t.stack, { role: 'STAFF' })).id;
  adminId = (await factories.createAccount(t.stack, { role: 'ADMIN' })).id;
  companyUserId = (await factories.createAccount(t.stack, { role: 'COMPANY' })).id;
});
afterAll(async () => {
  await t?.stop();
});

const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id displayName role } } }';
const resolve = (caller: Caller, ids: string[]) =>
  graphqlRequest<{ _entities: ({ id: string; displayName: string; role: string } | null)[] }>(t.stack.subgraphs.people.url, ENTITIES, {
    signAs: { caller, internalSecret: t.secrets.internalSecret },
    variables: { r: ids.map((id) => ({ __typename: 'User', id })) },
  });

describe('User references (who prepared or decided a request)', () => {
  it('names staff and admin accounts to a staff caller; a company account, an unknown id and a malformed one are null', async () => {
    const r = await resolve({ userId: staffId, role: 'STAFF' }, [
      staffId,
      adminId,
      companyUserId,
      '00000000-0000-4000-8000-000000000000',
      'not-a-uuid',
    ]);
    expect(r.errors).toBeUndefined();
    expect(r.data?._entities.map((e) => e && { id: e.id, role: e.role })).toEqual([
      { id: staffId, role: 'STAFF' },
      { id: adminId, role: 'ADMIN' },
      null,
      null,
      null,
    ]);
    expect(r.data?._entities[0]?.displayName).toMatch(/\S/);
  });

  it.each([
    ['COMPANY', { userId: '00000000-0000-4000-8000-0000000000c1', role: 'COMPANY', companyId: '00000000-0000-4000-8000-0000000000c2' }],
    [
      'BENEFICIARY',
      { userId: '00000000-0000-4000-8000-0000000000b1', role: 'BENEFICIARY', beneficiaryId: '00000000-0000-4000-8000-0000000000b2' },
    ],
    ['COMMITTEE_MEMBER', { userId: '00000000-0000-4000-8000-0000000000d1', role: 'COMMITTEE_MEMBER' }],
    ['ANONYMOUS', { userId: null, role: 'ANONYMOUS' }],
  ] as [string, Caller][])('answers a %s caller nothing', async (_role, caller) => {
    const r = await resolve(caller, [staffId, adminId]);
    expect(r.errors).toBeUndefined();
    expect(r.data?._entities).toEqual([null, null]);
  });
});
