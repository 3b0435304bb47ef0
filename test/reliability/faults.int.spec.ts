import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDatabase, freePort, startEmbeddedPostgres, type RunningPostgres } from '@ixl/db';
import { startStack, type RunningStack } from '@ixl/launcher';
import { bootTestStack, errorCodes, factories, graphqlRequest, testConfig, testSecrets, type TestStack } from '@ixl/testkit';
import { REGISTER, registrationInput } from '../../subgraphs/people/test/factories.js';

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn().catch((e) => e as T);
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`condition not met: ${JSON.stringify(v)?.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('a subgraph goes away', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await bootTestStack();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("answers with the other subgraphs' data and a clear error for the missing part, then recovers", async () => {
    const person = await factories.createBeneficiary(t.stack);
    const company = await factories.createCompany(t.stack, 'Azienda Resiliente');
    await factories.createPlacement(t.stack, { beneficiaryId: person.id, companyId: company.id });
    const token = await t.tokenFor('STAFF');
    const query = `{ beneficiary(id: "${person.id}") { id firstName placements { company { name } } } }`;

    await t.stack.stopSubgraph('companies');
    const partial = await t.graphql<{ beneficiary: { id: string; firstName: string; placements: unknown } }>(query, { token });
    expect(partial.data?.beneficiary).toMatchObject({ id: person.id, firstName: person.firstName });
    expect(partial.data?.beneficiary.placements).toBeNull();
    expect(partial.errors?.length).toBeGreaterThan(0);
    expect(partial.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'companies' });
    expect(partial.errors?.[0]?.message).toMatch(/companies service is not available/);
    expect(JSON.stringify(partial.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/i);
    const health = await fetch(t.url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(503);
    expect(((await health.json()) as { subgraphs: Record<string, string> }).subgraphs.companies).toBe('unreachable');
    // Not ready while a subgraph is down; still alive (a restart of the gateway would not help).
    const ready = await fetch(t.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: 'unavailable',
      database: 'ok',
      subgraphs: { companies: 'unreachable', people: 'ok' },
    });
    expect((await fetch(t.url.replace('/graphql', '/livez'))).status).toBe(200);

    await t.stack.startSubgraph('companies');
    const healed = await t.graphql<{ beneficiary: { placements: { company: { name: string } }[] } }>(query, { token });
    expect(healed.errors).toBeUndefined();
    expect(healed.data?.beneficiary.placements).toEqual([{ company: { name: 'Azienda Resiliente' } }]);
  });
});

describe('PostgreSQL restarts', () => {
  let pg: RunningPostgres;
  let stack: RunningStack;
  let port: number;
  const dataDir = join(tmpdir(), `ixl-fault-pg-${process.pid}`);
  beforeAll(async () => {
    port = await freePort();
    rmSync(dataDir, { recursive: true, force: true });
    pg = await startEmbeddedPostgres({ dataDir, port });
    await ensureDatabase(pg.adminUrl, 'ixl');
    // Jobs on, as in production (the test config turns them off).
    stack = await startStack(
      testConfig({
        databaseUrl: pg.urlFor('ixl'),
        secrets: testSecrets(),
        jobs: true,
      }),
      { quiet: true },
    );
  });
  afterAll(async () => {
    await stack?.stop();
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('services reconnect by themselves: reads and writes work again without restarting them', async () => {
    const account = await factories.createAccount(stack, { role: 'STAFF' });
    const login = () =>
      graphqlRequest<{ login: { token: string } }>(
        stack.gatewayUrl,
        `mutation { login(email: "${account.email}", password: "${account.password}") { token } }`,
      );
    expect((await login()).data?.login.token).toBeTruthy();

    await pg.stop();
    const down = await login();
    expect(down.data ?? null).toBeNull();
    expect(errorCodes(down)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(down)).not.toMatch(/ECONNREFUSED|terminat|password/i);

    pg = await startEmbeddedPostgres({ dataDir, port });
    const back = await until(login, (r) => Boolean(r?.data?.login?.token));
    const token = back.data?.login.token;
    // Once reconnected, every subgraph serves again (each has its own pool).
    const all = await graphqlRequest<{
      beneficiaries: { totalCount: number };
      companies: unknown[];
      courseEditions: unknown[];
      projects: unknown[];
      loans: unknown[];
    }>(stack.gatewayUrl, '{ beneficiaries(first: 1) { totalCount } companies { id } courseEditions { id } projects { id } loans { id } }', {
      token,
    });
    const settled = all.errors
      ? await until(
          () =>
            graphqlRequest(
              stack.gatewayUrl,
              '{ beneficiaries(first: 1) { totalCount } companies { id } courseEditions { id } projects { id } loans { id } }',
              { token },
            ),
          (r) => !r.errors,
        )
      : all;
    expect(settled.errors).toBeUndefined();

    // Events flow again too: the outbox relays and LISTEN connections came back by themselves.
    const input = registrationInput();
    const registered = await graphqlRequest(stack.gatewayUrl, REGISTER, { variables: { input } });
    expect(registered.errors).toBeUndefined();
    // The person exists once the mail link is followed (the link from the verification mail in the outbox).
    const [mail] = (await stack.subgraphs.people.orm.em
      .getConnection()
      .execute(`select text_body from people.mail_outbox where to_address = ? and template = 'email_verification'`, [input.email])) as {
      text_body: string;
    }[];
    const linkToken = /conferma-email\?token=([\w-]+)/.exec(mail?.text_body ?? '')?.[1] ?? '';
    const verified = await graphqlRequest(stack.gatewayUrl, 'mutation($t: String!) { verifyEmail(token: $t) { email } }', {
      variables: { t: linkToken },
    });
    expect(verified.errors).toBeUndefined();
    const [row] = (await stack.subgraphs.people.orm.em
      .getConnection()
      .execute('select id from people.beneficiary where email = ?', [input.email])) as { id: string }[];
    const id = row?.id;
    expect(id).toBeTruthy();
    const profile = await until(
      () =>
        stack.subgraphs.companies.orm.em
          .getConnection()
          .execute('select count(*)::int as c from companies.matching_profile where beneficiary_id = ?', [id]),
      (rows) => Array.isArray(rows) && (rows[0] as { c: number } | undefined)?.c === 1,
    );
    expect(profile).toEqual([{ c: 1 }]);
  });
});
