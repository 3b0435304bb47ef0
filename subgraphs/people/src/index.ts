import 'reflect-metadata';
export { peopleSubgraph } from './definition.js';
