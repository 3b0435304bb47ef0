import { configuredDatabaseUrl } from '@ixl/db';

export interface SubgraphConfig {
  name: string;
  host: string;
  port: number;
  databaseUrl: string;
  internalSecret: string;
  jwtSecret: string;
  production: boolean;
  /** Run scheduled jobs on timers (default true; tests turn them off and call them directly). */
  jobs?: boolean;
  /** SMTP server for outgoing mail; unset → the local capture inbox. */
  smtpUrl?: string;
  /** Public base URL of the portals, used in mail links. */
  publicUrl?: string;
}

export const DEFAULT_PORTS: Record<string, number> = { people: 4101, companies: 4102, training: 4103, projects: 4104, finance: 4105 };

function required(env: NodeJS.ProcessEnv, key: string): string {
  const value = env[key];
  if (!value) throw new Error(`Configuration: ${key} is required`);
  if ((key.endsWith('SECRET')) && value.length < 32) throw new Error(`Configuration: ${key} must be at least 32 characters`);
  return value;
}

/** Typed, validated configuration of one subgraph from the environment (checked at start-up). */
export function loadSubgraphConfig(name: string, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const upper = name.toUpperCase();
  const databaseUrl = configuredDatabaseUrl(name, env);
  if (!databaseUrl) throw new Error(`Configuration: DATABASE_URL (or DATABASE_URL_${upper}) is required`);
  const port = Number(env[`${upper}_PORT`] ?? DEFAULT_PORTS[name] ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Configuration: ${upper}_PORT must be a port number`);
  return {
    name,
    host: env.SUBGRAPH_HOST ?? '127.0.0.1',
    port,
    databaseUrl,
    internalSecret: required(env, 'IXL_INTERNAL_SECRET'),
    jwtSecret: required(env, 'IXL_JWT_SECRET'),
    production: env.NODE_ENV === 'production',
    jobs: env.IXL_JOBS !== 'off',
    smtpUrl: env.SMTP_URL || undefined,
    publicUrl: env.PUBLIC_URL || undefined,
  };
}
