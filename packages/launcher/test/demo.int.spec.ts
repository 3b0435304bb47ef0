import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@ixl/demo-data';
import { seedDemoData } from '@ixl/launcher';
import { bootTestStack, type TestStack } from '@ixl/testkit';

let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack({ seedDemo: true });
});
afterAll(async () => {
  await t?.stop();
});

describe('Bologna demo data', () => {
  it.each(DEMO_LOGINS.map((l) => [l.email, l.role] as const))('%s logs in as %s', async (email, role) => {
    const r = await t.graphql<{ login: { user: { role: string } } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { role } } }', { variables: { e: email, p: DEMO_PASSWORD } });
    expect(r.data?.login.user.role).toBe(role);
  });

  it('gives staff a federated view of people, placements and courses', async () => {
    const token = await t.login('staff@demo.ixl', DEMO_PASSWORD);
    const r = await t.graphql<{ beneficiaries: { totalCount: number; nodes: { placements: { company: { name: string } | null }[]; enrolments: { edition: { title: string } }[] }[] } }>(
      '{ beneficiaries(first: 300) { totalCount nodes { placements { company { name } } enrolments { edition { title } } } } }',
      { token },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.beneficiaries.totalCount).toBe(300);
    const nodes = r.data?.beneficiaries.nodes ?? [];
    expect(nodes.flatMap((n) => n.placements)).toHaveLength(120);
    expect(nodes.flatMap((n) => n.enrolments).length).toBe(22 + 14 + 14 + 12 + 9 + 1);
  });

  it('is loaded only into empty schemas: a second load writes nothing', async () => {
    expect(await seedDemoData(t.stack)).toEqual({});
  });

  it('shows a company user only its own company', async () => {
    const token = await t.login('azienda@demo.ixl', DEMO_PASSWORD);
    const r = await t.graphql<{ companies: { name: string }[] }>('{ companies { name } }', { token });
    expect(r.data?.companies).toEqual([{ name: 'Rekeep S.p.A.' }]);
  });
});
