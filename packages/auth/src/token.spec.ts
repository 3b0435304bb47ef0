import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { SignJWT, createLocalJWKSet, errors, importJWK, jwtVerify, type JSONWebKeySet } from 'jose';
import { issueAccessToken, verifyAccessToken, type TokenCheck } from './token.js';
import { generateSigningKey, publicKeySet, publicKeysOf, rotateSigningKeys, signingKeySet } from './keys.js';

const SIGNING = rotateSigningKeys(null, 1, 'k-current');
const PUBLIC = publicKeysOf(SIGNING);
const KID = 'k-current';
const privateKey = signingKeySet(SIGNING).signer.key;
const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
/** Signs any header and payload with the Ed25519 key (to build tokens jose's SignJWT would refuse to make). */
const raw = (header: unknown, payload: unknown, key = privateKey) => {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${sign(null, Buffer.from(input), key).toString('base64url')}`;
};
/** Signs with HMAC-SHA256 (the old shared-secret scheme, or the public key misused as a secret). */
const hmac = (header: unknown, payload: unknown, secret: string | Buffer) => {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
};

/** What jose answers (jwtVerify over the published key set) as a TokenCheck verdict. */
async function joseVerdict(token: string, jwks: string = PUBLIC): Promise<'OK' | 'EXPIRED' | 'INVALID'> {
  try {
    const { payload } = await jwtVerify(token, createLocalJWKSet(JSON.parse(jwks) as JSONWebKeySet), {
      issuer: 'ixl',
      algorithms: ['EdDSA', 'ES256'],
    });
    const roles = ['BENEFICIARY', 'COMPANY', 'TRAINING_BODY', 'COMMITTEE_MEMBER', 'STAFF', 'ADMIN'];
    return typeof payload.sub === 'string' &&
      typeof payload.role === 'string' &&
      roles.includes(payload.role) &&
      typeof payload.exp === 'number'
      ? 'OK'
      : 'INVALID';
  } catch (err) {
    return err instanceof errors.JWTExpired ? 'EXPIRED' : 'INVALID';
  }
}
const verdict = (c: TokenCheck) => (c.ok ? 'OK' : c.reason);
const now = () => Math.floor(Date.now() / 1000);
const valid = () => ({ sub: 'u', role: 'ADMIN', iss: 'ixl', exp: now() + 600 });

describe('verifyAccessToken (EdDSA with node:crypto) answers what jose answers', () => {
  it('on tokens with random claims and headers, signed with the right or a wrong key', async () => {
    const stranger = generateKeyPairSync('ed25519').privateKey;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          role: fc.constantFrom('STAFF', 'ADMIN', 'BENEFICIARY', 'COMPANY', 'ANONYMOUS', 'ROOT'),
          sub: fc.oneof(fc.string(), fc.integer()),
          iss: fc.constantFrom('ixl', 'other', undefined),
          exp: fc.oneof(
            fc.integer({ min: -3600, max: 3600 }).map((d) => now() + d),
            fc.constant('soon'),
            fc.constant(undefined),
          ),
          nbf: fc.oneof(
            fc.integer({ min: -600, max: 600 }).map((d) => now() + d),
            fc.constant(undefined),
          ),
          iat: fc.oneof(
            fc.integer({ min: -600, max: 600 }).map((d) => now() + d),
            fc.constant('x'),
            fc.constant(undefined),
          ),
        }),
        fc.constantFrom('EdDSA', 'ES256', 'HS256', 'none', 'RS256'),
        fc.constantFrom(KID, 'k-other', undefined),
        fc.boolean(),
        async (claims, alg, kid, rightKey) => {
          const payload = Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
          const token = raw({ alg, typ: 'JWT', ...(kid ? { kid } : {}) }, payload, rightKey ? privateKey : stranger);
          // Stricter than jose by design: a token must name its key (jose picks the only key of the set when
          // there is no kid); ours always carry one.
          if (!kid) expect(verdict(await verifyAccessToken(token, PUBLIC))).toBe('INVALID');
          else expect(verdict(await verifyAccessToken(token, PUBLIC))).toBe(await joseVerdict(token));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on real tokens with one character changed, cut, or segments reordered', async () => {
    const { token } = await issueAccessToken({ sub: 'u1', role: 'STAFF', sessionId: 's1' }, SIGNING, 900);
    const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ '];
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: token.length - 1 }),
        fc.constantFrom(...alphabet),
        fc.constantFrom('replace', 'cut', 'insert', 'swap'),
        async (at, ch, how) => {
          const [h = '', p = '', s = ''] = token.split('.');
          const mutated =
            how === 'replace'
              ? token.slice(0, at) + ch + token.slice(at + 1)
              : how === 'cut'
                ? token.slice(0, at)
                : how === 'insert'
                  ? token.slice(0, at) + ch + token.slice(at)
                  : `${p}.${h}.${s}`;
          const ours = verdict(await verifyAccessToken(mutated, PUBLIC));
          // Stricter by design, never looser: jose may accept non-canonical base64url ('=' padding is refused here).
          const theirs = await joseVerdict(mutated);
          if (ours === 'OK') expect(theirs).toBe('OK');
          else if (theirs !== 'OK') expect(ours).toBe(theirs);
          else expect(mutated).not.toBe(token);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees with jose at the boundaries of exp and nbf (this second)', async () => {
    const t = now();
    for (const claims of [{ exp: t }, { exp: t + 1 }, { exp: t + 60, nbf: t }, { exp: t + 60, nbf: t + 1 }, { exp: t - 1, nbf: t + 1 }]) {
      const token = raw({ alg: 'EdDSA', kid: KID }, { sub: 'u', role: 'STAFF', iss: 'ixl', ...claims });
      expect([claims, verdict(await verifyAccessToken(token, PUBLIC))]).toEqual([claims, await joseVerdict(token)]);
    }
  });

  it('accepts what jose signs with the same key (EdDSA) and with a P-256 key (ES256)', async () => {
    const jwk = (JSON.parse(SIGNING) as { keys: Record<string, string>[] }).keys[0] ?? {};
    const good = await new SignJWT({ role: 'STAFF' })
      .setProtectedHeader({ alg: 'EdDSA', kid: KID })
      .setSubject('u')
      .setIssuer('ixl')
      .setExpirationTime(now() + 600)
      .sign(await importJWK(jwk, 'EdDSA'));
    expect(await verifyAccessToken(good, PUBLIC)).toMatchObject({ ok: true, caller: { userId: 'u', role: 'STAFF' } });

    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
    const ecSet = JSON.stringify({ keys: [{ ...ec, kid: 'ec-1', alg: 'ES256' }] });
    const { token } = await issueAccessToken({ sub: 'u2', role: 'COMPANY', companyId: 'c' }, ecSet, 60);
    expect(await verifyAccessToken(token, publicKeysOf(ecSet))).toMatchObject({ ok: true, caller: { userId: 'u2', companyId: 'c' } });
    expect(await joseVerdict(token, publicKeysOf(ecSet))).toBe('OK');
    expect(await verifyAccessToken(token, PUBLIC)).toEqual({ ok: false, reason: 'INVALID' });
  });
});

describe('what an attacker may try (issue 18)', () => {
  it('a token signed with the old shared secret (HS256), whatever the kid, is refused', async () => {
    const secret = 'j'.repeat(32);
    for (const header of [{ alg: 'HS256' }, { alg: 'HS256', kid: KID }, { alg: 'HS256', kid: 'k-other' }])
      expect(await verifyAccessToken(hmac(header, valid(), secret), PUBLIC)).toEqual({ ok: false, reason: 'INVALID' });
  });

  it('HS256 "signed" with the public key as the HMAC secret (algorithm confusion) is refused', async () => {
    const jwk = publicKeySet(PUBLIC).keys.get(KID);
    const secrets: (string | Buffer)[] = [
      PUBLIC,
      JSON.stringify(jwk?.jwk),
      Buffer.from(jwk?.jwk.x ?? '', 'base64url'),
      jwk?.jwk.x ?? '',
      jwk?.key.export({ format: 'pem', type: 'spki' }).toString() ?? '',
    ];
    for (const secret of secrets)
      expect(await verifyAccessToken(hmac({ alg: 'HS256', kid: KID, typ: 'JWT' }, valid(), secret), PUBLIC)).toEqual({
        ok: false,
        reason: 'INVALID',
      });
  });

  it('alg none (with or without a signature) is refused', async () => {
    const unsigned = `${b64({ alg: 'none', kid: KID })}.${b64(valid())}`;
    expect(await verifyAccessToken(`${unsigned}.`, PUBLIC)).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyAccessToken(unsigned, PUBLIC)).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyAccessToken(raw({ alg: 'none', kid: KID }, valid()), PUBLIC)).toEqual({ ok: false, reason: 'INVALID' });
  });

  it('an unknown kid, no kid, and an EdDSA key declared as ES256 are refused', async () => {
    expect(await verifyAccessToken(raw({ alg: 'EdDSA', kid: 'k-other' }, valid()), PUBLIC)).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyAccessToken(raw({ alg: 'EdDSA' }, valid()), PUBLIC)).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyAccessToken(raw({ alg: 'ES256', kid: KID }, valid()), PUBLIC)).toEqual({ ok: false, reason: 'INVALID' });
    // The same claims, properly signed: accepted (the refusals above are about the header, not the claims).
    expect(await verifyAccessToken(raw({ alg: 'EdDSA', kid: KID }, valid()), PUBLIC)).toMatchObject({ ok: true });
  });

  it('refuses crit headers, non-object payloads, oversized and non-string input', async () => {
    expect(await verifyAccessToken(raw({ alg: 'EdDSA', kid: KID, crit: ['exp'] }, valid()), PUBLIC)).toEqual({
      ok: false,
      reason: 'INVALID',
    });
    expect(await verifyAccessToken(raw({ alg: 'EdDSA', kid: KID }, [1, 2]), PUBLIC)).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyAccessToken(raw({ alg: 'EdDSA', kid: KID }, 'null'), PUBLIC)).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyAccessToken(`${raw({ alg: 'EdDSA', kid: KID }, valid())}${'A'.repeat(5000)}`, PUBLIC)).toEqual({
      ok: false,
      reason: 'INVALID',
    });
    expect(await verifyAccessToken(undefined as unknown as string, PUBLIC)).toEqual({ ok: false, reason: 'INVALID' });
  });
});

describe('key sets and rotation', () => {
  it('a verifier refuses a key set with a private key, a shared secret or an unsupported curve', () => {
    expect(() => publicKeySet(SIGNING)).toThrow(/private members/);
    expect(() => publicKeySet('{"keys":[{"kty":"oct","k":"c2VjcmV0","kid":"a"}]}')).toThrow(/private members/);
    expect(() => publicKeySet('{"keys":[{"kty":"oct","kid":"a"}]}')).toThrow(/only Ed25519/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });
    expect(() => publicKeySet(JSON.stringify({ keys: [{ ...rsa, kid: 'r' }] }))).toThrow(/only Ed25519/);
    expect(() => signingKeySet(PUBLIC)).toThrow(/not a private key/);
    expect(() => publicKeySet('{"keys":[]}')).toThrow(/no keys/);
  });

  it('after a rotation, tokens of the previous key keep verifying until they expire; a retired key is refused', async () => {
    const first = rotateSigningKeys(null, 1, 'k1');
    const before = await issueAccessToken({ sub: 'u', role: 'STAFF' }, first, 900);
    const rotated = rotateSigningKeys(first, 1, 'k2'); // k2 signs, k1 kept for verification
    expect(signingKeySet(rotated).signer.kid).toBe('k2');
    const after = await issueAccessToken({ sub: 'u', role: 'STAFF' }, rotated, 900);
    expect(JSON.parse(Buffer.from(after.token.split('.')[0] ?? '', 'base64url').toString())).toMatchObject({ alg: 'EdDSA', kid: 'k2' });
    const verifiers = publicKeysOf(rotated);
    expect(await verifyAccessToken(before.token, verifiers)).toMatchObject({ ok: true });
    expect(await verifyAccessToken(after.token, verifiers)).toMatchObject({ ok: true });
    // The next rotation retires k1: its tokens are refused, k2's still verify.
    const retired = publicKeysOf(rotateSigningKeys(rotated, 1, 'k3'));
    expect((JSON.parse(retired) as { keys: { kid: string }[] }).keys.map((k) => k.kid)).toEqual(['k3', 'k2']);
    expect(await verifyAccessToken(before.token, retired)).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyAccessToken(after.token, retired)).toMatchObject({ ok: true });
  });

  it('a generated key is Ed25519 with a kid, and its public half has no private member', () => {
    const key = generateSigningKey('abc');
    expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: 'abc', alg: 'EdDSA' });
    expect(typeof key.d).toBe('string');
    const published = JSON.parse(publicKeysOf(JSON.stringify({ keys: [key] }))) as { keys: Record<string, unknown>[] };
    expect(published.keys[0]).toEqual({ kty: 'OKP', crv: 'Ed25519', x: key.x, kid: 'abc', alg: 'EdDSA', use: 'sig' });
  });
});

describe('verified tokens are remembered (the gateway verifies the same token at every request)', () => {
  afterEach(() => vi.useRealTimers());

  it('a token verified before still expires at its exp, and stays expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { token } = await issueAccessToken({ sub: 'u-exp', role: 'STAFF' }, SIGNING, 60);
    expect(await verifyAccessToken(token, PUBLIC)).toMatchObject({ ok: true, caller: { userId: 'u-exp', role: 'STAFF' } });
    vi.setSystemTime(Date.now() + 59_000);
    expect(await verifyAccessToken(token, PUBLIC)).toMatchObject({ ok: true });
    vi.setSystemTime(Date.now() + 1_000); // exp <= now
    expect(await verifyAccessToken(token, PUBLIC)).toEqual({ ok: false, reason: 'EXPIRED' });
    expect(await verifyAccessToken(token, PUBLIC)).toEqual({ ok: false, reason: 'EXPIRED' });
  });

  it('each answer is its own copy: changing one does not change the next', async () => {
    const { token } = await issueAccessToken({ sub: 'u-copy', role: 'COMPANY', companyId: 'c1' }, SIGNING, 600);
    const first = await verifyAccessToken(token, PUBLIC);
    if (!first.ok) throw new Error('not verified');
    Object.assign(first.caller, { role: 'ADMIN', companyId: null });
    expect(await verifyAccessToken(token, PUBLIC)).toMatchObject({
      ok: true,
      caller: { userId: 'u-copy', role: 'COMPANY', companyId: 'c1' },
    });
  });

  it('a token verified with one key set is still refused by a set without its key, and bad tokens are not remembered', async () => {
    const { token } = await issueAccessToken({ sub: 'u-set', role: 'STAFF' }, SIGNING, 600);
    expect(await verifyAccessToken(token, PUBLIC)).toMatchObject({ ok: true });
    const other = publicKeysOf(rotateSigningKeys(null, 1, KID)); // same kid, another key
    expect(await verifyAccessToken(token, other)).toEqual({ ok: false, reason: 'INVALID' });
    const [h = '', p = ''] = token.split('.');
    const forged = `${h}.${p}.${b64('x'.repeat(64))}`;
    for (let i = 0; i < 2; i++) expect(await verifyAccessToken(forged, PUBLIC)).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyAccessToken(token, PUBLIC)).toMatchObject({ ok: true });
  });
});
