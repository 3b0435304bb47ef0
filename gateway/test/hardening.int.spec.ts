import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';

let t: TestStack;
beforeAll(async () => {
  // The window outlasts the file: the second test counts the first one's attempts, however slow the
  // machine (with a 60 s window they could expire in between and the test fail at random).
  t = await bootTestStack({ config: { people: { loginLimit: { perIp: 6, perAccount: 3, windowMs: 24 * 3_600_000 } } } });
});
afterAll(async () => {
  await t?.stop();
});

const login = (email: string, password: string) =>
  t.graphql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { variables: { e: email, p: password } });

describe('login brute-force protection', () => {
  it('refuses a 4th attempt on one account with RATE_LIMITED (429, Retry-After), even with the right password', async () => {
    const account = await factories.createAccount(t.stack, { role: 'STAFF' });
    for (let i = 0; i < 3; i++) expect(errorCodes(await login(account.email, 'wrong-password'))).toEqual(['UNAUTHENTICATED']);
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { login(email: "${account.email.toUpperCase()}", password: "${account.password}") { token } }`,
      }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(body.data ?? null).toBeNull();
  });

  it('limits attempts per client address across accounts', async () => {
    // 4 attempts were made above (refused ones count too); 2 more are allowed from this address, then refused.
    for (let i = 0; i < 2; i++) expect(errorCodes(await login(`someone${i}@test.ixl`, 'x'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await login('someone-else@test.ixl', 'x'))).toEqual(['RATE_LIMITED']);
  });
});

describe('HTTP hardening', () => {
  it('keeps @apollo/gateway from reporting usage to Apollo or probing cloud metadata (no phone-home)', () => {
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });

  it('sends security headers on API responses', async () => {
    const res = await fetch(t.url.replace('/graphql', '/healthz'));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('answers CORS preflights only for allowed origins', async () => {
    const preflight = (origin: string) =>
      fetch(t.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://portal.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.org');
    const other = await preflight('https://evil.example.com');
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('blocks simple cross-site requests that could be CSRF (no JSON content type, no preflight header)', async () => {
    const res = await fetch(`${t.url}?query=${encodeURIComponent('{ me { id } }')}`, { headers: { origin: 'https://evil.example.com' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('CSRF');
  });
});
