import { publicKeysOf } from '@ixl/auth';
import { SUBGRAPHS, isSubgraphName, subgraphEntry, type SubgraphName } from '@ixl/registry';
import type { Env } from './kinds.js';
import {
  loadConfig,
  type ConfigOverrides,
  type ObservabilitySettings,
  type PeopleSettings,
  type PlatformConfig,
  type SmtpTimeouts,
  type SubgraphSettings,
} from './platform.js';
import { ConfigError, type ConfigProblem } from './reader.js';
import { VARIABLES, subgraphVariables } from './variables.js';

/** What the gateway runs with. */
export interface GatewayConfig {
  /** Its database (idempotency keys, in the `gateway` schema): `GATEWAY_DATABASE_URL`, else `DATABASE_URL`. */
  databaseUrl?: string;
  host: string;
  port: number;
  /** Where each subgraph is reached, by name. */
  subgraphUrls: Record<string, string>;
  internalSecret: string;
  /** The public keys access tokens are verified with (JWK Set text); the gateway cannot sign tokens. */
  jwtPublicKeys: string;
  production: boolean;
  maxDepth: number;
  maxCost: number;
  /** Aliases, directives (fragments included) and lexical tokens per operation (GRAPHQL_MAX_*). */
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** The built portals, served on the same origin (null: none). */
  portalsDir: string | null;
  /** Origins allowed to call the API cross-origin (portals on the same origin need none). */
  corsOrigins: string[];
  /** Take the client address from X-Forwarded-For (only behind a trusted proxy). */
  trustProxy: boolean;
  /** @apollo/gateway's usage reporting stays off (APOLLO_TELEMETRY_DISABLED). */
  apolloTelemetryDisabled: boolean;
  observability: ObservabilitySettings;
}

/** What one subgraph runs with. */
export interface SubgraphConfig {
  name: string;
  host: string;
  port: number;
  /** Its own database. */
  databaseUrl: string;
  /** Every subgraph's database by name, to read the outboxes of the subgraphs whose events it consumes. */
  databaseUrls: Record<string, string>;
  internalSecret: string;
  /** The issuer's signing keys (JWK Set text): only the subgraph that checks passwords (people) has them. */
  jwtSigningKeys?: string;
  production: boolean;
  /** Run periodic jobs on timers (tests turn them off and call them directly). */
  jobs: boolean;
  /** NATS server of the JetStream event transport; unset: the PostgreSQL bus (reads the sources' outboxes). */
  natsUrl?: string;
  /** Apply pending migrations at start; off: wait until `ixl-migrate` has applied them. */
  migrateOnStart: boolean;
  /** SMTP server for outgoing mail; unset: the local capture inbox. */
  smtpUrl?: string;
  /** How long the mail sender waits for the SMTP server, milliseconds. */
  smtpTimeouts: SmtpTimeouts;
  /** Public base URL of the portals, used in mail links. */
  publicUrl: string;
  /** Settings the people subgraph reads. */
  people: PeopleSettings;
  observability: ObservabilitySettings;
}

const WILDCARD = new Set(['0.0.0.0', '::', '[::]']);

/** Where a subgraph is reached: its `<NAME>_URL`, else its host (loopback when it binds every address) and port. */
export function subgraphUrl(s: SubgraphSettings): string {
  if (s.url) return s.url;
  const host = WILDCARD.has(s.host) ? '127.0.0.1' : s.host.includes(':') ? `[${s.host}]` : s.host;
  return `http://${host}:${s.port}/graphql`;
}

/** The subgraph that checks passwords and alone signs access tokens (issue 18). */
export const TOKEN_ISSUER = 'people';

const missingSecret = (name: keyof typeof VARIABLES, who: string): ConfigProblem => ({
  variable: name,
  reason: 'is not set',
  allowed: `${VARIABLES[name].kind.allowed} (${who} started on its own needs it; \`npm start\` generates one outside production)`,
});

function requireInternalSecret(config: PlatformConfig): string {
  const { internalSecret } = config.secrets;
  if (internalSecret) return internalSecret;
  throw new ConfigError([missingSecret('IXL_INTERNAL_SECRET', 'a service')]);
}

/** The verifiers' public keys: IXL_JWT_PUBLIC_KEYS, else the public halves of IXL_JWT_SIGNING_KEYS. */
function publicKeys(config: PlatformConfig): string | undefined {
  const { jwtPublicKeys, jwtSigningKeys } = config.secrets;
  return jwtPublicKeys ?? (jwtSigningKeys ? publicKeysOf(jwtSigningKeys) : undefined);
}

function requireGatewaySecrets(config: PlatformConfig): { internalSecret: string; jwtPublicKeys: string } {
  const { internalSecret } = config.secrets;
  const jwtPublicKeys = publicKeys(config);
  if (internalSecret && jwtPublicKeys) return { internalSecret, jwtPublicKeys };
  throw new ConfigError([
    ...(internalSecret ? [] : [missingSecret('IXL_INTERNAL_SECRET', 'a service')]),
    ...(jwtPublicKeys ? [] : [missingSecret('IXL_JWT_PUBLIC_KEYS', 'a gateway')]),
  ]);
}

function requireSubgraphSecrets(name: string, config: PlatformConfig): { internalSecret: string; jwtSigningKeys?: string } {
  const { internalSecret, jwtSigningKeys } = config.secrets;
  if (name !== TOKEN_ISSUER) return { internalSecret: requireInternalSecret(config) };
  if (internalSecret && jwtSigningKeys) return { internalSecret, jwtSigningKeys };
  throw new ConfigError([
    ...(internalSecret ? [] : [missingSecret('IXL_INTERNAL_SECRET', 'a service')]),
    ...(jwtSigningKeys ? [] : [missingSecret('IXL_JWT_SIGNING_KEYS', 'the people subgraph')]),
  ]);
}

/** The gateway's part of the configuration (secrets required). */
export function gatewayConfig(config: PlatformConfig): GatewayConfig {
  const databaseUrl = config.gateway.databaseUrl ?? config.databaseUrl;
  return {
    ...config.gateway,
    ...(databaseUrl ? { databaseUrl } : {}),
    subgraphUrls: Object.fromEntries(Object.entries(config.subgraphs).map(([name, s]) => [name, subgraphUrl(s)])),
    ...requireGatewaySecrets(config),
    production: config.production,
    observability: config.observability,
  };
}

/** The database of subgraph `name`: its own `DATABASE_URL_<NAME>`, else `DATABASE_URL`. */
export function subgraphDatabaseUrl(config: PlatformConfig, name: string): string | undefined {
  return config.subgraphs[name as keyof PlatformConfig['subgraphs']]?.databaseUrl ?? config.databaseUrl;
}

/**
 * One subgraph's part of the configuration (database and secrets required). `fixture` places a
 * subgraph that is not in the registry (a test's own subgraph); a registry subgraph ignores it.
 */
export function subgraphConfig(name: string, config: PlatformConfig, fixture?: SubgraphSettings): SubgraphConfig {
  const settings = isSubgraphName(name) ? config.subgraphs[name] : (fixture ?? config.subgraphs[subgraphEntry(name).name as SubgraphName]);
  const databaseUrl = subgraphDatabaseUrl(config, name);
  if (!databaseUrl)
    throw new ConfigError([
      {
        variable: 'DATABASE_URL',
        reason: 'is not set',
        allowed: `${VARIABLES.DATABASE_URL.kind.allowed} (or ${subgraphVariables(name).DATABASE_URL.name}); a subgraph started on its own needs one`,
      },
    ]);
  const databaseUrls = Object.fromEntries(
    SUBGRAPHS.flatMap((s) => {
      const url = subgraphDatabaseUrl(config, s.name);
      return url ? [[s.name, url]] : [];
    }),
  );
  return {
    name,
    host: settings.host,
    port: settings.port,
    databaseUrl,
    databaseUrls,
    ...requireSubgraphSecrets(name, config),
    production: config.production,
    jobs: config.jobs,
    migrateOnStart: config.migrateOnStart,
    ...(config.natsUrl ? { natsUrl: config.natsUrl } : {}),
    ...(config.smtpUrl ? { smtpUrl: config.smtpUrl } : {}),
    smtpTimeouts: config.smtpTimeouts,
    publicUrl: config.publicUrl,
    people: config.people,
    observability: config.observability,
  };
}

/** `node gateway/dist/main.js`: the gateway's configuration from the environment. */
export function loadGatewayConfig(env: Env = process.env, overrides: ConfigOverrides = {}): GatewayConfig {
  const config = gatewayConfig(loadConfig(env, overrides));
  if (!config.databaseUrl)
    throw new ConfigError([
      {
        variable: 'GATEWAY_DATABASE_URL',
        reason: 'is not set (nor DATABASE_URL)',
        allowed: `${VARIABLES.GATEWAY_DATABASE_URL.kind.allowed} (the gateway keeps idempotency keys there; a gateway started on its own needs one)`,
      },
    ]);
  return config;
}

/** `node subgraphs/<name>/dist/main.js`: one subgraph's configuration from the environment. */
export const loadSubgraphConfig = (name: string, env: Env = process.env, overrides: ConfigOverrides = {}): SubgraphConfig =>
  subgraphConfig(name, loadConfig(env, overrides));
