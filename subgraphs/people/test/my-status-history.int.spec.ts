import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@ixl/demo-data';
import { bootTestStack, errorCodes, type TestStack } from '@ixl/testkit';

let t: TestStack;
let person: string;
let staff: string;
let beneficiaryId: string;

beforeAll(async () => {
  t = await bootTestStack({ seedDemo: true });
  person = await t.login('beneficiario@demo.ixl', DEMO_PASSWORD);
  staff = await t.login('staff@demo.ixl', DEMO_PASSWORD);
  const me = await t.graphql<{ me: { beneficiaryId: string } }>('{ me { beneficiaryId } }', { token: person });
  beneficiaryId = me.data?.me.beneficiaryId ?? '';
});
afterAll(async () => {
  await t?.stop();
});

describe('myStatusHistory (the beneficiary portal)', () => {
  it('gives the person its own path history, the same staff read; other accounts get none', async () => {
    const mine = await t.graphql<{ myStatusHistory: { id: string; to: string }[] }>('{ myStatusHistory { id to } }', { token: person });
    const seen = await t.graphql<{ beneficiary: { statusHistory: { id: string; to: string }[] } }>(
      'query($id: ID!) { beneficiary(id: $id) { statusHistory { id to } } }',
      { token: staff, variables: { id: beneficiaryId } },
    );
    expect(mine.data?.myStatusHistory.length).toBeGreaterThan(0);
    expect(mine.data?.myStatusHistory).toEqual(seen.data?.beneficiary.statusHistory);
    expect((await t.graphql<{ myStatusHistory: unknown[] }>('{ myStatusHistory { id } }', { token: staff })).data?.myStatusHistory).toEqual(
      [],
    );
    expect(errorCodes(await t.graphql('{ myStatusHistory { id } }'))).toEqual(['UNAUTHENTICATED']);
  });
});
