import { resolve } from 'node:path';
import { SUBGRAPHS, type SubgraphName } from '@ixl/registry';
import type { Env } from './kinds.js';
import { EnvReader } from './reader.js';
import { VARIABLES, subgraphVariables, type ENVIRONMENTS, type LOG_LEVELS } from './variables.js';

export type LogLevel = (typeof LOG_LEVELS)[number];

/** The repository root (this file is in packages/config/src or packages/config/dist). */
export const REPOSITORY_ROOT = resolve(import.meta.dirname, '../../..');

export type Environment = (typeof ENVIRONMENTS)[number];

export interface LoginLimit {
  perIp: number;
  perAccount: number;
  windowMs: number;
}

/** One subgraph's place on the network and its database. */
export interface SubgraphSettings {
  /** Bind address (`<NAME>_HOST`, else `SUBGRAPH_HOST`). */
  host: string;
  /** Port (`<NAME>_PORT`, else the registry's; 0: any free port). */
  port: number;
  /** Where the gateway reaches it when it runs elsewhere (`<NAME>_URL`): `npm start` then does not start it. */
  url?: string;
  /** Its own database (`DATABASE_URL_<NAME>`), else `databaseUrl`. */
  databaseUrl?: string;
}

/** SMTP client timeouts, milliseconds (SMTP_CONNECTION_TIMEOUT_MS, SMTP_GREETING_TIMEOUT_MS, SMTP_SOCKET_TIMEOUT_MS). */
export interface SmtpTimeouts {
  connectionMs: number;
  greetingMs: number;
  socketMs: number;
}

/** Settings the people subgraph reads (identity provider, documents, retention). */
export interface PeopleSettings {
  /** Life of an access token, seconds. */
  accessTokenTtlSeconds: number;
  /** Largest accepted document upload, bytes (the gateway caps at 10 MiB). */
  maxDocumentBytes: number;
  /** Months after which a closed record is pseudonymised by the daily retention job. */
  retentionMonths: number;
  /** Login throttling, enforced where the password is checked, counters in PostgreSQL (LOGIN_LIMIT_*). */
  loginLimit: LoginLimit;
  /** `registerBeneficiary` calls per client address in the login window (REGISTRATION_LIMIT_PER_IP). */
  registrationLimitPerIp: number;
  /** `submitProjectApplication` calls per client address in the login window (APPLICATION_LIMIT_PER_IP; read by projects). */
  applicationLimitPerIp: number;
}

/** Traces, metrics and logs (README, Observability). */
export interface ObservabilitySettings {
  /** OTLP/HTTP collector spans are sent to (`OTEL_EXPORTER_OTLP_ENDPOINT`); unset: tracing off. */
  otlpEndpoint?: string;
  /** `service.name` of the spans (`OTEL_SERVICE_NAME`). */
  serviceName: string;
  /** Where the process serves Prometheus `/metrics` on its own listener (`IXL_METRICS_HOST`, `IXL_METRICS_PORT`; 0: any free port). */
  metricsHost: string;
  metricsPort: number;
  /** Also serve `/metrics` on the gateway's public port (`IXL_METRICS_ON_PUBLIC_PORT`). */
  metricsOnPublicPort: boolean;
  /** Lowest level written to the log (`LOG_LEVEL`). */
  logLevel: LogLevel;
}

/** The whole platform's configuration: what the environment says, typed, with every default applied. */
export interface PlatformConfig {
  environment: Environment;
  /** `NODE_ENV=production`: secrets required, introspection and schema hints off. */
  production: boolean;
  /** One database for every subgraph (each in its own schema); unset: `npm start` runs the embedded one. */
  databaseUrl?: string;
  /** Unset: `npm start` generates them (outside production); a standalone service refuses to start. */
  secrets: {
    internalSecret?: string;
    /** The access-token issuer's keys (JWK Set, private; people only). */
    jwtSigningKeys?: string;
    /** The keys access tokens are verified with (JWK Set, public only). */
    jwtPublicKeys?: string;
  };
  gateway: {
    /** Where the gateway keeps idempotency keys (`GATEWAY_DATABASE_URL`, else `databaseUrl`). */
    databaseUrl?: string;
    host: string;
    port: number;
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    corsOrigins: string[];
    trustProxy: boolean;
    /** The built portals served on the gateway's origin (null: none). */
    portalsDir: string | null;
    apolloTelemetryDisabled: boolean;
  };
  subgraphs: Record<SubgraphName, SubgraphSettings>;
  /** Periodic jobs on (tests turn them off and run them directly). */
  jobs: boolean;
  /** Events between services through NATS JetStream (unset: the PostgreSQL bus). */
  natsUrl?: string;
  /** Subgraphs apply their pending migrations at start (off: they wait for `ixl-migrate`). */
  migrateOnStart: boolean;
  /** Outgoing mail server; unset: the local capture inbox. */
  smtpUrl?: string;
  /** How long the mail sender waits for the SMTP server (connection, greeting, silence), milliseconds. */
  smtpTimeouts: SmtpTimeouts;
  /** The portals' public address, in mail links. */
  publicUrl: string;
  people: PeopleSettings;
  observability: ObservabilitySettings;
  /**
   * `npm start` only: where the embedded PostgreSQL keeps its data, its port, the demo data, and whether the
   * subgraphs run in the launcher's process (`one`) or each in a process of its own (`per-service`).
   */
  launcher: { dataDir: string; pgPort: number; demoData: boolean; processes: 'one' | 'per-service' };
}

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
/** What a test or a caller sets explicitly, in the same shape (everything else keeps its default). */
export type ConfigOverrides = DeepPartial<PlatformConfig>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `config` with `overrides` applied (objects merged key by key; anything else, arrays included, replaced). */
export function withOverrides(config: PlatformConfig, overrides: ConfigOverrides): PlatformConfig {
  return merge(config, overrides);
}

function merge<T>(base: T, overrides: unknown): T {
  if (!isPlainObject(overrides) || !isPlainObject(base)) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? merge(out[key], value) : value;
  }
  return out as T;
}

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/**
 * Reads and validates every variable of the platform (a bad value of any stops the start: a
 * `ConfigError` names each bad variable, what is wrong and what is allowed), then applies `overrides`.
 */
export function loadConfig(env: Env = process.env, overrides: ConfigOverrides = {}): PlatformConfig {
  const r = new EnvReader(env);
  const V = VARIABLES;
  const environment = r.value(V.NODE_ENV);
  const port = r.value(V.PORT);
  const subgraphHost = r.value(V.SUBGRAPH_HOST);
  const subgraphs = Object.fromEntries(
    SUBGRAPHS.map((s) => {
      const sv = subgraphVariables(s.name);
      return [
        s.name,
        defined({
          host: r.read(sv.HOST) ?? subgraphHost,
          port: r.value(sv.PORT),
          url: r.read(sv.URL),
          databaseUrl: r.read(sv.DATABASE_URL),
        }),
      ];
    }),
  ) as Record<SubgraphName, SubgraphSettings>;
  const portalsDir = r.text(V.PORTALS_DIR.name);
  const dataDir = r.text(V.IXL_DATA_DIR.name);
  const config: PlatformConfig = defined({
    environment,
    production: environment === 'production',
    databaseUrl: r.read(V.DATABASE_URL),
    secrets: defined({
      internalSecret: r.read(V.IXL_INTERNAL_SECRET),
      jwtSigningKeys: r.read(V.IXL_JWT_SIGNING_KEYS),
      jwtPublicKeys: r.read(V.IXL_JWT_PUBLIC_KEYS),
    }),
    gateway: defined({
      databaseUrl: r.read(V.GATEWAY_DATABASE_URL),
      host: r.value(V.HOST),
      port,
      maxDepth: r.value(V.GRAPHQL_MAX_DEPTH),
      maxCost: r.value(V.GRAPHQL_MAX_COST),
      maxAliases: r.value(V.GRAPHQL_MAX_ALIASES),
      maxDirectives: r.value(V.GRAPHQL_MAX_DIRECTIVES),
      maxTokens: r.value(V.GRAPHQL_MAX_TOKENS),
      corsOrigins: r.read(V.CORS_ORIGINS) ?? [],
      trustProxy: r.value(V.TRUST_PROXY),
      portalsDir: resolve(portalsDir ?? resolve(REPOSITORY_ROOT, V.PORTALS_DIR.defaultText)),
      apolloTelemetryDisabled: r.value(V.APOLLO_TELEMETRY_DISABLED),
    }),
    subgraphs,
    jobs: r.value(V.IXL_JOBS),
    migrateOnStart: r.value(V.IXL_MIGRATE_ON_START),
    natsUrl: r.read(V.NATS_URL),
    smtpUrl: r.read(V.SMTP_URL),
    smtpTimeouts: {
      connectionMs: r.value(V.SMTP_CONNECTION_TIMEOUT_MS),
      greetingMs: r.value(V.SMTP_GREETING_TIMEOUT_MS),
      socketMs: r.value(V.SMTP_SOCKET_TIMEOUT_MS),
    },
    publicUrl: r.read(V.PUBLIC_URL) ?? `http://localhost:${port}`,
    people: {
      accessTokenTtlSeconds: r.value(V.IXL_ACCESS_TOKEN_TTL_SECONDS),
      maxDocumentBytes: r.value(V.PEOPLE_MAX_DOCUMENT_BYTES),
      retentionMonths: r.value(V.IXL_RETENTION_MONTHS),
      loginLimit: {
        perIp: r.value(V.LOGIN_LIMIT_PER_IP),
        perAccount: r.value(V.LOGIN_LIMIT_PER_ACCOUNT),
        windowMs: r.value(V.LOGIN_LIMIT_WINDOW_SECONDS) * 1000,
      },
      registrationLimitPerIp: r.value(V.REGISTRATION_LIMIT_PER_IP),
      applicationLimitPerIp: r.value(V.APPLICATION_LIMIT_PER_IP),
    },
    observability: defined({
      otlpEndpoint: r.read(V.OTEL_EXPORTER_OTLP_ENDPOINT),
      serviceName: r.value(V.OTEL_SERVICE_NAME),
      metricsHost: r.value(V.IXL_METRICS_HOST),
      metricsPort: r.value(V.IXL_METRICS_PORT),
      metricsOnPublicPort: r.value(V.IXL_METRICS_ON_PUBLIC_PORT),
      logLevel: r.value(V.LOG_LEVEL),
    }),
    launcher: {
      dataDir: resolve(dataDir ?? resolve(REPOSITORY_ROOT, V.IXL_DATA_DIR.defaultText)),
      pgPort: r.value(V.IXL_PG_PORT),
      demoData: r.value(V.IXL_DEMO_DATA),
      processes: r.value(V.IXL_PROCESSES),
    },
  });
  r.throwIfBad();
  return merge(config, overrides);
}
