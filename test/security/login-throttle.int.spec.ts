import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, graphqlRequest, type TestStack } from '@ixl/testkit';
import { REGISTER, registrationInput } from '../../subgraphs/people/test/factories.js';
import { APPLY, applicationInput } from '../../subgraphs/projects/test/operations.js';
import { createCall } from '../../subgraphs/projects/test/factories.js';

/**
 * Issue 18, finding 1: the login limit was counted by the gateway on top-level `login` fields only, so a
 * `login` in an inline or named fragment was never counted (unlimited password guessing). The limit is now
 * enforced where the password is checked (people subgraph), counters in PostgreSQL. Finding 7: the
 * per-account back-off does not lock the owner out from an address it signed in from before.
 * Client addresses are simulated with X-Forwarded-For (TRUST_PROXY on).
 */
const PER_ACCOUNT = 3;
const PER_IP = 12;
let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack({
    config: {
      gateway: { trustProxy: true },
      people: {
        loginLimit: { perIp: PER_IP, perAccount: PER_ACCOUNT, windowMs: 24 * 3_600_000 },
        registrationLimitPerIp: 2,
        applicationLimitPerIp: 2,
      },
    },
  });
});
afterAll(async () => {
  await t?.stop();
});

let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;
const send = (query: string, ip: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest<Record<string, { token: string } | null>>(t.url, query, { variables, headers: { 'x-forwarded-for': ip } });

const FORMS: Record<string, (email: string, password: string) => string> = {
  'inline fragment': (e, p) => `mutation { ... on Mutation { login(email: "${e}", password: "${p}") { token } } }`,
  'named fragment': (e, p) => `mutation { ...L } fragment L on Mutation { login(email: "${e}", password: "${p}") { token } }`,
  'nested fragments with an alias': (e, p) =>
    `mutation { ... on Mutation { ...L } } fragment L on Mutation { signIn: login(email: "${e}", password: "${p}") { token } }`,
  'plain field': (e, p) => `mutation { login(email: "${e}", password: "${p}") { token } }`,
};

describe('login limit, however login is written (finding 1)', () => {
  it.each(Object.keys(FORMS))('counts a login written as %s: the 4th attempt is refused, even with the right password', async (form) => {
    const account = await factories.createAccount(t.stack, { role: 'STAFF' });
    const write = FORMS[form]!;
    const ip = freshIp();
    for (let i = 0; i < PER_ACCOUNT; i++)
      expect(errorCodes(await send(write(account.email, 'wrong-password'), ip))).toEqual(['UNAUTHENTICATED']);
    const refused = await send(write(account.email, account.password), ip);
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      reason: 'LOGIN_RATE_LIMITED',
      params: { retryAfterSeconds: refused.errors?.[0]?.extensions?.retryAfterSeconds },
    });
    expect(refused.data ?? null).toBeNull();
  });

  it('refuses several logins in one operation, however written, before any password is checked', async () => {
    const account = await factories.createAccount(t.stack, { role: 'STAFF' });
    const login = (alias: string) => `${alias}: login(email: "${account.email}", password: "${account.password}") { token }`;
    const ip = freshIp();
    for (const query of [
      `mutation { ${login('a')} ${login('b')} }`,
      `mutation { ${login('a')} ... on Mutation { ${login('b')} } }`,
      `mutation { ...A ...B } fragment A on Mutation { ${login('a')} } fragment B on Mutation { ${login('b')} }`,
      `mutation { ...A ...A2 } fragment A on Mutation { ${login('a')} } fragment A2 on Mutation { ...A }`,
    ]) {
      const res = await send(query, ip);
      expect(errorCodes(res), query).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        field: 'login',
        reason: 'ONCE_PER_OPERATION',
        params: { fieldName: 'login', count: 2 },
      });
      expect(res.data ?? null).toBeNull();
    }
    // Nothing was counted: the full budget of this address and account is left.
    for (let i = 0; i < PER_ACCOUNT; i++)
      expect(errorCodes(await send(FORMS['plain field']!(account.email, 'wrong'), ip))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await send(FORMS['plain field']!(account.email, account.password), ip))).toEqual(['RATE_LIMITED']);
  });

  it('limits one address across accounts, and the counters survive a restart of the service that checks passwords', async () => {
    const ip = freshIp();
    const accounts = await Promise.all(Array.from({ length: 6 }, () => factories.createAccount(t.stack, { role: 'COMPANY' })));
    for (let i = 0; i < PER_IP - 1; i++) {
      const a = accounts[i % accounts.length]!;
      // Each account gets at most 2 guesses here: only the per-address limit is reached.
      expect(errorCodes(await send(FORMS['inline fragment']!(a.email, 'wrong'), ip))).toEqual(['UNAUTHENTICATED']);
    }
    await t.stack.stopSubgraph('people');
    await t.stack.startSubgraph('people');
    expect(errorCodes(await send(FORMS['named fragment']!(accounts[5]!.email, 'wrong'), ip))).toEqual(['UNAUTHENTICATED']);
    const refused = await send(FORMS['named fragment']!(accounts[5]!.email, accounts[5]!.password), ip);
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    // Another address is not affected.
    expect((await send(FORMS['plain field']!(accounts[5]!.email, accounts[5]!.password), freshIp())).data?.login?.token).toBeTruthy();
  });
});

describe('per-account back-off does not lock the owner out (finding 7)', () => {
  it("someone else's guesses lock new addresses out of the account, not the owner's known address", async () => {
    const account = await factories.createAccount(t.stack, { role: 'BENEFICIARY' });
    const ownerIp = freshIp();
    expect((await send(FORMS['plain field']!(account.email, account.password), ownerIp)).data?.login?.token).toBeTruthy();
    const attacker = freshIp();
    for (let i = 0; i < PER_ACCOUNT; i++)
      expect(errorCodes(await send(FORMS['plain field']!(account.email, `guess-${i}`), attacker))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await send(FORMS['plain field']!(account.email, account.password), attacker))).toEqual(['RATE_LIMITED']);
    // A guess from yet another address is refused too: the account's budget for unknown addresses is spent.
    expect(errorCodes(await send(FORMS['plain field']!(account.email, 'another-guess'), freshIp()))).toEqual(['RATE_LIMITED']);
    // The owner, from the address it signed in from before, still gets in.
    expect((await send(FORMS['plain field']!(account.email, account.password), ownerIp)).data?.login?.token).toBeTruthy();
  });
});

describe('registration throttled per address (finding 2, in part)', () => {
  it('refuses a third registerBeneficiary from one address in the window, refused attempts included', async () => {
    const ip = freshIp();
    const register = (input: Record<string, unknown>) => send(REGISTER, ip, { input });
    expect(errorCodes(await register(registrationInput()))).toEqual([]);
    expect(errorCodes(await register(registrationInput({ codiceFiscale: 'RSSMRA80A01A944X' })))).toEqual(['BAD_USER_INPUT']);
    const refused = await register(registrationInput());
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      reason: 'REGISTRATION_RATE_LIMITED',
      params: { retryAfterSeconds: refused.errors?.[0]?.extensions?.retryAfterSeconds },
    });
    // Another address still registers.
    expect(errorCodes(await send(REGISTER, freshIp(), { input: registrationInput() }))).toEqual([]);
  });
});

describe('public applications throttled per address (finding 2)', () => {
  it('refuses a third submitProjectApplication from one address in the window, refused attempts included; another address goes on', async () => {
    const call = await createCall(t);
    const ip = freshIp();
    const apply = (overrides: Record<string, unknown> = {}) => send(APPLY, ip, { input: applicationInput(call.id, overrides) });
    expect(errorCodes(await apply())).toEqual([]);
    expect(errorCodes(await apply({ contactEmail: 'non-una-email' }))).toEqual(['BAD_USER_INPUT']);
    const refused = await apply();
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      reason: 'APPLICATION_RATE_LIMITED',
      params: { retryAfterSeconds: expect.any(Number) },
    });
    expect(refused.data ?? null).toBeNull();
    expect(errorCodes(await send(APPLY, freshIp(), { input: applicationInput(call.id) }))).toEqual([]);
  });
});

describe('password requests throttled per address', () => {
  it(`refuses the ${PER_IP + 1}th requestPasswordReset from one address (known or unknown addresses alike)`, async () => {
    const ip = freshIp();
    const ask = (email: string) => send('mutation($e: String!) { requestPasswordReset(email: $e) }', ip, { e: email });
    const account = await factories.createAccount(t.stack, { role: 'COMPANY' });
    for (let i = 0; i < PER_IP; i++) {
      const r = await ask(i % 2 ? account.email : `nobody-${i}@example.org`);
      expect(errorCodes(r)).toEqual([]);
      expect(r.data).toEqual({ requestPasswordReset: true });
    }
    const refused = await ask(account.email);
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.errors?.[0]?.extensions?.reason).toBe('PASSWORD_RESET_RATE_LIMITED');
  });
});
