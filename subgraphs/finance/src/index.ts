import 'reflect-metadata';
/** The subgraph's definition, under the fixed name the launcher and the test stack look for (packages/registry). */
export { financeSubgraph as subgraph, financeSubgraph } from './definition.js';
