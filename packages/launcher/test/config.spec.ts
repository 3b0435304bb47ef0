import { rotateSigningKeys } from '@ixl/auth';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadGatewayConfig, loadSubgraphConfig } from '@ixl/config';
import { SUBGRAPH_NAMES } from '@ixl/registry';
import { stackConfigs } from '../src/stack.js';

/** A production-like environment: every variable of the Operations table set to something not its default. */
const ENV = {
  NODE_ENV: 'production',
  PORT: '8080',
  HOST: '127.0.0.1',
  SUBGRAPH_HOST: '10.0.0.7',
  COMPANIES_HOST: '10.0.0.8',
  PEOPLE_PORT: '5101',
  FINANCE_PORT: '5105',
  DATABASE_URL: 'postgres://ixl:pw@db.internal:5432/ixl',
  DATABASE_URL_FINANCE: 'postgres://ixl:pw@db-finance.internal:5432/finance',
  IXL_DATA_DIR: '/var/lib/ixl',
  IXL_PG_PORT: '6543',
  IXL_JWT_SIGNING_KEYS: rotateSigningKeys(null),
  IXL_INTERNAL_SECRET: 'an-internal-secret-long-enough-00000',
  IXL_ACCESS_TOKEN_TTL_SECONDS: '300',
  GRAPHQL_MAX_DEPTH: '7',
  GRAPHQL_MAX_COST: '999',
  IXL_DEMO_DATA: 'off',
  SMTP_URL: 'smtp://mail.internal:25',
  PUBLIC_URL: 'https://lavoro.example.org',
  IXL_JOBS: 'off',
  IXL_RETENTION_MONTHS: '24',
  PEOPLE_MAX_DOCUMENT_BYTES: '1048576',
  CORS_ORIGINS: 'https://partner.example.org',
  TRUST_PROXY: 'true',
  LOGIN_LIMIT_PER_IP: '50',
  LOGIN_LIMIT_PER_ACCOUNT: '4',
  LOGIN_LIMIT_WINDOW_SECONDS: '600',
  APOLLO_TELEMETRY_DISABLED: 'true',
  PORTALS_DIR: '/srv/ixl/portals',
};

describe('npm start and standalone services read one configuration', () => {
  it('the stack gives the gateway and every subgraph exactly what they get when started on their own', () => {
    const stack = stackConfigs(loadConfig(ENV));
    expect(stack.gateway).toEqual(loadGatewayConfig(ENV));
    expect(Object.keys(stack.subgraphs)).toEqual(SUBGRAPH_NAMES);
    for (const name of SUBGRAPH_NAMES) expect(stack.subgraphs[name], name).toEqual(loadSubgraphConfig(name, ENV));
  });

  it('honours the variables npm start used to ignore', () => {
    const { gateway, subgraphs } = stackConfigs(loadConfig(ENV));
    expect(gateway).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      maxDepth: 7,
      maxCost: 999,
      corsOrigins: ['https://partner.example.org'],
      trustProxy: true,
      production: true,
      portalsDir: '/srv/ixl/portals',
    });
    expect(gateway.subgraphUrls).toMatchObject({
      people: 'http://10.0.0.7:5101/graphql',
      companies: 'http://10.0.0.8:4102/graphql',
      finance: 'http://10.0.0.7:5105/graphql',
    });
    expect(subgraphs.companies).toMatchObject({
      host: '10.0.0.8',
      port: 4102,
      jobs: false,
      smtpUrl: 'smtp://mail.internal:25',
      publicUrl: 'https://lavoro.example.org',
    });
    expect(subgraphs.finance?.databaseUrl).toBe(ENV.DATABASE_URL_FINANCE);
    expect(subgraphs.people?.people).toEqual({
      accessTokenTtlSeconds: 300,
      maxDocumentBytes: 1_048_576,
      retentionMonths: 24,
      loginLimit: { perIp: 50, perAccount: 4, windowMs: 600_000 },
      registrationLimitPerIp: 10,
      applicationLimitPerIp: 10,
    });
  });

  it('does not start a subgraph that has a URL: it runs elsewhere, and the gateway uses the URL', () => {
    const env = { ...ENV, TRAINING_URL: 'https://training.internal/graphql' };
    const stack = stackConfigs(loadConfig(env));
    expect(stack.subgraphs.training).toBeUndefined();
    expect(stack.gateway.subgraphUrls.training).toBe('https://training.internal/graphql');
    expect(stack.gateway).toEqual(loadGatewayConfig(env));
  });
});
