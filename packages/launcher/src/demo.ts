import type { RunningStack } from './stack.js';
import { subgraphDefinitions } from './definitions.js';

/** Loads each subgraph's part of the demo data into empty schemas; returns what was written. */
export async function seedDemoData(stack: RunningStack): Promise<Record<string, Record<string, number>>> {
  const written: Record<string, Record<string, number>> = {};
  for (const def of await subgraphDefinitions()) {
    if (!def.seedDemo) continue;
    const sub = stack.subgraphs[def.name as keyof RunningStack['subgraphs']];
    if (!sub) throw new Error(`The demo data needs ${def.name} in this process (it runs elsewhere)`);
    const result = await def.seedDemo(sub.orm.em.fork());
    if (result.seeded) written[def.name] = result.counts ?? {};
  }
  return written;
}
