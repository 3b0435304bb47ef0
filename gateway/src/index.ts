export { startGateway, type RunningGateway } from './server.js';
export { loadGatewayConfig, SUBGRAPH_NAMES, DEFAULT_LOGIN_LIMIT, type GatewayConfig, type SubgraphName } from './config.js';
export { composeSupergraph, placeholderUrl, type SubgraphSdl } from './compose.js';
export { readSupergraph, SUPERGRAPH_PATH } from './supergraph.js';
export { complexityLimitPlugin, measure } from './limits.js';
export { servePortal, PORTAL_PATHS } from './static.js';
