import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildDefinitionSchema, type SubgraphDefinition } from '@ixl/subgraph-kit';
import { peopleSubgraph } from '@ixl/people';
import { companiesSubgraph } from '@ixl/companies';
import { trainingSubgraph } from '@ixl/training';
import { projectsSubgraph } from '@ixl/projects';
import { financeSubgraph } from '@ixl/finance';

/** Every subgraph definition, in gateway order. */
export const SUBGRAPHS: SubgraphDefinition[] = [peopleSubgraph, companiesSubgraph, trainingSubgraph, projectsSubgraph, financeSubgraph];

/** The SDL each subgraph serves, printed from its code. */
export async function printSubgraphSdl(def: SubgraphDefinition): Promise<string> {
  return `${printSubgraphSchema(await buildDefinitionSchema(def)).trim()}\n`;
}
