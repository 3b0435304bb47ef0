import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLER_HEADER, ROLES, issueAccessToken, rotateSigningKeys, signCaller } from '@ixl/auth';
import { SUBGRAPH_NAMES } from '@ixl/registry';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { reusedOperations } from '../src/operation-cache.js';

let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack();
});
afterAll(async () => {
  await t?.stop();
});

describe('login', () => {
  it.each(ROLES)('issues a token for a %s account that the gateway accepts', async (role) => {
    const account = await factories.createAccount(t.stack, { role });
    const r = await t.graphql<{ login: { token: string; user: { id: string; role: string; email: string } } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id role email } } }',
      { variables: { e: account.email.toUpperCase(), p: account.password } },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.login.user).toEqual({ id: account.id, role, email: account.email });
    const me = await t.graphql<{ me: { id: string; role: string } }>('{ me { id role } }', { token: r.data?.login.token });
    expect(me.data?.me).toEqual({ id: account.id, role });
  });

  it('refuses a wrong password and an unknown email alike: UNAUTHENTICATED, no token', async () => {
    const account = await factories.createAccount(t.stack, { role: 'STAFF' });
    const wrong = await t.graphql('mutation { login(email: "' + account.email + '", password: "not-the-password") { token } }');
    const unknown = await t.graphql('mutation { login(email: "nobody@test.ixl", password: "whatever-password") { token } }');
    for (const r of [wrong, unknown]) {
      expect(r.data).toBeNull();
      expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
      expect(r.errors?.[0]?.message).toBe('Email or password is wrong');
    }
  });

  it('rejects a malformed email with the field named', async () => {
    const r = await t.graphql('mutation { login(email: "not-an-email", password: "x") { token } }');
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.field).toBe('email');
  });
});

describe('tokens at the gateway', () => {
  it('answers an anonymous caller with public data only', async () => {
    const me = await t.graphql<{ me: null }>('{ me { id } }');
    expect(me.data?.me).toBeNull();
    const list = await t.graphql('{ beneficiaries(first: 5) { totalCount } }');
    expect(errorCodes(list)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses an expired token with 401 and TOKEN_EXPIRED, and a forged one with TOKEN_INVALID', async () => {
    const expired = await issueAccessToken({ sub: 'x', role: 'STAFF' }, t.secrets.jwtSigningKeys, -5);
    const r1 = await t.graphql('{ me { id } }', { token: expired.token });
    expect(r1.status).toBe(401);
    expect(r1.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    const forged = await issueAccessToken({ sub: 'x', role: 'ADMIN' }, rotateSigningKeys(null), 60);
    const r2 = await t.graphql('{ me { id } }', { token: forged.token });
    expect(r2.status).toBe(401);
    expect(r2.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
  });

  it('refuses queries deeper than the limit before calling any subgraph', async () => {
    const token = await t.tokenFor('STAFF');
    const deep = `{ beneficiaries(first: 1) { nodes { placements { company { id } beneficiary { placements { beneficiary { placements { beneficiary { placements { beneficiary { placements { beneficiary { placements { id } } } } } } } } } } } } } }`;
    const r = await t.graphql(deep, { token });
    expect(r.status).toBe(400);
    expect(errorCodes(r)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('refuses queries whose list sizes make them too expensive', async () => {
    const token = await t.tokenFor('STAFF');
    const r = await t.graphql(
      'query($n: Int!) { beneficiaries(first: $n) { nodes { id firstName lastName codiceFiscale email phone birthDate sex citizenship municipalityCode status registeredAt } } }',
      { token, variables: { n: 1000 } },
    );
    expect(errorCodes(r)).toEqual(['QUERY_TOO_COSTLY']);
    const tooBig = await t.graphql('query($n: Int!) { beneficiaries(first: $n) { nodes { id } } }', { token, variables: { n: 5000 } });
    expect(errorCodes(tooBig)).toEqual(['BAD_USER_INPUT']);
    expect(tooBig.errors?.[0]?.extensions).toMatchObject({ field: 'first' });
  });
});

describe('federation', () => {
  it('resolves one staff query across people, companies and training, batched', async () => {
    const company = await factories.createCompany(t.stack, 'Rekeep Test');
    const body = await factories.createTrainingBody(t.stack, 'Seneca Test');
    const edition = await factories.createEdition(t.stack, body.id, 'OSS 2026');
    const people = [
      await factories.createBeneficiary(t.stack),
      await factories.createBeneficiary(t.stack),
      await factories.createBeneficiary(t.stack),
    ];
    for (const p of people) {
      await factories.createPlacement(t.stack, { beneficiaryId: p.id, companyId: company.id });
      await factories.enrol(t.stack, edition.id, p.id);
    }
    const token = await t.tokenFor('STAFF');
    const r = await t.graphql<{
      beneficiaries: {
        nodes: {
          id: string;
          placements: { type: string; company: { name: string } }[];
          enrolments: { edition: { title: string; trainingBody: { name: string } } }[];
        }[];
      };
    }>(
      `{ beneficiaries(first: 50) { nodes { id firstName placements { type company { name } } enrolments { edition { title trainingBody { name } } } } } }`,
      { token },
    );
    expect(r.errors).toBeUndefined();
    const mine = r.data?.beneficiaries.nodes.filter((n) => people.some((p) => p.id === n.id)) ?? [];
    expect(mine).toHaveLength(3);
    for (const n of mine) {
      expect(n.placements).toEqual([{ type: 'ASSUNZIONE', company: { name: 'Rekeep Test' } }]);
      expect(n.enrolments).toEqual([{ edition: { title: 'OSS 2026', trainingBody: { name: 'Seneca Test' } } }]);
    }
  });

  it('reuses the operation of a repeated query, and each request still gets the fields its own variables select', async () => {
    const company = await factories.createCompany(t.stack, 'Operazione Riusata Srl');
    const person = await factories.createBeneficiary(t.stack);
    await factories.createPlacement(t.stack, { beneficiaryId: person.id, companyId: company.id });
    const token = await t.tokenFor('STAFF');
    const q = `query Reused($id: ID!, $withCompany: Boolean!, $skipType: Boolean!) {
      beneficiary(id: $id) { ...Who placements { type @skip(if: $skipType) company @include(if: $withCompany) { name } } }
    }
    fragment Who on Beneficiary { id }`;
    const ask = (withCompany: boolean, skipType: boolean) =>
      t.graphql<{ beneficiary: Record<string, unknown> }>(q, { token, variables: { id: person.id, withCompany, skipType } });
    const before = reusedOperations();
    const answers = [await ask(true, false), await ask(false, false), await ask(true, true), await ask(false, true)];
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(answers.map((a) => a.data?.beneficiary)).toEqual([
      { id: person.id, placements: [{ type: 'ASSUNZIONE', company: { name: 'Operazione Riusata Srl' } }] },
      { id: person.id, placements: [{ type: 'ASSUNZIONE' }] },
      { id: person.id, placements: [{ company: { name: 'Operazione Riusata Srl' } }] },
      { id: person.id, placements: [{}] },
    ]);
    // Built for the first request, reused by the three after it (the same document from Apollo Server's cache).
    expect(reusedOperations() - before).toBeGreaterThanOrEqual(3);
  });

  it('shows a beneficiary its own record and refuses another person', async () => {
    const [me, other] = [await factories.createBeneficiary(t.stack), await factories.createBeneficiary(t.stack)];
    const token = await t.tokenFor('BENEFICIARY', { beneficiaryId: me.id });
    const own = await t.graphql<{ beneficiary: { id: string } }>(`{ beneficiary(id: "${me.id}") { id firstName } }`, { token });
    expect(own.data?.beneficiary.id).toBe(me.id);
    const theirs = await t.graphql(`{ beneficiary(id: "${other.id}") { id firstName } }`, { token });
    expect(errorCodes(theirs)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(theirs)).not.toContain(other.firstName + '"');
  });
});

describe('subgraphs trust only the gateway', () => {
  const query = JSON.stringify({ query: '{ beneficiaries(first: 1) { totalCount } }' });
  const request = { method: 'POST', path: '/graphql', body: query };
  const call = (headers: Record<string, string>) =>
    fetch(t.stack.subgraphs.people.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: query });

  it('refuses a direct call without the signed caller header', async () => {
    const res = await call({});
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { extensions: unknown }[] }).errors[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'CALLER_SIGNATURE_MISSING',
    });
  });

  it('refuses a caller signed with another secret, and accepts the gateway-signed one', async () => {
    const forged = await call({
      [CALLER_HEADER]: signCaller({ userId: 'x', role: 'ADMIN' }, 'another-secret-that-is-long-enough-000', request),
    });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { errors: { extensions: { reason: string } }[] }).errors[0]?.extensions.reason).toBe(
      'CALLER_SIGNATURE_BAD_SIGNATURE',
    );
    const signed = await call({ [CALLER_HEADER]: signCaller({ userId: 'x', role: 'STAFF' }, t.secrets.internalSecret, request) });
    expect(signed.status).toBe(200);
    expect(
      ((await signed.json()) as { data: { beneficiaries: { totalCount: number } } }).data.beneficiaries.totalCount,
    ).toBeGreaterThanOrEqual(0);
  });
});

describe('health', () => {
  it('reports every subgraph of the registry', async () => {
    const res = await fetch(t.url.replace('/graphql', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 'ok'])) });
  });

  it('answers /livez (alive) and /readyz (its database and every subgraph ready: database up, migrations applied)', async () => {
    const live = await fetch(t.url.replace('/graphql', '/livez'));
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(t.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ok',
      database: 'ok',
      subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 'ok'])),
    });
    for (const [name, sub] of Object.entries(t.stack.subgraphs)) {
      const r = await fetch(sub.url.replace('/graphql', '/readyz'));
      expect(r.status, name).toBe(200);
      expect(await r.json()).toEqual({ status: 'ok', subgraph: name, checks: { database: 'ok', migrations: 'ok' } });
      expect((await fetch(sub.url.replace('/graphql', '/livez'))).status).toBe(200);
    }
  });
});

describe('identical queries in flight', () => {
  it('share one subgraph call per caller identity, and each caller still gets its own answer', async () => {
    const company = await factories.createCompany(t.stack, 'Azienda Condivisa');
    const person = await factories.createBeneficiary(t.stack);
    await factories.createPlacement(t.stack, { beneficiaryId: person.id, companyId: company.id });
    const staff = await t.tokenFor('STAFF');
    const own = await t.tokenFor('BENEFICIARY', { beneficiaryId: person.id });
    const q = `{ beneficiary(id: "${person.id}") { id placements { company { name } } } }`;
    const results = await Promise.all(
      [...Array(10).fill(staff), own, own].map((token) =>
        t.graphql<{ beneficiary: { id: string; placements: { company: { name: string } }[] } }>(q, { token }),
      ),
    );
    for (const r of results) {
      expect(r.errors).toBeUndefined();
      expect(r.data?.beneficiary).toEqual({ id: person.id, placements: [{ company: { name: 'Azienda Condivisa' } }] });
    }
    // Mutations are never shared: two logins at once both succeed with distinct tokens.
    const account = await factories.createAccount(t.stack, { role: 'STAFF' });
    const logins = await Promise.all(
      [0, 1].map(() =>
        t.graphql<{ login: { token: string } }>(`mutation { login(email: "${account.email}", password: "${account.password}") { token } }`),
      ),
    );
    expect(logins.every((l) => l.data?.login.token)).toBe(true);
  });
});
