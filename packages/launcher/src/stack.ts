import 'reflect-metadata';
import { startSubgraph, type RunningSubgraph, type Logger } from '@ixl/subgraph-kit';
import { startGateway, readSupergraph, type RunningGateway } from '@ixl/gateway';
import { gatewayConfig, subgraphConfig, subgraphUrl, type GatewayConfig, type PlatformConfig, type SubgraphConfig } from '@ixl/config';
import type { SubgraphName } from '@ixl/registry';
import { subgraphDefinitions, subgraphDefinition } from './definitions.js';

export interface StackRuntime {
  log?: Logger;
  /** Only errors are printed. */
  quiet?: boolean;
}

export interface RunningStack {
  gateway: RunningGateway;
  /** The subgraphs started in this process (not those with a `<NAME>_URL`: they run elsewhere). */
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  gatewayUrl: string;
  /** What the gateway and each subgraph of this process run with (ports as bound). */
  configs: { gateway: GatewayConfig; subgraphs: Partial<Record<SubgraphName, SubgraphConfig>> };
  /** Stops one subgraph (as if its process died or was redeployed). */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts it again on the same port. */
  startSubgraph(name: SubgraphName): Promise<RunningSubgraph>;
  stop(): Promise<void>;
}

/**
 * What each service of the stack runs with: exactly what the same configuration gives a service
 * started on its own (`gatewayConfig`, `subgraphConfig`). Subgraphs with a URL run elsewhere.
 */
export function stackConfigs(config: PlatformConfig): { gateway: GatewayConfig; subgraphs: Partial<Record<SubgraphName, SubgraphConfig>> } {
  const local = (Object.keys(config.subgraphs) as SubgraphName[]).filter((name) => !config.subgraphs[name].url);
  return { gateway: gatewayConfig(config), subgraphs: Object.fromEntries(local.map((name) => [name, subgraphConfig(name, config)])) };
}

const silent: Logger = (level, message, data) => {
  if (level === 'error') console.error(JSON.stringify({ level, message, ...data }));
};

/** Starts the registry's subgraphs (migrating their schemas) and the gateway in this process. */
export async function startStack(config: PlatformConfig, runtime: StackRuntime = {}): Promise<RunningStack> {
  const configs = stackConfigs(config);
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  const log = runtime.quiet ? silent : runtime.log;
  try {
    // Sequential: migrations of different schemas never contend, and start-up logs stay readable.
    for (const def of await subgraphDefinitions()) {
      const name = def.name as SubgraphName;
      const own = configs.subgraphs[name];
      if (!own) continue;
      subgraphs[name] = await startSubgraph(def, own, log);
      // Port 0 means any free port: restarts reuse the one it got, and the gateway is told which.
      configs.subgraphs[name] = { ...own, port: subgraphs[name].port };
      configs.gateway.subgraphUrls[name] = subgraphUrl({ host: own.host, port: subgraphs[name].port });
    }
    const gateway = await startGateway(configs.gateway, readSupergraph(), runtime.quiet ? silent : undefined);
    configs.gateway = { ...configs.gateway, port: gateway.port };
    return {
      gateway,
      subgraphs,
      gatewayUrl: gateway.url,
      configs,
      async stopSubgraph(name) {
        await subgraphs[name].stop();
      },
      async startSubgraph(name) {
        const own = configs.subgraphs[name];
        if (!own) throw new Error(`${name} runs elsewhere (${configs.gateway.subgraphUrls[name]})`);
        subgraphs[name] = await startSubgraph(await subgraphDefinition(name), own, log);
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
