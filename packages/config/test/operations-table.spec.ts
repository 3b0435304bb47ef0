/**
 * The README's Operations table is the contract of the configuration: every variable it documents is
 * read by @ixl/config with the documented default and allowed values, every variable @ixl/config reads is
 * documented, and a bad value of each stops the start with a message naming it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS, envName } from '@ixl/registry';
import { publicKeysOf, rotateSigningKeys } from '@ixl/auth';
import {
  ConfigError,
  REPOSITORY_ROOT,
  allVariables,
  gatewayConfig,
  loadConfig,
  loadGatewayConfig,
  subgraphConfig,
  type Variable,
} from '../src/index.js';

interface Row {
  names: string[];
  default: string;
  allowed: string;
}

/** The rows of the first table after `## Operations`: variable | default | allowed | meaning. */
function operationsTable(): Row[] {
  const readme = readFileSync(resolve(REPOSITORY_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Operations\n'));
  const lines = section.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| variable |'));
  expect(start, 'the Operations section has a table whose first column is "variable"').toBeGreaterThan(0);
  expect(lines[start]?.split('|').map((c) => c.trim())).toEqual(['', 'variable', 'default', 'allowed', 'meaning', '']);
  const rows: Row[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [, variable = '', def = '', allowed = ''] = line.split(/(?<!\\)\|/).map((c) => c.trim());
    rows.push({ names: [...variable.matchAll(/`([A-Z0-9_<>]+)`/g)].map((m) => m[1] ?? ''), default: def, allowed });
  }
  return rows;
}

const rows = operationsTable();
/** Every variable of the table, `<NAME>` expanded to every subgraph of the registry. */
interface Documented {
  row: Row;
  /** The variable, e.g. `PEOPLE_PORT`. */
  name: string;
  /** As the table writes it, e.g. `<NAME>_PORT`. */
  template: string;
  /** Per-subgraph variables: whose. */
  subgraph?: string;
}
const documented: Documented[] = rows.flatMap((row) =>
  row.names.flatMap((name): Documented[] =>
    name.includes('<NAME>')
      ? SUBGRAPHS.map((s) => ({ row, name: name.replace('<NAME>', envName(s.name)), template: name, subgraph: s.name }))
      : [{ row, name, template: name }],
  ),
);
const variables = new Map(allVariables().map((v) => [v.name, v]));

/**
 * A valid value other than the default, per variable of the table: setting it must change the
 * configuration (the variable is read). Add one when you document a new variable.
 */
const SIGNING_KEYS = rotateSigningKeys(null);
const EXAMPLES: Record<string, string> = {
  NODE_ENV: 'production',
  PORT: '8080',
  HOST: '127.0.0.1',
  SUBGRAPH_HOST: '0.0.0.0',
  '<NAME>_HOST': '10.1.2.3',
  '<NAME>_PORT': '5999',
  '<NAME>_URL': 'https://subgraph.internal:8443/graphql',
  DATABASE_URL: 'postgres://ixl:secret@db.internal:5432/ixl',
  'DATABASE_URL_<NAME>': 'postgresql://ixl:secret@db-2.internal/ixl',
  GATEWAY_DATABASE_URL: 'postgres://ixl:secret@db-gw.internal/ixl',
  IXL_DATA_DIR: '/var/lib/ixl',
  IXL_PG_PORT: '6543',
  IXL_JWT_SIGNING_KEYS: SIGNING_KEYS,
  IXL_JWT_PUBLIC_KEYS: publicKeysOf(rotateSigningKeys(null)),
  IXL_INTERNAL_SECRET: 'an-internal-secret-long-enough-00000',
  IXL_ACCESS_TOKEN_TTL_SECONDS: '300',
  GRAPHQL_MAX_DEPTH: '8',
  GRAPHQL_MAX_COST: '5000',
  GRAPHQL_MAX_ALIASES: '10',
  GRAPHQL_MAX_DIRECTIVES: '5',
  GRAPHQL_MAX_TOKENS: '2000',
  IXL_DEMO_DATA: 'off',
  IXL_PROCESSES: 'per-service',
  SMTP_URL: 'smtps://user:pass@smtp.example.org:465',
  SMTP_CONNECTION_TIMEOUT_MS: '5000',
  SMTP_GREETING_TIMEOUT_MS: '5000',
  SMTP_SOCKET_TIMEOUT_MS: '60000',
  PUBLIC_URL: 'https://lavoro.comune.bologna.it',
  IXL_JOBS: 'off',
  IXL_MIGRATE_ON_START: 'off',
  NATS_URL: 'nats://127.0.0.1:4222',
  IXL_RETENTION_MONTHS: '24',
  PEOPLE_MAX_DOCUMENT_BYTES: '1048576',
  CORS_ORIGINS: 'https://portal.example.org,https://partner.example.org',
  TRUST_PROXY: 'true',
  LOGIN_LIMIT_PER_IP: '100',
  LOGIN_LIMIT_PER_ACCOUNT: '5',
  LOGIN_LIMIT_WINDOW_SECONDS: '600',
  REGISTRATION_LIMIT_PER_IP: '3',
  APPLICATION_LIMIT_PER_IP: '4',
  APOLLO_TELEMETRY_DISABLED: 'false',
  PORTALS_DIR: '/srv/ixl/portals',
  OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318',
  OTEL_SERVICE_NAME: 'ixl-gateway',
  IXL_METRICS_HOST: '0.0.0.0',
  IXL_METRICS_PORT: '9465',
  IXL_METRICS_ON_PUBLIC_PORT: 'on',
  LOG_LEVEL: 'debug',
};

/**
 * Defaults that are not one fixed value (derived from other variables, or "unset"): what the
 * configuration holds without the variable. The fixed ones are checked generically.
 */
const SECRETS = { IXL_INTERNAL_SECRET: 'i'.repeat(32), IXL_JWT_SIGNING_KEYS: SIGNING_KEYS };
const DERIVED_DEFAULTS: Record<string, (subgraph: string) => void> = {
  '<NAME>_HOST': (s) => {
    expect(loadConfig({ SUBGRAPH_HOST: '10.9.9.9' }).subgraphs[s as 'people'].host).toBe('10.9.9.9');
  },
  '<NAME>_URL': (s) => {
    const entry = SUBGRAPHS.find((e) => e.name === s);
    expect(gatewayConfig(loadConfig(SECRETS)).subgraphUrls[s]).toBe(`http://127.0.0.1:${entry?.port}/graphql`);
    expect(gatewayConfig(loadConfig({ ...SECRETS, SUBGRAPH_HOST: '10.9.9.9', [`${envName(s)}_PORT`]: '7000' })).subgraphUrls[s]).toBe(
      'http://10.9.9.9:7000/graphql',
    );
  },
  'DATABASE_URL_<NAME>': (s) => {
    expect(subgraphConfig(s, loadConfig({ ...SECRETS, DATABASE_URL: 'postgres://x@h/all' })).databaseUrl).toBe('postgres://x@h/all');
  },
  GATEWAY_DATABASE_URL: () => {
    expect(gatewayConfig(loadConfig({ ...SECRETS, DATABASE_URL: 'postgres://x@h/all' })).databaseUrl).toBe('postgres://x@h/all');
    expect(gatewayConfig(loadConfig(SECRETS)).databaseUrl).toBeUndefined();
    expect(() => loadGatewayConfig(SECRETS)).toThrow(/GATEWAY_DATABASE_URL is not set \(nor DATABASE_URL\)/);
  },
  DATABASE_URL: () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined(); // npm start then runs the embedded PostgreSQL
    expect(() => subgraphConfig('people', loadConfig(SECRETS))).toThrow(/DATABASE_URL is not set/);
  },
  IXL_JWT_SIGNING_KEYS: () => {
    expect(loadConfig({}).secrets.jwtSigningKeys).toBeUndefined();
    expect(() =>
      subgraphConfig('people', loadConfig({ IXL_INTERNAL_SECRET: SECRETS.IXL_INTERNAL_SECRET, DATABASE_URL: 'postgres://x@h/all' })),
    ).toThrow(/IXL_JWT_SIGNING_KEYS is not set/);
  },
  IXL_JWT_PUBLIC_KEYS: () => {
    expect(loadConfig({}).secrets.jwtPublicKeys).toBeUndefined();
    expect(gatewayConfig(loadConfig(SECRETS)).jwtPublicKeys).toBe(publicKeysOf(SIGNING_KEYS));
    expect(() => gatewayConfig(loadConfig({ IXL_INTERNAL_SECRET: SECRETS.IXL_INTERNAL_SECRET }))).toThrow(/IXL_JWT_PUBLIC_KEYS is not set/);
  },
  IXL_INTERNAL_SECRET: () => {
    expect(loadConfig({}).secrets.internalSecret).toBeUndefined();
    expect(() => gatewayConfig(loadConfig({ IXL_JWT_SIGNING_KEYS: SIGNING_KEYS }))).toThrow(/IXL_INTERNAL_SECRET is not set/);
  },
  SMTP_URL: () => expect(loadConfig({}).smtpUrl).toBeUndefined(),
  OTEL_EXPORTER_OTLP_ENDPOINT: () => expect(loadConfig({}).observability.otlpEndpoint).toBeUndefined(),
  NATS_URL: () => {
    expect(loadConfig({}).natsUrl).toBeUndefined();
    expect(
      subgraphConfig('finance', loadConfig({ DATABASE_URL: 'postgres://x@h/d', IXL_INTERNAL_SECRET: 'x'.repeat(40) })).natsUrl,
    ).toBeUndefined();
    expect(
      subgraphConfig(
        'finance',
        loadConfig({ DATABASE_URL: 'postgres://x@h/d', IXL_INTERNAL_SECRET: 'x'.repeat(40), NATS_URL: 'nats://n:4222' }),
      ).natsUrl,
    ).toBe('nats://n:4222');
  },
  PUBLIC_URL: () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
  },
  CORS_ORIGINS: () => expect(loadConfig({}).gateway.corsOrigins).toEqual([]),
};

describe('README Operations table ⇄ @ixl/config', () => {
  it('has rows, and every variable @ixl/config reads is documented there', () => {
    expect(rows.length).toBeGreaterThan(20);
    expect(
      allVariables()
        .map((v) => v.name)
        .filter((n) => !documented.some((d) => d.name === n)),
    ).toEqual([]);
  });

  describe.each(documented.map((d) => [d.name, d] as const))('%s', (name, d) => {
    const variable = variables.get(name) as Variable | undefined;

    it('is read by @ixl/config, with the documented default and allowed values', () => {
      expect(variable, `${name} is documented but @ixl/config does not read it`).toBeDefined();
      if (!variable) return;
      expect(d.row.default).toBe(variable.documentedDefault);
      expect(d.row.allowed).toBe(variable.kind.allowed);
      const example = EXAMPLES[d.template];
      expect(example, `add an example value of ${d.template} to EXAMPLES`).toBeDefined();
      expect(loadConfig({ [name]: example })).not.toEqual(loadConfig({}));
    });

    it('has its documented default when unset', () => {
      expect(variable).toBeDefined();
      if (variable?.defaultText !== undefined) {
        expect(loadConfig({ [name]: variable.defaultText })).toEqual(loadConfig({}));
        if (d.subgraph) expect(variable.defaultText).toBe(String(SUBGRAPHS.find((s) => s.name === d.subgraph)?.port));
      } else {
        const check = DERIVED_DEFAULTS[d.template];
        expect(check, `add a check of the default of ${d.template} to DERIVED_DEFAULTS`).toBeDefined();
        check?.(d.subgraph ?? '');
      }
    });

    it('stops the start on a bad value, naming the variable, what is wrong and what is allowed', () => {
      for (const bad of variable?.kind.invalidSamples ?? []) {
        let error: unknown;
        try {
          loadConfig({ [name]: bad });
        } catch (err) {
          error = err;
        }
        expect(error, `${name}=${bad} was accepted`).toBeInstanceOf(ConfigError);
        const message = (error as Error).message;
        expect(message).toMatch(new RegExp(`^Configuration: ${name}\\b`));
        expect(message).toContain(`; allowed: ${variable?.kind.allowed}`);
        // The value is quoted, except for secrets and URLs (which may carry a password).
        if (variable?.kind.sensitive) expect(message).not.toContain(`${name}="`);
        else expect(message).toContain(`${name}="${bad}" `);
      }
    });
  });

  it('tries bad values of every numeric, enum, boolean, URL, host and secret variable', () => {
    const without = documented.filter((d) => !(variables.get(d.name)?.kind.invalidSamples.length ?? 0)).map((d) => d.name);
    expect(without).toEqual(['IXL_DATA_DIR', 'PORTALS_DIR']); // any folder name is allowed
  });
});
