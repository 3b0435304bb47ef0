import 'reflect-metadata';
export { companiesSubgraph } from './definition.js';
