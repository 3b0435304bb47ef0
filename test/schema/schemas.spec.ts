import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '@ixl/gateway';
import { SUBGRAPHS } from '@ixl/registry';
import { printSubgraphSdl, subgraphDefinitions } from '@ixl/testkit';

const definitions = await subgraphDefinitions();

const root = resolve(import.meta.dirname, '../..');
const committed = (path: string) => readFileSync(join(root, path), 'utf8');

describe('committed schemas (run `npm run schemas` after a schema change)', () => {
  it.each(SUBGRAPHS.map((s) => [s.sdl, s.name] as const))('%s matches the code of %s', async (sdl, name) => {
    const def = definitions.find((d) => d.name === name);
    if (!def) throw new Error(name);
    expect(await printSubgraphSdl(def)).toBe(committed(sdl));
  });

  it('gateway/supergraph.graphql is the composition of the committed subgraph schemas of the registry', () => {
    const sdls = SUBGRAPHS.map((s) => ({ name: s.name, sdl: committed(s.sdl) }));
    expect(composeSupergraph(sdls)).toBe(committed('gateway/supergraph.graphql'));
  });

  it('reports a composition error clearly', () => {
    const broken = [
      { name: 'a', sdl: 'type Query { x: Int } type T @key(fields: "id") { id: ID! n: Int }' },
      { name: 'b', sdl: 'type Query { y: Int } type T @key(fields: "id") { id: ID! n: String }' },
    ].map((s) => ({ ...s, sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\n${s.sdl}` }));
    expect(() => composeSupergraph(broken)).toThrow(/Composition failed/);
  });
});
