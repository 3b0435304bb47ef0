import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAccessToken, publicKeySet, publicKeysOf, rotateSigningKeys, signingKeySet } from '@ixl/auth';
import { bootTestStack, factories, testSecrets, type TestStack } from '@ixl/testkit';

/**
 * Issue 18 ("Also"): access tokens were HS256 with a secret the gateway shared, so the gateway (or anyone who read
 * its configuration) could mint an ADMIN token. Now only the people subgraph holds a private key (Ed25519, `kid`);
 * the gateway verifies with public keys only. The stack runs after a rotation: `k2` signs, `k1` (the previous key)
 * is still published, `k0` has been retired.
 */
const k0 = rotateSigningKeys(null, 1, 'k0');
const k1 = rotateSigningKeys(k0, 0, 'k1'); // k0 retired before this stack
const rotated = rotateSigningKeys(k1, 1, 'k2'); // k2 signs, k1 verifies until its tokens expire
const OLD_SHARED_SECRET = 'j'.repeat(64);
let t: TestStack;
let admin: { id: string };

beforeAll(async () => {
  t = await bootTestStack({ secrets: testSecrets(rotated) });
  admin = await factories.createAccount(t.stack, { role: 'ADMIN' });
});
afterAll(async () => {
  await t?.stop();
});

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const claims = () => ({
  sub: admin.id,
  role: 'ADMIN',
  iss: 'ixl',
  iat: Math.floor(Date.now() / 1000),
  exp: Math.floor(Date.now() / 1000) + 600,
});
const hs256 = (header: object, secret: string | Buffer) => {
  const input = `${b64(header)}.${b64(claims())}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
};
const ed25519 = (header: object, key = signingKeySet(rotated).signer.key) => {
  const input = `${b64(header)}.${b64(claims())}`;
  return `${input}.${sign(null, Buffer.from(input), key).toString('base64url')}`;
};
/** What an ADMIN-only query answers with `token`. */
const asAdmin = (token: string) => t.graphql<{ personalDataAudit: unknown }>('{ me { id role } }', { token });
const refused = async (token: string) => {
  const r = await asAdmin(token);
  expect(r.status).toBe(401);
  expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
  expect(r.data ?? null).toBeNull();
};

describe('forged access tokens are refused at the gateway', () => {
  it('accepts a token people issued (EdDSA, the current kid)', async () => {
    const account = await factories.createAccount(t.stack, { role: 'STAFF' });
    const token = await t.login(account.email, account.password);
    expect(JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString())).toEqual({ alg: 'EdDSA', typ: 'JWT', kid: 'k2' });
    expect((await t.graphql<{ me: { id: string } }>('{ me { id } }', { token })).data?.me.id).toBe(account.id);
  });

  it('refuses an ADMIN token signed with the old shared secret (HS256), with or without a kid', async () => {
    await refused(hs256({ alg: 'HS256', typ: 'JWT' }, OLD_SHARED_SECRET));
    await refused(hs256({ alg: 'HS256', typ: 'JWT', kid: 'k2' }, OLD_SHARED_SECRET));
  });

  it('refuses HS256 "signed" with the published public key (algorithm confusion)', async () => {
    const jwks = (await (await fetch(new URL('/.well-known/jwks.json', t.url))).json()) as { keys: { kid: string; x: string }[] };
    const published = jwks.keys.find((k) => k.kid === 'k2');
    for (const secret of [
      JSON.stringify(jwks),
      JSON.stringify(published),
      published?.x ?? '',
      Buffer.from(published?.x ?? '', 'base64url'),
    ])
      await refused(hs256({ alg: 'HS256', typ: 'JWT', kid: 'k2' }, secret));
  });

  it('refuses alg none, an unknown kid and a key nobody published', async () => {
    await refused(`${b64({ alg: 'none', typ: 'JWT', kid: 'k2' })}.${b64(claims())}.`);
    await refused(ed25519({ alg: 'EdDSA', typ: 'JWT', kid: 'k9' }));
    await refused(ed25519({ alg: 'EdDSA', typ: 'JWT', kid: 'k2' }, generateKeyPairSync('ed25519').privateKey));
  });

  it('the gateway holds public keys only: nothing it is configured with can sign a token', async () => {
    const gateway = t.stack.configs.gateway;
    expect(JSON.stringify(gateway)).not.toMatch(/"d"\s*:/);
    expect(() => signingKeySet(gateway.jwtPublicKeys)).toThrow(/not a private key/);
    expect([...publicKeySet(gateway.jwtPublicKeys).keys.keys()]).toEqual(['k2', 'k1']);
    // Only the people subgraph has the signing keys.
    for (const [name, config] of Object.entries(t.stack.configs.subgraphs))
      expect(Boolean(config?.jwtSigningKeys), name).toBe(name === 'people');
  });
});

describe('key rotation', () => {
  it('a token signed with the previous key (before the rotation) still verifies until it expires', async () => {
    const before = await issueAccessToken({ sub: admin.id, role: 'ADMIN' }, k1, 600);
    expect((await asAdmin(before.token)).data).toEqual({ me: { id: admin.id, role: 'ADMIN' } });
  });

  it('a token signed with a retired key is refused', async () => {
    const old = await issueAccessToken({ sub: admin.id, role: 'ADMIN' }, k0, 600);
    await refused(old.token);
  });

  it('the gateway and the people subgraph publish the same key set (public members only)', async () => {
    const fromGateway = await fetch(new URL('/.well-known/jwks.json', t.url));
    expect(fromGateway.status).toBe(200);
    const peopleUrl = new URL('/.well-known/jwks.json', t.stack.subgraphs.people.url);
    const fromPeople = await fetch(peopleUrl);
    expect(fromPeople.status).toBe(200);
    const jwks = await fromGateway.json();
    expect(await fromPeople.json()).toEqual(jwks);
    expect(jwks).toEqual(JSON.parse(publicKeysOf(rotated)));
    expect(JSON.stringify(jwks)).not.toMatch(/"d"/);
    // Other subgraphs publish nothing (they sign nothing).
    expect((await fetch(new URL('/.well-known/jwks.json', t.stack.subgraphs.companies.url))).status).toBe(404);
  });
});
