import 'reflect-metadata';
import { runSubgraphMain } from '@ixl/subgraph-kit';
import { peopleSubgraph } from './definition.js';

await runSubgraphMain(peopleSubgraph);
