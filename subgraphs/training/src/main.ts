import 'reflect-metadata';
import { runSubgraphMain } from '@ixl/subgraph-kit';
import { trainingSubgraph } from './definition.js';

await runSubgraphMain(trainingSubgraph);
