import 'reflect-metadata';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition, type Logger, type SubgraphConfig } from '@ixl/subgraph-kit';
import { startGateway, readSupergraph, DEFAULT_LOGIN_LIMIT, type RunningGateway, type SubgraphName, type GatewayConfig } from '@ixl/gateway';
import { peopleSubgraph } from '@ixl/people';
import { companiesSubgraph } from '@ixl/companies';
import { trainingSubgraph } from '@ixl/training';
import { projectsSubgraph } from '@ixl/projects';
import { financeSubgraph } from '@ixl/finance';

export const SUBGRAPH_DEFINITIONS: SubgraphDefinition[] = [peopleSubgraph, companiesSubgraph, trainingSubgraph, projectsSubgraph, financeSubgraph];

export interface StackOptions {
  /** One database for all subgraphs (each in its own schema); per-subgraph URLs override it. */
  databaseUrl: string;
  databaseUrls?: Partial<Record<SubgraphName, string>>;
  internalSecret: string;
  jwtSecret: string;
  /** Gateway port (0 = any free port). Subgraphs get free ports unless `subgraphPorts` is set. */
  port?: number;
  host?: string;
  subgraphPorts?: Partial<Record<SubgraphName, number>>;
  production?: boolean;
  portalsDir?: string;
  corsOrigins?: string[];
  /** Run subgraphs' scheduled jobs on timers (default true). */
  jobs?: boolean;
  smtpUrl?: string;
  publicUrl?: string;
  loginLimit?: GatewayConfig['loginLimit'];
  log?: Logger;
  quiet?: boolean;
  /** Subgraphs run elsewhere (their own processes or hosts): the gateway uses these URLs and this process does not start them. */
  remoteSubgraphs?: Partial<Record<SubgraphName, string>>;
}

export interface RunningStack {
  gateway: RunningGateway;
  /** The subgraphs started in this process (not the remote ones). */
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  gatewayUrl: string;
  /** Stops one subgraph (as if its process died or was redeployed). */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts it again on the same port. */
  startSubgraph(name: SubgraphName): Promise<RunningSubgraph>;
  stop(): Promise<void>;
}

const silent: Logger = (level, message, data) => {
  if (level === 'error') console.error(JSON.stringify({ level, message, ...data }));
};

/** Starts the five subgraphs (migrating their schemas) and the gateway in this process. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  const configs = {} as Record<SubgraphName, SubgraphConfig>;
  const log = options.quiet ? silent : options.log;
  const definition = (name: SubgraphName) => {
    const def = SUBGRAPH_DEFINITIONS.find((d) => d.name === name);
    if (!def) throw new Error(`Unknown subgraph ${name}`);
    return def;
  };
  try {
    // Sequential: migrations of different schemas never contend, and start-up logs stay readable.
    for (const def of SUBGRAPH_DEFINITIONS) {
      const name = def.name as SubgraphName;
      if (options.remoteSubgraphs?.[name]) continue;
      configs[name] = {
        name,
        host: '127.0.0.1',
        port: options.subgraphPorts?.[name] ?? 0,
        databaseUrl: options.databaseUrls?.[name] ?? options.databaseUrl,
        internalSecret: options.internalSecret,
        jwtSecret: options.jwtSecret,
        production: options.production ?? false,
        jobs: options.jobs ?? true,
        smtpUrl: options.smtpUrl,
        publicUrl: options.publicUrl,
      };
      subgraphs[name] = await startSubgraph(def, configs[name], log);
      configs[name] = { ...configs[name], port: subgraphs[name].port };
    }
    const gatewayConfig: GatewayConfig = {
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 0,
      subgraphUrls: { ...Object.fromEntries(Object.entries(subgraphs).map(([n, s]) => [n, s.url])), ...options.remoteSubgraphs } as Record<SubgraphName, string>,
      internalSecret: options.internalSecret,
      jwtSecret: options.jwtSecret,
      production: options.production ?? false,
      maxDepth: 12,
      maxCost: 20000,
      portalsDir: options.portalsDir,
      corsOrigins: options.corsOrigins ?? [],
      trustProxy: false,
      loginLimit: options.loginLimit ?? DEFAULT_LOGIN_LIMIT,
    };
    const gateway = await startGateway(gatewayConfig, readSupergraph(), options.quiet ? silent : undefined);
    return {
      gateway,
      subgraphs,
      gatewayUrl: gateway.url,
      async stopSubgraph(name) {
        await subgraphs[name].stop();
      },
      async startSubgraph(name) {
        subgraphs[name] = await startSubgraph(definition(name), configs[name], log);
        return subgraphs[name];
      },
      async stop() {
        await gateway.stop();
        await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
      },
    };
  } catch (err) {
    await Promise.all(Object.values(subgraphs).map((s) => s.stop().catch(() => undefined)));
    throw err;
  }
}
