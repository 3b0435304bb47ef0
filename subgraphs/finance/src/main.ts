import 'reflect-metadata';
import { runSubgraphMain } from '@ixl/subgraph-kit';
import { financeSubgraph } from './definition.js';

await runSubgraphMain(financeSubgraph);
