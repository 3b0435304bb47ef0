export { isUuid, requireUuid } from '@ixl/subgraph-kit';
