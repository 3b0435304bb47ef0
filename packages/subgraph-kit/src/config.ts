// A subgraph's configuration comes from the platform's one configuration module (@ixl/config).
export { loadSubgraphConfig, subgraphConfig, type SubgraphConfig } from '@ixl/config';
