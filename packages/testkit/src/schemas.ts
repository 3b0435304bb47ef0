import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildDefinitionSchema, type SubgraphDefinition } from '@ixl/subgraph-kit';

export { subgraphDefinitions } from '@ixl/launcher';

/** The SDL each subgraph serves, printed from its code. */
export async function printSubgraphSdl(def: SubgraphDefinition): Promise<string> {
  return `${printSubgraphSchema(await buildDefinitionSchema(def)).trim()}\n`;
}
