import { SUBGRAPHS, envName } from '@ixl/registry';
import { boolean, folder, host, jwkSet, oneOf, oneOfPattern, origins, port, secret, url, wholeNumber, type Kind } from './kinds.js';

/**
 * Every environment variable the platform reads, once. The README's Operations table shows the same
 * `default` and `allowed` texts (a test compares them), and errors quote `allowed`.
 */
export interface Variable<T = unknown> {
  name: string;
  kind: Kind<T>;
  /** The default as the README writes it. */
  documentedDefault: string;
  /** The default written as a value of the variable, when it is one fixed value (setting it changes nothing). */
  defaultText?: string;
  /** Per-subgraph variables: the subgraph (`<NAME>` in the README). */
  subgraph?: string;
}

const v = <T>(name: string, kind: Kind<T>, documentedDefault: string, defaultText?: string): Variable<T> => ({
  name,
  kind,
  documentedDefault,
  ...(defaultText === undefined ? {} : { defaultText }),
});
const fixed = <T>(
  name: string,
  kind: Kind<T>,
  defaultText: string,
  documentedDefault = `\`${defaultText}\``,
): Variable<T> & { defaultText: string } => ({ name, kind, documentedDefault, defaultText });

export const ENVIRONMENTS = ['development', 'production', 'test'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const SERVICE_NAME = oneOfPattern(/^[a-z][a-z0-9-]{0,62}$/, 'lowercase letters, digits and hyphens (up to 63), starting with a letter');
const POSTGRES_URL = url(['postgres', 'postgresql']);
const HTTP_URL = url(['http', 'https']);
const SECRET = secret(32);
const SECRET_DEFAULT =
  'generated into `.data/secrets.json` by `npm start`; required by a standalone service and when `NODE_ENV=production`';

export const VARIABLES = {
  NODE_ENV: fixed('NODE_ENV', oneOf(ENVIRONMENTS), 'development'),
  PORT: fixed('PORT', port(true), '4000'),
  HOST: fixed('HOST', host, '0.0.0.0'),
  SUBGRAPH_HOST: fixed('SUBGRAPH_HOST', host, '127.0.0.1'),
  DATABASE_URL: v('DATABASE_URL', POSTGRES_URL, 'embedded PostgreSQL (`npm start`); required by a standalone subgraph'),
  GATEWAY_DATABASE_URL: v('GATEWAY_DATABASE_URL', POSTGRES_URL, '`DATABASE_URL`'),
  IXL_DATA_DIR: fixed('IXL_DATA_DIR', folder, '.data'),
  IXL_PG_PORT: fixed('IXL_PG_PORT', port(false), '54329'),
  IXL_JWT_SIGNING_KEYS: v(
    'IXL_JWT_SIGNING_KEYS',
    jwkSet('signing'),
    'generated into `.data/jwt-keys.json` by `npm start`; required by a standalone people subgraph and when `NODE_ENV=production`',
  ),
  IXL_JWT_PUBLIC_KEYS: v(
    'IXL_JWT_PUBLIC_KEYS',
    jwkSet('public'),
    'the public halves of `IXL_JWT_SIGNING_KEYS` when that is set; required by a standalone gateway',
  ),
  IXL_INTERNAL_SECRET: v('IXL_INTERNAL_SECRET', SECRET, SECRET_DEFAULT),
  IXL_ACCESS_TOKEN_TTL_SECONDS: fixed('IXL_ACCESS_TOKEN_TTL_SECONDS', wholeNumber(60, 86400), '900', '`900` (15 min)'),
  GRAPHQL_MAX_DEPTH: fixed('GRAPHQL_MAX_DEPTH', wholeNumber(1, 100), '12'),
  GRAPHQL_MAX_COST: fixed('GRAPHQL_MAX_COST', wholeNumber(1, 10_000_000), '10000'),
  GRAPHQL_MAX_ALIASES: fixed('GRAPHQL_MAX_ALIASES', wholeNumber(0, 1000), '30'),
  GRAPHQL_MAX_DIRECTIVES: fixed('GRAPHQL_MAX_DIRECTIVES', wholeNumber(0, 1000), '20'),
  GRAPHQL_MAX_TOKENS: fixed('GRAPHQL_MAX_TOKENS', wholeNumber(100, 1_000_000), '4000'),
  IXL_DEMO_DATA: fixed('IXL_DEMO_DATA', boolean, 'on'),
  IXL_PROCESSES: fixed('IXL_PROCESSES', oneOf(['one', 'per-service'] as const), 'one'),
  SMTP_URL: v('SMTP_URL', url(['smtp', 'smtps']), 'unset (capture inbox)'),
  SMTP_CONNECTION_TIMEOUT_MS: fixed('SMTP_CONNECTION_TIMEOUT_MS', wholeNumber(100, 600_000), '10000', '`10000` (10 s)'),
  SMTP_GREETING_TIMEOUT_MS: fixed('SMTP_GREETING_TIMEOUT_MS', wholeNumber(100, 600_000), '10000', '`10000` (10 s)'),
  SMTP_SOCKET_TIMEOUT_MS: fixed('SMTP_SOCKET_TIMEOUT_MS', wholeNumber(100, 600_000), '30000', '`30000` (30 s)'),
  PUBLIC_URL: v('PUBLIC_URL', HTTP_URL, '`http://localhost:<PORT>`'),
  IXL_JOBS: fixed('IXL_JOBS', boolean, 'on'),
  NATS_URL: v('NATS_URL', url(['nats', 'tls']), 'unset (events through PostgreSQL)'),
  IXL_MIGRATE_ON_START: fixed('IXL_MIGRATE_ON_START', boolean, 'on'),
  IXL_RETENTION_MONTHS: fixed('IXL_RETENTION_MONTHS', wholeNumber(1, 600), '60'),
  PEOPLE_MAX_DOCUMENT_BYTES: fixed(
    'PEOPLE_MAX_DOCUMENT_BYTES',
    wholeNumber(1024, 10 * 1024 * 1024),
    String(5 * 1024 * 1024),
    '`5242880` (5 MiB)',
  ),
  CORS_ORIGINS: v('CORS_ORIGINS', origins, 'none'),
  TRUST_PROXY: fixed('TRUST_PROXY', boolean, 'off'),
  LOGIN_LIMIT_PER_IP: fixed('LOGIN_LIMIT_PER_IP', wholeNumber(1, 1_000_000), '30'),
  LOGIN_LIMIT_PER_ACCOUNT: fixed('LOGIN_LIMIT_PER_ACCOUNT', wholeNumber(1, 1_000_000), '10'),
  REGISTRATION_LIMIT_PER_IP: fixed('REGISTRATION_LIMIT_PER_IP', wholeNumber(1, 1_000_000), '10'),
  APPLICATION_LIMIT_PER_IP: fixed('APPLICATION_LIMIT_PER_IP', wholeNumber(1, 1_000_000), '10'),
  LOGIN_LIMIT_WINDOW_SECONDS: fixed('LOGIN_LIMIT_WINDOW_SECONDS', wholeNumber(1, 86400), '900', '`900` (15 min)'),
  APOLLO_TELEMETRY_DISABLED: fixed('APOLLO_TELEMETRY_DISABLED', boolean, 'true'),
  PORTALS_DIR: fixed('PORTALS_DIR', folder, 'portals/dist'),
  OTEL_EXPORTER_OTLP_ENDPOINT: v('OTEL_EXPORTER_OTLP_ENDPOINT', HTTP_URL, 'unset (spans are not exported)'),
  OTEL_SERVICE_NAME: fixed('OTEL_SERVICE_NAME', SERVICE_NAME, 'ixl'),
  IXL_METRICS_HOST: fixed('IXL_METRICS_HOST', host, '127.0.0.1'),
  IXL_METRICS_PORT: fixed('IXL_METRICS_PORT', port(true), '9464'),
  IXL_METRICS_ON_PUBLIC_PORT: fixed('IXL_METRICS_ON_PUBLIC_PORT', boolean, 'off'),
  LOG_LEVEL: fixed('LOG_LEVEL', oneOf(LOG_LEVELS), 'info'),
} satisfies Record<string, Variable>;

/** The variables of one subgraph (`<NAME>` = its name in capitals). */
export function subgraphVariables(name: string) {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  const NAME = envName(name);
  const per = <T>(variable: Variable<T>): Variable<T> => ({ ...variable, subgraph: name });
  return {
    PORT: per(v(`${NAME}_PORT`, port(true), 'its port in the registry (`packages/registry`)', entry ? String(entry.port) : undefined)),
    HOST: per(v(`${NAME}_HOST`, host, '`SUBGRAPH_HOST`')),
    URL: per(v(`${NAME}_URL`, HTTP_URL, '`http://<NAME>_HOST:<NAME>_PORT/graphql` (`127.0.0.1` when the host is `0.0.0.0` or `::`)')),
    DATABASE_URL: per(v(`DATABASE_URL_${NAME}`, POSTGRES_URL, '`DATABASE_URL`')),
  };
}

/** Every variable, the per-subgraph ones for every subgraph of the registry. */
export function allVariables(): Variable[] {
  return [...Object.values(VARIABLES), ...SUBGRAPHS.flatMap((s) => Object.values(subgraphVariables(s.name)))] as Variable[];
}
