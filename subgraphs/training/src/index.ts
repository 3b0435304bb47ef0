import 'reflect-metadata';
export { trainingSubgraph } from './definition.js';
