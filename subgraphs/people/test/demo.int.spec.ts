import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@ixl/demo-data';
import { bootTestStack, type TestStack } from '@ixl/testkit';
import { countRows } from './factories.js';

let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack({ seedDemo: true });
});
afterAll(async () => {
  await t?.stop();
});

describe('people demo data', () => {
  it('gives the 300 demo people realistic paths, with in-target PRONTO people who have skills', async () => {
    const staff = await t.login('staff@demo.ixl', DEMO_PASSWORD);
    const q =
      'query($f: BeneficiaryFilter) { beneficiaries(first: 300, filter: $f) { totalCount nodes { id skills { label } status readiness } } }';
    const all = await t.graphql<{ beneficiaries: { totalCount: number } }>(q, { token: staff });
    expect(all.data?.beneficiaries.totalCount).toBe(300);
    const ready = await t.graphql<{ beneficiaries: { totalCount: number; nodes: { skills: unknown[] }[] } }>(q, {
      token: staff,
      variables: { f: { profile: ['IN_TARGET'], readiness: ['PRONTO'], status: ['IN_TARGET', 'ACTIVE'] } },
    });
    expect(ready.data?.beneficiaries.totalCount).toBeGreaterThan(40);
    expect(ready.data?.beneficiaries.nodes.every((n) => n.skills.length > 0)).toBe(true);
    for (const status of ['REGISTERED', 'NOT_IN_TARGET', 'PLACED', 'FUORI_PROTOCOLLO']) {
      const r = await t.graphql<{ beneficiaries: { totalCount: number } }>(q, { token: staff, variables: { f: { status: [status] } } });
      expect(r.data?.beneficiaries.totalCount, status).toBeGreaterThan(0);
    }
    const overdue = await t.graphql<{ overdueIntakeInterviews: { totalCount: number } }>('{ overdueIntakeInterviews { totalCount } }', {
      token: staff,
    });
    expect(overdue.data?.overdueIntakeInterviews.totalCount).toBeGreaterThan(0);
  });

  it('publishes a matching profile snapshot for every demo person', async () => {
    expect(await countRows(t, 'outbox_event', "type = 'BeneficiaryProfileChanged'")).toBeGreaterThanOrEqual(300);
    expect(await countRows(t, 'assessment')).toBeGreaterThan(150);
  });

  it('shows the demo beneficiary its own path', async () => {
    const me = await t.login('beneficiario@demo.ixl', DEMO_PASSWORD);
    const r = await t.graphql<{ myBeneficiary: { status: string; skills: unknown[]; interviews: unknown[] } }>(
      '{ myBeneficiary { status skills { label } interviews { status } } }',
      { token: me },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.myBeneficiary.status).toBe('ACTIVE');
    expect(r.data?.myBeneficiary.interviews).toHaveLength(1);
  });
});
