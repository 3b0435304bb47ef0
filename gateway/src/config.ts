export const SUBGRAPH_NAMES = ['people', 'companies', 'training', 'projects', 'finance'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface GatewayConfig {
  host: string;
  port: number;
  subgraphUrls: Record<SubgraphName, string>;
  internalSecret: string;
  jwtSecret: string;
  production: boolean;
  maxDepth: number;
  maxCost: number;
  /** Folder with the built portals, served on the same origin (optional). */
  portalsDir?: string;
  /** Origins allowed to call the API cross-origin (portals on the same origin need none). */
  corsOrigins: string[];
  /** Take the client address from X-Forwarded-For (only behind a trusted proxy). */
  trustProxy: boolean;
  loginLimit: { perIp: number; perAccount: number; windowMs: number };
}

export const DEFAULT_LOGIN_LIMIT = { perIp: 30, perAccount: 10, windowMs: 15 * 60_000 };

const DEFAULT_SUBGRAPH_PORTS: Record<SubgraphName, number> = { people: 4101, companies: 4102, training: 4103, projects: 4104, finance: 4105 };

function secret(env: NodeJS.ProcessEnv, key: string): string {
  const value = env[key];
  if (!value || value.length < 32) throw new Error(`Configuration: ${key} must be set to at least 32 characters`);
  return value;
}

/** The gateway's typed configuration, validated at start-up. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('Configuration: PORT must be a port number');
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, env[`${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${env[`${name.toUpperCase()}_PORT`] ?? DEFAULT_SUBGRAPH_PORTS[name]}/graphql`]),
  ) as Record<SubgraphName, string>;
  return {
    host: env.HOST ?? '0.0.0.0',
    port,
    subgraphUrls,
    internalSecret: secret(env, 'IXL_INTERNAL_SECRET'),
    jwtSecret: secret(env, 'IXL_JWT_SECRET'),
    production: env.NODE_ENV === 'production',
    maxDepth: Number(env.GRAPHQL_MAX_DEPTH ?? 12),
    maxCost: Number(env.GRAPHQL_MAX_COST ?? 20000),
    portalsDir: env.PORTALS_DIR || undefined,
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    trustProxy: env.TRUST_PROXY === 'true',
    loginLimit: {
      perIp: Number(env.LOGIN_LIMIT_PER_IP ?? DEFAULT_LOGIN_LIMIT.perIp),
      perAccount: Number(env.LOGIN_LIMIT_PER_ACCOUNT ?? DEFAULT_LOGIN_LIMIT.perAccount),
      windowMs: DEFAULT_LOGIN_LIMIT.windowMs,
    },
  };
}
