import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SignJWT, errors, jwtVerify } from 'jose';
import { issueAccessToken, verifyAccessToken, type TokenCheck } from './token.js';

const SECRET = 'k'.repeat(40);
const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
/** Signs any header and payload with HS256 (to build tokens jose's SignJWT would refuse to make). */
const raw = (header: unknown, payload: unknown, secret = SECRET) => {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
};

/** What the previous implementation (jose's jwtVerify with the same options) answered, as a TokenCheck verdict. */
async function joseVerdict(token: string): Promise<'OK' | 'EXPIRED' | 'INVALID'> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(SECRET), { issuer: 'ixl', algorithms: ['HS256'] });
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

describe('verifyAccessToken (HS256 with node:crypto) answers what jose answered', () => {
  it('on tokens with random claims, signed with the right or a wrong secret', async () => {
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
        fc.constantFrom('HS256', 'HS512', 'none', 'RS256'),
        fc.boolean(),
        async (claims, alg, rightSecret) => {
          const payload = Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
          const token = raw({ alg, typ: 'JWT' }, payload, rightSecret ? SECRET : 'z'.repeat(40));
          expect(verdict(await verifyAccessToken(token, SECRET))).toBe(await joseVerdict(token));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on real tokens with one character changed, cut, or segments reordered', async () => {
    const { token } = await issueAccessToken({ sub: 'u1', role: 'STAFF', sessionId: 's1' }, SECRET, 900);
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
          const ours = verdict(await verifyAccessToken(mutated, SECRET));
          // Stricter by design, never looser: jose may accept non-canonical base64url ('=' padding is refused here).
          const theirs = await joseVerdict(mutated);
          if (ours === 'OK') expect(theirs).toBe('OK');
          else if (theirs !== 'OK') expect(ours).toBe(theirs);
          else expect(mutated).not.toBe(token);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('agrees with jose at the boundaries of exp and nbf (this second)', async () => {
    const t = now();
    for (const claims of [{ exp: t }, { exp: t + 1 }, { exp: t + 60, nbf: t }, { exp: t + 60, nbf: t + 1 }, { exp: t - 1, nbf: t + 1 }]) {
      const token = raw({ alg: 'HS256' }, { sub: 'u', role: 'STAFF', iss: 'ixl', ...claims });
      expect([claims, verdict(await verifyAccessToken(token, SECRET))]).toEqual([claims, await joseVerdict(token)]);
    }
    expect(verdict(await verifyAccessToken(raw({ alg: 'HS256' }, { sub: 'u', role: 'STAFF', iss: 'ixl', exp: now() }), SECRET))).toBe(
      'EXPIRED',
    );
  });

  it('refuses crit headers, non-object payloads, oversized and non-string input', async () => {
    const exp = now() + 600;
    expect(await verifyAccessToken(raw({ alg: 'HS256', crit: ['exp'] }, { sub: 'u', role: 'STAFF', iss: 'ixl', exp }), SECRET)).toEqual({
      ok: false,
      reason: 'INVALID',
    });
    expect(await verifyAccessToken(raw({ alg: 'HS256' }, [1, 2]), SECRET)).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyAccessToken(raw({ alg: 'HS256' }, 'null'), SECRET)).toEqual({ ok: false, reason: 'INVALID' });
    expect(
      await verifyAccessToken(`${raw({ alg: 'HS256' }, { sub: 'u', role: 'STAFF', iss: 'ixl', exp })}${'A'.repeat(5000)}`, SECRET),
    ).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyAccessToken(undefined as unknown as string, SECRET)).toEqual({ ok: false, reason: 'INVALID' });
    // The same claims through jose's signer are accepted: the checks above are about the shape, not the claims.
    const good = await new SignJWT({ role: 'STAFF' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer('ixl')
      .setExpirationTime(exp)
      .sign(new TextEncoder().encode(SECRET));
    expect(await verifyAccessToken(good, SECRET)).toMatchObject({ ok: true, caller: { userId: 'u', role: 'STAFF' } });
  });
});
