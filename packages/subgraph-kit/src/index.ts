import 'reflect-metadata';
export { DomainError, badInput, notFound, forbidden, formatSubgraphError, type ErrorCode } from './errors.js';
export { loader, loadById, byKeys, groupByKeys, type SubgraphContext } from './context.js';
export { requireRole, requireStaff, requireAuthenticated, isStaff } from './authz.js';
export { buildFederatedSchema, type ReferenceResolvers } from './schema.js';
export { loadSubgraphConfig, DEFAULT_PORTS, type SubgraphConfig } from './config.js';
export { startSubgraph, runSubgraphMain, buildDefinitionSchema, consoleLogger, type SubgraphDefinition, type RunningSubgraph, type Logger } from './subgraph.js';
export { liveEvents } from './live.js';
export { safeErrorForLog } from './log-safe.js';
