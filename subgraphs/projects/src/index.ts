import 'reflect-metadata';
/** The subgraph's definition, under the fixed name the launcher and the test stack look for (packages/registry). */
export { projectsSubgraph as subgraph, projectsSubgraph } from './definition.js';
