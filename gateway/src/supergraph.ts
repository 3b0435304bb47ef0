import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Path of the committed supergraph (same from src/ and dist/). */
export const SUPERGRAPH_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

export function readSupergraph(path = SUPERGRAPH_PATH): string {
  return readFileSync(path, 'utf8');
}
