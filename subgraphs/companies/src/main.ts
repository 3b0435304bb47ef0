import 'reflect-metadata';
import { runSubgraphMain } from '@ixl/subgraph-kit';
import { companiesSubgraph } from './definition.js';

await runSubgraphMain(companiesSubgraph);
