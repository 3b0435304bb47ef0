// The gateway's configuration comes from the platform's one configuration module (@ixl/config).
import type { GatewayConfig } from '@ixl/config';
export { loadGatewayConfig, gatewayConfig, type GatewayConfig } from '@ixl/config';

/** The URL of subgraph `name` (throws for a name the supergraph does not know: a configuration bug). */
export function subgraphUrlOf(config: GatewayConfig, name: string): string {
  const url = config.subgraphUrls[name];
  if (!url) throw new Error(`No URL for subgraph "${name}" in the gateway configuration`);
  return url;
}
