/**
 * Prints every subgraph's SDL to subgraphs/<name>/schema.graphql and composes gateway/supergraph.graphql.
 *   npm run schemas
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { composeSupergraph } from '@ixl/gateway';
import { SUBGRAPHS, printSubgraphSdl } from '../src/schemas.js';

const root = resolve(import.meta.dirname, '../../..');
const sdls = [];
for (const def of SUBGRAPHS) {
  const sdl = await printSubgraphSdl(def);
  writeFileSync(join(root, 'subgraphs', def.name, 'schema.graphql'), sdl);
  sdls.push({ name: def.name, sdl });
}
writeFileSync(join(root, 'gateway', 'supergraph.graphql'), composeSupergraph(sdls));
console.log(`Wrote ${sdls.length} subgraph schemas and gateway/supergraph.graphql`);
