import type { RunningStack } from './stack.js';
import { SUBGRAPH_DEFINITIONS } from './stack.js';

/** Loads each subgraph's part of the demo data into empty schemas; returns what was written. */
export async function seedDemoData(stack: RunningStack): Promise<Record<string, Record<string, number>>> {
  const written: Record<string, Record<string, number>> = {};
  for (const def of SUBGRAPH_DEFINITIONS) {
    if (!def.seedDemo) continue;
    const sub = stack.subgraphs[def.name as keyof RunningStack['subgraphs']];
    const result = await def.seedDemo(sub.orm.em.fork());
    if (result.seeded) written[def.name] = result.counts ?? {};
  }
  return written;
}
