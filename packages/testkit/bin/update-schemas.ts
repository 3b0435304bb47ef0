/**
 * Prints every registry subgraph's SDL to its `sdl` file (subgraphs/<name>/schema.graphql) and composes gateway/supergraph.graphql.
 *   npm run schemas
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { composeSupergraph } from '@ixl/gateway';
import { subgraphEntry } from '@ixl/registry';
import { subgraphDefinitions, printSubgraphSdl } from '../src/schemas.js';

const root = resolve(import.meta.dirname, '../../..');
const sdls = [];
for (const def of await subgraphDefinitions()) {
  const sdl = await printSubgraphSdl(def);
  writeFileSync(join(root, subgraphEntry(def.name).sdl), sdl);
  sdls.push({ name: def.name, sdl });
}
writeFileSync(join(root, 'gateway', 'supergraph.graphql'), composeSupergraph(sdls));
console.log(`Wrote ${sdls.length} subgraph schemas and gateway/supergraph.graphql`);
