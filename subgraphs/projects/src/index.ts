import 'reflect-metadata';
export { projectsSubgraph } from './definition.js';
