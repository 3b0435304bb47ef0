import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export interface SubgraphSdl {
  name: string;
  sdl: string;
}

/** Internal URL placeholder written in the supergraph; the gateway's config gives the real URLs. */
export const placeholderUrl = (name: string) => `http://${name}.ixl.internal/graphql`;

/** Composes the subgraphs' SDL into the supergraph SDL (throws with every composition error). */
export function composeSupergraph(subgraphs: SubgraphSdl[]): string {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: placeholderUrl(s.name), typeDefs: parse(s.sdl) })));
  if (result.errors?.length) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  if (!result.supergraphSdl) throw new Error('Composition produced no supergraph');
  return result.supergraphSdl;
}
