import type { SubgraphDefinition } from '@ixl/subgraph-kit';
import { SUBGRAPHS } from '@ixl/registry';

let loading: Promise<SubgraphDefinition[]> | undefined;

/**
 * Every subgraph's code, found from the registry: each registry entry's package exports its
 * `SubgraphDefinition` as `subgraph`. In registry order; loaded once per process.
 */
export function subgraphDefinitions(): Promise<SubgraphDefinition[]> {
  loading ??= Promise.all(
    SUBGRAPHS.map(async (entry) => {
      const module = (await import(entry.package)) as { subgraph?: SubgraphDefinition };
      const def = module.subgraph;
      if (!def || def.name !== entry.name)
        throw new Error(`${entry.package} must export its SubgraphDefinition as \`subgraph\`, named "${entry.name}" (packages/registry)`);
      return def;
    }),
  );
  return loading;
}

/** The definition of one registry subgraph. */
export async function subgraphDefinition(name: string): Promise<SubgraphDefinition> {
  const def = (await subgraphDefinitions()).find((d) => d.name === name);
  if (!def) throw new Error(`Unknown subgraph ${name}`);
  return def;
}
