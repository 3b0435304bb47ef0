import 'reflect-metadata';
export { financeSubgraph } from './definition.js';
