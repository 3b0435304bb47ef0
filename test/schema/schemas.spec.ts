import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '@ixl/gateway';
import { SUBGRAPHS, printSubgraphSdl } from '@ixl/testkit';

const root = resolve(import.meta.dirname, '../..');
const committed = (path: string) => readFileSync(join(root, path), 'utf8');

describe('committed schemas (run `npm run schemas` after a schema change)', () => {
  it.each(SUBGRAPHS.map((d) => d.name))('subgraphs/%s/schema.graphql matches the code', async (name) => {
    const def = SUBGRAPHS.find((d) => d.name === name);
    if (!def) throw new Error(name);
    expect(await printSubgraphSdl(def)).toBe(committed(`subgraphs/${name}/schema.graphql`));
  });

  it('gateway/supergraph.graphql is the composition of the committed subgraph schemas', () => {
    const sdls = SUBGRAPHS.map((d) => ({ name: d.name, sdl: committed(`subgraphs/${d.name}/schema.graphql`) }));
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
