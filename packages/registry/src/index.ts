export {
  SUBGRAPHS,
  SUBGRAPH_NAMES,
  isSubgraphName,
  subgraphEntry,
  envName,
  type SubgraphEntry,
  type SubgraphName,
  type PersonalDataCapabilities,
} from './subgraphs.js';
