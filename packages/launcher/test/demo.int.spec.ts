import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@ixl/demo-data';
import { seedDemoData } from '@ixl/launcher';
import { bootTestStack, factories, type TestStack } from '@ixl/testkit';

let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack({ seedDemo: true });
});
afterAll(async () => {
  await t?.stop();
});

describe('Bologna demo data', () => {
  it.each(DEMO_LOGINS.map((l) => [l.email, l.role] as const))('%s logs in as %s', async (email, role) => {
    const r = await t.graphql<{ login: { user: { role: string } } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { role } } }',
      { variables: { e: email, p: DEMO_PASSWORD } },
    );
    expect(r.data?.login.user.role).toBe(role);
  });

  it('gives staff a federated view of people, placements and courses', async () => {
    const token = await t.login('staff@demo.ixl', DEMO_PASSWORD);
    type Page = {
      beneficiaries: {
        totalCount: number;
        endCursor: string | null;
        hasNextPage: boolean;
        nodes: { placements: { company: { name: string } | null }[]; enrolments: { edition: { title: string } }[] }[];
      };
    };
    // Pages of 100 (a page of 300 with two nested lists each is over the gateway's cost limit, as it should be).
    const nodes: Page['beneficiaries']['nodes'] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let i = 0; i < 10; i++) {
      const r: { data?: Page | null; errors?: unknown } = await t.graphql<Page>(
        'query($after: String) { beneficiaries(first: 100, after: $after) { totalCount endCursor hasNextPage nodes { placements { company { name } } enrolments { edition { title } } } } }',
        { token, variables: { after } },
      );
      expect(r.errors).toBeUndefined();
      const page = r.data!.beneficiaries;
      totalCount = page.totalCount;
      nodes.push(...page.nodes);
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(totalCount).toBe(300);
    expect(nodes).toHaveLength(300);
    expect(nodes.flatMap((n) => n.placements)).toHaveLength(218);
    expect(nodes.flatMap((n) => n.enrolments).length).toBe(22 + 14 + 14 + 12 + 9 + 1);
  });

  it('flows through the real events: course KPIs reproduce the published figures', async () => {
    await factories.drainEvents(t.stack);
    const token = await t.login('staff@demo.ixl', DEMO_PASSWORD);
    const r = await t.graphql<{
      courseEditions: {
        title: string;
        kpis: { population: number; placements: number; employed: number; placementRate: number; employmentRate: number };
      }[];
    }>('{ courseEditions { title kpis { population placements employed placementRate employmentRate } } }', { token });
    expect(r.errors).toBeUndefined();
    const kpis = Object.fromEntries((r.data?.courseEditions ?? []).map((e) => [e.title, e.kpis]));
    expect(kpis['Operatore Socio-Sanitario (OSS) 2020']).toEqual({
      population: 22,
      placements: 41,
      employed: 20,
      placementRate: 186.4,
      employmentRate: 90.9,
    });
    expect(kpis['Addetto alle pulizie 2019']).toEqual({
      population: 14,
      placements: 24,
      employed: 9,
      placementRate: 171.4,
      employmentRate: 64.3,
    });
    expect(kpis['Addetto alle pulizie 2020 (FAD)']).toEqual({
      population: 14,
      placements: 12,
      employed: 8,
      placementRate: 85.7,
      employmentRate: 57.1,
    });
    expect(kpis['Patente D + CQC persone 2018']).toEqual({
      population: 12,
      placements: 21,
      employed: 6,
      placementRate: 175,
      employmentRate: 50,
    });
    // Every consumer handled every demo event: no dead letters anywhere.
    const admin = await t.login('admin@demo.ixl', DEMO_PASSWORD);
    const dead = await t.graphql<Record<string, unknown[]>>(
      '{ peopleEventDeadLetters { id } companiesEventDeadLetters { id } trainingEventDeadLetters { id } projectsEventDeadLetters { id } financeEventDeadLetters { id } }',
      { token: admin },
    );
    expect(dead.errors).toBeUndefined();
    expect(Object.values(dead.data ?? { missing: [1] }).flat()).toEqual([]);
  });

  it("tells each person's path in time order: every status is entered before it is left", async () => {
    const rows = await t.stack.subgraphs.people.orm.em.getConnection().execute(
      `select count(*)::int as total, count(*) filter (where entered.at > left_.at)::int as out_of_order
         from people.status_change left_
         join people.status_change entered on entered.beneficiary_id = left_.beneficiary_id and entered."to" = left_."from"`,
    );
    const [{ total, out_of_order }] = rows as [{ total: number; out_of_order: number }];
    expect(total).toBeGreaterThan(300);
    expect(out_of_order).toBe(0);
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
