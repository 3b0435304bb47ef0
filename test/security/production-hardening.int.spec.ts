import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditServer, type AuditResult } from 'graphql-http';
import { startStack, type RunningStack } from '@ixl/launcher';
import { PORTAL_PATHS } from '@ixl/gateway';
import { factories, freshDatabase, graphqlRequest, testConfig, testSecrets } from '@ixl/testkit';

/**
 * The gateway as deployed: NODE_ENV=production (`production: true` in the configuration, which turns
 * introspection and schema hints off), portals served on the same origin, one allowed CORS origin.
 */
const ALLOWED_ORIGIN = 'https://portal.example.org';
let stack: RunningStack;
let url: string;
let origin: string;
let dropDb: () => Promise<void>;
let portalsDir: string;
let audits: AuditResult[];

beforeAll(async () => {
  // A minimal portals folder (the real one is built by the browser tests): headers do not depend on content.
  portalsDir = mkdtempSync(join(tmpdir(), 'ixl-portals-'));
  writeFileSync(join(portalsDir, 'index.html'), '<!doctype html><title>IXL</title>');
  for (const p of PORTAL_PATHS) {
    mkdirSync(join(portalsDir, p), { recursive: true });
    writeFileSync(join(portalsDir, p, 'index.html'), `<!doctype html><title>${p}</title>`);
  }
  const db = await freshDatabase();
  dropDb = db.drop;
  stack = await startStack(
    testConfig({
      databaseUrl: db.url,
      secrets: testSecrets(),
      production: true,
      gateway: { portalsDir, corsOrigins: [ALLOWED_ORIGIN] },
    }),
    { quiet: true },
  );
  url = stack.gatewayUrl;
  origin = url.replace('/graphql', '');
  audits = await auditServer({ url, fetchFn: fetch });
});
afterAll(async () => {
  await stack?.stop();
  await dropDb?.();
  rmSync(portalsDir, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/**
 * GraphQL over HTTP (graphql-http audits), production mode. Every MUST passes. SHOULD audits: all pass
 * except the three below, which we do not adopt on purpose.
 */
const SHOULD_NOT_ADOPTED: Record<string, string> = {
  '572B':
    'SHOULD use 200 for request errors with Accept: application/json: Apollo Server answers every request error (parse, validation, variable coercion) with 400 (clients read `errors` either way)',
  FDE2: 'same as 572B (400 for an invalid query under application/json)',
  '7B9B': 'same as 572B (400 for invalid variables under application/json)',
};

/**
 * Audits whose query is an introspection query (`__type(name: …)`), refused in production on purpose;
 * they pass in development (gateway/test/graphql-http.int.spec.ts audits the development gateway).
 * Here they must fail for that reason only.
 */
const INTROSPECTION_AUDITS = ['BF61', '28B9', '2EA1'];

describe('GraphQL over HTTP conformance in production mode (graphql-http serverAudits)', () => {
  it('runs the whole audit list', () => {
    expect(audits.length).toBeGreaterThan(30);
  });

  it('passes every MUST audit', () => {
    const failed = audits
      .filter((a) => a.name.startsWith('MUST') && a.status !== 'ok' && !INTROSPECTION_AUDITS.includes(a.id))
      .map((a) => `${a.id} ${a.name}: ${a.status === 'ok' ? '' : a.reason}`);
    expect(failed).toEqual([]);
    expect(audits.filter((a) => a.name.startsWith('MUST') && a.status === 'ok').length).toBeGreaterThanOrEqual(10);
  });

  it('passes every SHOULD audit except the ones not adopted (which really fail)', () => {
    for (const id of Object.keys(SHOULD_NOT_ADOPTED)) expect(audits.find((a) => a.id === id)?.status, id).not.toBe('ok');
    const failed = audits
      .filter((a) => a.name.startsWith('SHOULD') && a.status !== 'ok' && !SHOULD_NOT_ADOPTED[a.id] && !INTROSPECTION_AUDITS.includes(a.id))
      .map((a) => `${a.id} ${a.name}`);
    expect(failed).toEqual([]);
  });

  it('fails the introspection-based audits only because introspection is off', async () => {
    for (const id of INTROSPECTION_AUDITS)
      expect(
        audits.find((a) => a.id === id),
        id,
      ).toBeDefined();
    const r = await graphqlRequest(url, 'query Type($name: String!) { __type(name: $name) { name } }', {
      variables: { name: 'Run🏃Swift' },
    });
    expect(r.errors?.[0]?.message).toMatch(/introspection/i);
    // The same request without introspection (utf-8 text, variables map) is answered.
    const same = await graphqlRequest(
      url,
      'query Notice($v: Int!) { simulateLoan(input: { principalCents: 1000000, termMonths: $v }) { __typename } } # Run🏃Swift',
      { variables: { v: 24 } },
    );
    expect(same.status).toBe(200);
    expect(same.errors).toBeUndefined();
  });
});

describe('schema privacy in production', () => {
  it('refuses introspection (__schema and __type) and returns no data', async () => {
    for (const query of [
      '{ __schema { types { name } } }',
      '{ __type(name: "Beneficiary") { fields { name } } }',
      'query { a: __schema { queryType { name } } }',
    ]) {
      const r = await graphqlRequest(url, query);
      expect(r.data ?? null, query).toBeNull();
      expect(r.errors?.[0]?.message, query).toMatch(/introspection/i);
      expect(JSON.stringify(r), query).not.toContain('Beneficiary"');
    }
  });

  it('gives no "Did you mean" hints that would rebuild the schema', async () => {
    const r = await graphqlRequest(url, '{ beneficiarie { codiceFiscal } }');
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(r.errors)).not.toMatch(/did you mean/i);
  });
});

describe('query limits (depth 12, cost 10000, 30 aliases, 4000 tokens, pages 1–1000)', () => {
  it('refuses a query deeper than the limit, before running it', async () => {
    let inner = 'id';
    for (let i = 0; i < 8; i++) inner = `placements { beneficiary { ${inner} } }`;
    const r = await graphqlRequest(url, `{ beneficiaries(first: 1) { nodes { ${inner} } } }`);
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_DEEP']);
    expect(r.status).toBe(400);
  });

  it('refuses a query costlier than the limit: big pages, variables and alias amplification', async () => {
    const big = await graphqlRequest(
      url,
      '{ beneficiaries(first: 1000) { nodes { id firstName lastName codiceFiscale email phone birthDate sex citizenship municipalityCode } } }',
    );
    expect(big.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
    const viaVariable = await graphqlRequest(
      url,
      'query($n: Int) { a: beneficiaries(first: $n) { nodes { id firstName lastName } } b: beneficiaries(first: $n) { nodes { id sex status } } c: beneficiaries(first: $n) { nodes { id } } }',
      { variables: { n: 1000 } },
    );
    expect(viaVariable.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
    const oversized = await graphqlRequest(url, 'query($n: Int) { beneficiaries(first: $n) { nodes { id } } }', {
      variables: { n: 10_000 },
    });
    expect(oversized.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const aliases = Array.from({ length: 20_001 }, (_, i) => `a${i}: currentPrivacyNoticeVersion`).join(' ');
    const bomb = await graphqlRequest(url, `{ ${aliases} }`);
    expect(bomb.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('answers a pathologically nested document with a client error, not a crash', async () => {
    const deep = `${'{ me '.repeat(5_000)}${'}'.repeat(5_000)}`;
    const res = await post({ query: `{${deep}}` });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const health = await fetch(`${origin}/healthz`);
    expect(health.status).toBe(200);
  });

  it('refuses a request body over 2 MiB with 413, and the next requests of the client are still answered', async () => {
    const res = await post({ query: '{ me { id } }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } });
    expect(res.status).toBe(413);
    // Regression: the unread rest of the body used to leave the kept-alive connection hanging.
    for (let i = 0; i < 4; i++) {
      const next = await fetch(`${url}?query=${encodeURIComponent('{ currentPrivacyNoticeVersion }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
        signal: AbortSignal.timeout(10_000),
      });
      expect(next.status).toBe(200);
    }
  });
});

describe('CSRF prevention and CORS allow-list', () => {
  it('refuses simple cross-site requests (GET without preflight header, form and text POSTs)', async () => {
    const get = await fetch(`${url}?query=${encodeURIComponent('{ me { id } }')}`, { headers: { origin: 'https://evil.example.com' } });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': type, origin: 'https://evil.example.com' },
        body: JSON.stringify({ query: 'mutation { logout }' }),
      });
      expect(res.status, type).toBeGreaterThanOrEqual(400);
      expect(res.status, type).toBeLessThan(500);
    }
  });

  it('accepts JSON POSTs and GETs carrying apollo-require-preflight (what browsers must preflight)', async () => {
    expect((await post({ query: '{ currentPrivacyNoticeVersion }' })).status).toBe(200);
    const get = await fetch(`${url}?query=${encodeURIComponent('{ currentPrivacyNoticeVersion }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
  });

  it('answers preflights and sets Access-Control-Allow-Origin only for allowed origins', async () => {
    const preflight = (o: string) =>
      fetch(url, {
        method: 'OPTIONS',
        headers: { origin: o, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
      });
    const ok = await preflight(ALLOWED_ORIGIN);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    for (const evil of ['https://evil.example.com', 'null', `${ALLOWED_ORIGIN}.evil.com`, 'https://portal.example.org:444']) {
      const res = await preflight(evil);
      expect(res.status, evil).toBe(403);
      expect(res.headers.get('access-control-allow-origin'), evil).toBeNull();
    }
    const actual = await post({ query: '{ currentPrivacyNoticeVersion }' }, { origin: 'https://evil.example.com' });
    expect(actual.headers.get('access-control-allow-origin')).toBeNull();
    expect(actual.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('security headers on the portals (HTML) and the API', () => {
  it('sends CSP, frame, sniffing and referrer protections on every portal page', async () => {
    for (const path of ['/', ...PORTAL_PATHS.map((p) => `/${p}/`), '/staff/beneficiari/123']) {
      const res = await fetch(`${origin}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/text\/html/);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("base-uri 'self'");
      // WebSockets to the own host only (issue 18, finding 7), never a bare scheme that allows any host.
      const host = new URL(origin).host;
      expect(/connect-src ([^;]*)/.exec(csp)?.[1], path).toBe(`'self' ws://${host} wss://${host}`);
      expect(csp, path).not.toMatch(/\b(ws|wss|https?):(?=[\s;])/);
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('never serves files outside the portals folder, and survives malformed paths', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/staff/..%2f..%2f..%2fetc%2fpasswd',
      '/beneficiario/%E0%A4%A',
      '/%ff',
    ]) {
      const res = await fetch(`${origin}${path}`);
      expect(res.status, path).toBeLessThan(500);
      expect(await res.text(), path).not.toMatch(/root:|"workspaces"/);
    }
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
  });

  it('sends a locked-down CSP on API answers', async () => {
    const res = await post({ query: '{ currentPrivacyNoticeVersion }' });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('upload size limit', () => {
  it('refuses a document over 10 MiB at the gateway and over 5 MiB at the people subgraph, storing nothing', async () => {
    const person = await factories.createBeneficiary(stack);
    const account = await factories.createAccount(stack, { role: 'BENEFICIARY', beneficiaryId: person.id });
    const login = await graphqlRequest<{ login: { token: string } }>(
      url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { variables: { e: account.email, p: account.password } },
    );
    const token = login.data!.login.token;
    const count = async () =>
      Number(
        (
          (await stack.subgraphs.people.orm.em.getConnection().execute('select count(*)::int as n from people.document')) as { n: number }[]
        )[0]!.n,
      );
    const before = await count();
    const upload = (bytes: Buffer, headers: Record<string, string> = {}) =>
      fetch(`${origin}/files/people/documents?kind=CV`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf', 'x-file-name': 'cv.pdf', ...headers },
        body: new Uint8Array(bytes),
      });
    const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);
    const tooBigForGateway = await upload(pdf(11 * 1024 * 1024));
    expect(tooBigForGateway.status).toBe(413);
    const tooBigForPeople = await upload(pdf(6 * 1024 * 1024));
    expect(tooBigForPeople.status).toBeGreaterThanOrEqual(400);
    expect(tooBigForPeople.status).toBeLessThan(500);
    expect(await tooBigForPeople.text()).toMatch(/LIMIT_EXCEEDED|PAYLOAD_TOO_LARGE/);
    expect(await count()).toBe(before);
    const fine = await upload(pdf(10_000));
    expect(fine.status).toBeLessThan(300);
    expect(await count()).toBe(before + 1);
  });
});
