import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '@ixl/registry';
import { publicKeysOf, rotateSigningKeys } from '@ixl/auth';
import {
  ConfigError,
  gatewayConfig,
  loadConfig,
  loadGatewayConfig,
  loadSubgraphConfig,
  subgraphConfig,
  subgraphUrl,
  withOverrides,
} from './index.js';

const SECRETS = { IXL_INTERNAL_SECRET: 'i'.repeat(32), IXL_JWT_SIGNING_KEYS: rotateSigningKeys(null) };
const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('no ConfigError');
};

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c.environment).toBe('development');
    expect(c.gateway).toMatchObject({
      host: '0.0.0.0',
      port: 4000,
      maxDepth: 12,
      maxCost: 10000,
      corsOrigins: [],
      trustProxy: false,
      apolloTelemetryDisabled: true,
    });
    expect(c.subgraphs.people).toEqual({ host: '127.0.0.1', port: 4101 });
    expect(Object.keys(c.subgraphs)).toEqual(SUBGRAPHS.map((s) => s.name));
    expect(c.people).toEqual({
      accessTokenTtlSeconds: 900,
      maxDocumentBytes: 5 * 1024 * 1024,
      retentionMonths: 60,
      loginLimit: { perIp: 30, perAccount: 10, windowMs: 900_000 },
      registrationLimitPerIp: 10,
      applicationLimitPerIp: 10,
    });
    expect(c.publicUrl).toBe('http://localhost:4000');
    expect(c.launcher).toMatchObject({ pgPort: 54329, demoData: true });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.secrets).toEqual({});
  });

  it('treats an empty or blank value as unset', () => {
    expect(loadConfig({ IXL_ACCESS_TOKEN_TTL_SECONDS: '', GRAPHQL_MAX_DEPTH: '  ' })).toEqual(loadConfig({}));
  });

  it('reads access-token lifetimes from 60 s to a day', () => {
    expect(loadConfig({ IXL_ACCESS_TOKEN_TTL_SECONDS: '300' }).people.accessTokenTtlSeconds).toBe(300);
    expect(loadConfig({ IXL_ACCESS_TOKEN_TTL_SECONDS: '86400' }).people.accessTokenTtlSeconds).toBe(86400);
  });

  it.each(['0', '59', '-900', '900.5', '15m', 'abc', '86401', '1e9'])(
    'refuses IXL_ACCESS_TOKEN_TTL_SECONDS=%s, naming it, the value and what is allowed',
    (value) => {
      expect(() => loadConfig({ IXL_ACCESS_TOKEN_TTL_SECONDS: value })).toThrow(
        new RegExp(
          `^Configuration: IXL_ACCESS_TOKEN_TTL_SECONDS="${value.replace('.', '\\.')}" is (not a whole number|out of range); allowed: 60–86400$`,
        ),
      );
    },
  );

  it('names every bad variable at once, and never prints a secret or a database URL', () => {
    const err = problemsOf({
      GRAPHQL_MAX_DEPTH: 'deep',
      TRUST_PROXY: 'maybe',
      NODE_ENV: 'prod',
      IXL_INTERNAL_SECRET: 'hunter2',
      DATABASE_URL: 'mysql://root:hunter3@db/ixl',
      PEOPLE_PORT: '70000',
    });
    expect(err.problems.map((p) => p.variable).sort()).toEqual([
      'DATABASE_URL',
      'GRAPHQL_MAX_DEPTH',
      'IXL_INTERNAL_SECRET',
      'NODE_ENV',
      'PEOPLE_PORT',
      'TRUST_PROXY',
    ]);
    expect(err.message).toMatch(/^Configuration: 6 problems\n/);
    expect(err.message).toContain('NODE_ENV="prod" is not one of the allowed values; allowed: `development`, `production`, `test`');
    expect(err.message).toContain('TRUST_PROXY="maybe" is not a boolean; allowed: `on`/`off` (or `true`/`false`, `1`/`0`)');
    expect(err.message).toContain('PEOPLE_PORT="70000" is out of range; allowed: 0–65535 (0: any free port)');
    expect(err.message).toContain('IXL_INTERNAL_SECRET is too short (7 characters); allowed: at least 32 characters');
    expect(err.message).toContain('DATABASE_URL has the scheme mysql://; allowed: a `postgres://` or `postgresql://` URL');
    expect(err.message).not.toMatch(/hunter/);
  });

  it('refuses CORS origins with a path, and hosts that are not hosts', () => {
    expect(problemsOf({ CORS_ORIGINS: 'https://a.example.org,https://b.example.org/app' }).problems[0]?.variable).toBe('CORS_ORIGINS');
    expect(loadConfig({ CORS_ORIGINS: ' https://a.example.org , http://localhost:5173 ' }).gateway.corsOrigins).toEqual([
      'https://a.example.org',
      'http://localhost:5173',
    ]);
    expect(problemsOf({ SUBGRAPH_HOST: 'http://10.0.0.1' }).problems[0]?.variable).toBe('SUBGRAPH_HOST');
  });

  it('places each subgraph: <NAME>_HOST over SUBGRAPH_HOST, <NAME>_PORT, <NAME>_URL, DATABASE_URL_<NAME>', () => {
    const c = loadConfig({
      SUBGRAPH_HOST: '10.0.0.5',
      FINANCE_HOST: '0.0.0.0',
      FINANCE_PORT: '5105',
      TRAINING_URL: 'https://training.internal/graphql',
      DATABASE_URL: 'postgres://a@h/ixl',
      DATABASE_URL_PEOPLE: 'postgres://b@h/people',
    });
    expect(c.subgraphs.people).toEqual({ host: '10.0.0.5', port: 4101, databaseUrl: 'postgres://b@h/people' });
    expect(subgraphUrl(c.subgraphs.people)).toBe('http://10.0.0.5:4101/graphql');
    expect(subgraphUrl(c.subgraphs.finance)).toBe('http://127.0.0.1:5105/graphql'); // bound to every address: reached on loopback
    expect(subgraphUrl(c.subgraphs.training)).toBe('https://training.internal/graphql');
    expect(subgraphUrl({ host: '::1', port: 1 })).toBe('http://[::1]:1/graphql');
  });

  it('applies overrides in the same shape, key by key', () => {
    const c = withOverrides(loadConfig({ GRAPHQL_MAX_DEPTH: '8' }), {
      gateway: { port: 0 },
      people: { loginLimit: { perIp: 5, perAccount: 2, windowMs: 1000 } },
      subgraphs: { people: { port: 0 } },
    });
    expect(c.gateway).toMatchObject({ port: 0, maxDepth: 8, host: '0.0.0.0' });
    expect(c.people).toMatchObject({ retentionMonths: 60, loginLimit: { perIp: 5, perAccount: 2, windowMs: 1000 } });
    expect(c.subgraphs.people).toEqual({ host: '127.0.0.1', port: 0 });
    expect(c.subgraphs.companies.port).toBe(4102);
  });
});

describe('access-token keys (issue 18)', () => {
  const signing = rotateSigningKeys(null);
  const publicKeys = publicKeysOf(signing);
  const env = { IXL_INTERNAL_SECRET: 'i'.repeat(32), DATABASE_URL: 'postgres://x@h/c' };

  it('gives the signing keys to the people subgraph only, and the gateway the public keys only', () => {
    expect(loadSubgraphConfig('people', { ...env, IXL_JWT_SIGNING_KEYS: signing }).jwtSigningKeys).toBe(signing);
    expect(loadSubgraphConfig('companies', { ...env, IXL_JWT_SIGNING_KEYS: signing })).not.toHaveProperty('jwtSigningKeys');
    const gateway = loadGatewayConfig({ ...env, IXL_JWT_SIGNING_KEYS: signing });
    expect(gateway.jwtPublicKeys).toBe(publicKeys);
    expect(JSON.stringify(gateway)).not.toContain((JSON.parse(signing) as { keys: { d: string }[] }).keys[0]?.d);
    expect(loadGatewayConfig({ ...env, IXL_JWT_PUBLIC_KEYS: publicKeys }).jwtPublicKeys).toBe(publicKeys);
  });

  it('refuses a public set with a private key in it, a shared secret, and a signing set whose first key is public', () => {
    expect(problemsOf({ IXL_JWT_PUBLIC_KEYS: signing }).message).toMatch(/IXL_JWT_PUBLIC_KEYS has private members|private members/);
    expect(problemsOf({ IXL_JWT_PUBLIC_KEYS: '{"keys":[{"kty":"oct","k":"c2VjcmV0","kid":"a"}]}' }).problems[0]?.variable).toBe(
      'IXL_JWT_PUBLIC_KEYS',
    );
    expect(problemsOf({ IXL_JWT_SIGNING_KEYS: publicKeys }).message).toContain('is not a private key');
    // The signing set is never printed.
    expect(problemsOf({ IXL_JWT_SIGNING_KEYS: signing.replace('"OKP"', '"RSA"') }).message).not.toContain('"d"');
  });
});

describe('service configurations', () => {
  it('a standalone gateway and subgraph need the secrets, and a subgraph a database', () => {
    expect(() => loadGatewayConfig({})).toThrow(/IXL_INTERNAL_SECRET is not set.*\n.*IXL_JWT_PUBLIC_KEYS is not set/);
    expect(() =>
      loadSubgraphConfig('people', { IXL_INTERNAL_SECRET: SECRETS.IXL_INTERNAL_SECRET, DATABASE_URL: 'postgres://x@h/c' }),
    ).toThrow(/IXL_JWT_SIGNING_KEYS is not set/);
    expect(() => loadSubgraphConfig('companies', SECRETS)).toThrow(
      /^Configuration: DATABASE_URL is not set; allowed: a `postgres:\/\/` or `postgresql:\/\/` URL \(or DATABASE_URL_COMPANIES\)/,
    );
    expect(loadSubgraphConfig('companies', { ...SECRETS, DATABASE_URL_COMPANIES: 'postgres://x@h/c' }).databaseUrl).toBe(
      'postgres://x@h/c',
    );
  });

  it('gives the gateway every registry subgraph URL and each subgraph every database (to read the outboxes it consumes)', () => {
    const c = loadConfig({
      ...SECRETS,
      DATABASE_URL: 'postgres://a@h/ixl',
      DATABASE_URL_FINANCE: 'postgres://a@h/finance',
      PEOPLE_PORT: '5101',
    });
    expect(gatewayConfig(c).subgraphUrls).toEqual(
      Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${s.name === 'people' ? 5101 : s.port}/graphql`])),
    );
    const training = subgraphConfig('training', c);
    expect(training.databaseUrl).toBe('postgres://a@h/ixl');
    expect(training.databaseUrls.finance).toBe('postgres://a@h/finance');
    expect(training.databaseUrls.people).toBe('postgres://a@h/ixl');
    expect(() => subgraphConfig('nonexistent', c)).toThrow(/Unknown subgraph "nonexistent"/);
    expect(subgraphConfig('fixture', c, { host: '127.0.0.1', port: 0 })).toMatchObject({ name: 'fixture', port: 0 });
  });
});
