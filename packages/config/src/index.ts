export {
  loadConfig,
  withOverrides,
  REPOSITORY_ROOT,
  type PlatformConfig,
  type ConfigOverrides,
  type Environment,
  type LoginLimit,
  type LogLevel,
  type ObservabilitySettings,
  type PeopleSettings,
  type SmtpTimeouts,
  type SubgraphSettings,
} from './platform.js';
export {
  gatewayConfig,
  subgraphConfig,
  subgraphUrl,
  subgraphDatabaseUrl,
  loadGatewayConfig,
  loadSubgraphConfig,
  type GatewayConfig,
  type SubgraphConfig,
} from './services.js';
export { ConfigError, configOrExit, CONFIG_EXIT_CODE, type ConfigProblem } from './reader.js';
export { VARIABLES, subgraphVariables, allVariables, ENVIRONMENTS, LOG_LEVELS, type Variable } from './variables.js';
export type { Env, Kind } from './kinds.js';
