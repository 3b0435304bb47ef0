export { startGateway, type RunningGateway } from './server.js';
export { loadGatewayConfig, gatewayConfig, type GatewayConfig } from './config.js';
export { PRIVACY_EXPORT_QUERY } from './privacy-export.js';
export { composeSupergraph, placeholderUrl, type SubgraphSdl } from './compose.js';
export { readSupergraph, SUPERGRAPH_PATH } from './supergraph.js';
export { complexityLimitPlugin, measure } from './limits.js';
export { IdempotencyStore, IDEMPOTENCY_HEADER, REPLAYED_HEADER, requestHash, type IdempotencyOptions } from './idempotency.js';
export { servePortal, PORTAL_PATHS } from './static.js';
