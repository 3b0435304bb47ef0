import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  verifyPassword,
  issueAccessToken,
  verifyAccessToken,
  signCaller,
  verifyCallerHeader,
  rotateSigningKeys,
  publicKeysOf,
  CALLER_MAX_AGE_SECONDS,
} from './index.js';

describe('passwords', () => {
  // Three scrypt runs at the production cost (about 1 s of CPU each here): more than the default
  // 5 s on a loaded machine.
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('demo-password');
    expect(hash.startsWith('scrypt$131072$8$1$')).toBe(true);
    expect(await verifyPassword('demo-password', hash)).toBe(true);
    expect(await verifyPassword('demo-passwore', hash)).toBe(false);
    expect(await verifyPassword('demo-password', 'garbage')).toBe(false);
  }, 60_000);

  it('verifies with the parameters stored in the hash (a lower cost is only for test fixtures)', async () => {
    const hash = await hashPassword('demo-password', { N: 2 ** 12, r: 8, p: 1 });
    expect(hash.startsWith('scrypt$4096$8$1$')).toBe(true);
    expect(await verifyPassword('demo-password', hash)).toBe(true);
    expect(await verifyPassword('demo-passwore', hash)).toBe(false);
  });
});

describe('access tokens', () => {
  const signing = rotateSigningKeys(null);
  const verifying = publicKeysOf(signing);
  it('round-trips the caller and rejects another key, tampering and expiry', async () => {
    const { token } = await issueAccessToken({ sub: 'u1', role: 'COMPANY', companyId: 'c1' }, signing, 60);
    const ok = await verifyAccessToken(token, verifying);
    expect(ok).toMatchObject({ ok: true, caller: { userId: 'u1', role: 'COMPANY', companyId: 'c1' } });
    expect(await verifyAccessToken(token, publicKeysOf(rotateSigningKeys(null)))).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyAccessToken(token.slice(0, -2) + 'AA', verifying)).toEqual({ ok: false, reason: 'INVALID' });
    const expired = await issueAccessToken({ sub: 'u1', role: 'STAFF' }, signing, -10);
    expect(await verifyAccessToken(expired.token, verifying)).toEqual({ ok: false, reason: 'EXPIRED' });
  });

  it('carries the session id as the sid claim, when there is one', async () => {
    const withSession = await issueAccessToken({ sub: 'u1', role: 'STAFF', sessionId: 'f1' }, signing, 60);
    expect(await verifyAccessToken(withSession.token, verifying)).toMatchObject({ ok: true, sessionId: 'f1' });
    expect(JSON.parse(Buffer.from(withSession.token.split('.')[1] ?? '', 'base64url').toString())).toMatchObject({ sid: 'f1', sub: 'u1' });
    const without = await issueAccessToken({ sub: 'u1', role: 'STAFF' }, signing, 60);
    expect(await verifyAccessToken(without.token, verifying)).toMatchObject({ ok: true, sessionId: null });
  });
});

describe('signed caller header', () => {
  const secret = 'internal-secret-for-tests-000000';
  const request = { method: 'POST', path: '/graphql', body: '{"query":"{ me { id } }"}' };
  it('accepts a fresh signed caller for the request it was made for', () => {
    const header = signCaller({ userId: 'u1', role: 'STAFF' }, secret, request);
    expect(verifyCallerHeader(header, secret, request)).toMatchObject({ ok: true, caller: { userId: 'u1', role: 'STAFF' } });
    expect(verifyCallerHeader(header, secret, { ...request, body: Buffer.from(request.body) })).toMatchObject({ ok: true });
  });
  it('refuses missing, forged, tampered, stale and malformed headers', () => {
    const header = signCaller({ userId: 'u1', role: 'BENEFICIARY' }, secret, request);
    expect(verifyCallerHeader(undefined, secret, request)).toEqual({ ok: false, reason: 'MISSING' });
    expect(verifyCallerHeader(signCaller({ userId: 'u1', role: 'ADMIN' }, 'other-secret', request), secret, request)).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
    const [, sig] = header.split('.');
    const forged = Buffer.from(JSON.stringify({ userId: 'u1', role: 'ADMIN', iat: Math.floor(Date.now() / 1000) })).toString('base64url');
    expect(verifyCallerHeader(`${forged}.${sig}`, secret, request)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(
      verifyCallerHeader(signCaller({ userId: 'u1', role: 'STAFF' }, secret, request, Date.now() - 3600_000), secret, request),
    ).toEqual({
      ok: false,
      reason: 'STALE',
    });
    expect(verifyCallerHeader('nodot', secret, request)).toEqual({ ok: false, reason: 'MALFORMED' });
  });
  it('is bound to the method, path and body, and lives CALLER_MAX_AGE_SECONDS (30 s)', () => {
    const now = Date.now();
    const header = signCaller({ userId: 'u1', role: 'STAFF' }, secret, request, now);
    const wrong = { ok: false, reason: 'WRONG_REQUEST' };
    expect(verifyCallerHeader(header, secret, { ...request, body: '{"query":"mutation { eraseBeneficiary(id: \\"x\\") }"}' }, now)).toEqual(
      wrong,
    );
    expect(verifyCallerHeader(header, secret, { ...request, body: '' }, now)).toEqual(wrong);
    expect(verifyCallerHeader(header, secret, { ...request, path: '/files/documents' }, now)).toEqual(wrong);
    expect(verifyCallerHeader(header, secret, { ...request, path: '/graphql?x=1' }, now)).toEqual(wrong);
    expect(verifyCallerHeader(header, secret, { ...request, method: 'PUT' }, now)).toEqual(wrong);
    expect(CALLER_MAX_AGE_SECONDS).toBe(30);
    expect(verifyCallerHeader(header, secret, request, now + 29_000)).toMatchObject({ ok: true });
    expect(verifyCallerHeader(header, secret, request, now + 31_000)).toEqual({ ok: false, reason: 'STALE' });
  });
});
