import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword, issueAccessToken, verifyAccessToken, signCaller, verifyCallerHeader } from './index.js';

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
  it('round-trips the caller and rejects another secret, tampering and expiry', async () => {
    const { token } = await issueAccessToken({ sub: 'u1', role: 'COMPANY', companyId: 'c1' }, 's'.repeat(32), 60);
    const ok = await verifyAccessToken(token, 's'.repeat(32));
    expect(ok).toMatchObject({ ok: true, caller: { userId: 'u1', role: 'COMPANY', companyId: 'c1' } });
    expect(await verifyAccessToken(token, 'x'.repeat(32))).toEqual({ ok: false, reason: 'INVALID' });
    expect(await verifyAccessToken(token.slice(0, -2) + 'AA', 's'.repeat(32))).toEqual({ ok: false, reason: 'INVALID' });
    const expired = await issueAccessToken({ sub: 'u1', role: 'STAFF' }, 's'.repeat(32), -10);
    expect(await verifyAccessToken(expired.token, 's'.repeat(32))).toEqual({ ok: false, reason: 'EXPIRED' });
  });

  it('carries the session id as the sid claim, when there is one', async () => {
    const withSession = await issueAccessToken({ sub: 'u1', role: 'STAFF', sessionId: 'f1' }, 's'.repeat(32), 60);
    expect(await verifyAccessToken(withSession.token, 's'.repeat(32))).toMatchObject({ ok: true, sessionId: 'f1' });
    expect(JSON.parse(Buffer.from(withSession.token.split('.')[1] ?? '', 'base64url').toString())).toMatchObject({ sid: 'f1', sub: 'u1' });
    const without = await issueAccessToken({ sub: 'u1', role: 'STAFF' }, 's'.repeat(32), 60);
    expect(await verifyAccessToken(without.token, 's'.repeat(32))).toMatchObject({ ok: true, sessionId: null });
  });
});

describe('signed caller header', () => {
  const secret = 'internal-secret-for-tests-000000';
  it('accepts a fresh signed caller', () => {
    const header = signCaller({ userId: 'u1', role: 'STAFF' }, secret);
    expect(verifyCallerHeader(header, secret)).toMatchObject({ ok: true, caller: { userId: 'u1', role: 'STAFF' } });
  });
  it('refuses missing, forged, tampered, stale and malformed headers', () => {
    const header = signCaller({ userId: 'u1', role: 'BENEFICIARY' }, secret);
    expect(verifyCallerHeader(undefined, secret)).toEqual({ ok: false, reason: 'MISSING' });
    expect(verifyCallerHeader(signCaller({ userId: 'u1', role: 'ADMIN' }, 'other-secret'), secret)).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
    const [, sig] = header.split('.');
    const forged = Buffer.from(JSON.stringify({ userId: 'u1', role: 'ADMIN', iat: Math.floor(Date.now() / 1000) })).toString('base64url');
    expect(verifyCallerHeader(`${forged}.${sig}`, secret)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(verifyCallerHeader(signCaller({ userId: 'u1', role: 'STAFF' }, secret, Date.now() - 3600_000), secret)).toEqual({
      ok: false,
      reason: 'STALE',
    });
    expect(verifyCallerHeader('nodot', secret)).toEqual({ ok: false, reason: 'MALFORMED' });
  });
});
