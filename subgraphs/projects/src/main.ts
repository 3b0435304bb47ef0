import 'reflect-metadata';
import { runSubgraphMain } from '@ixl/subgraph-kit';
import { projectsSubgraph } from './definition.js';

await runSubgraphMain(projectsSubgraph);
