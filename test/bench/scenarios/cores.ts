import { readFileSync } from 'node:fs';
import { post, runLoad } from '../lib/load.js';
import { mergeResults, type LoadResult } from '../lib/stats.js';
import { cpuMs, settle } from '../lib/cpu.js';
import { rssMiB, type StackProcess } from '../lib/stack-process.js';
import type { PortalQuery } from './gateway-overhead.js';

export type Layout = 'one process' | 'per-service';

export interface CoresRow {
  query: string;
  concurrency: number;
  layout: Layout;
  result: LoadResult;
  /** CPU (ms) all of the layout's processes spent per answered request. */
  cpuMsPerRequest: number;
}

/** A process and its descendants (the launcher and, per service, the subgraph processes it started). */
export function processTree(pid: number | undefined): number[] {
  if (!pid) return [];
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    children = [];
  }
  return [pid, ...children.flatMap(processTree)];
}

const treeCpu = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
export const treeRss = (pids: number[]) => pids.reduce((sum, pid) => sum + rssMiB(pid), 0);

/**
 * "Both cores": the same portal queries through two stacks over the same database, one running the five
 * subgraphs and the gateway on one event loop (`IXL_PROCESSES=one`), one with each subgraph in its own
 * process (`per-service`). Distinct callers (no per-caller deduplication), A-B-B-A halves at each
 * concurrency, every process of both layouts idle before each run.
 */
export async function bothCores(opts: {
  queries: PortalQuery[];
  stacks: Record<Layout, StackProcess>;
  concurrencies: number[];
  seconds: number;
}): Promise<CoresRow[]> {
  const trees = {
    'one process': processTree(opts.stacks['one process'].child.pid),
    'per-service': processTree(opts.stacks['per-service'].child.pid),
  } satisfies Record<Layout, number[]>;
  const rows: CoresRow[] = [];
  for (const q of opts.queries) {
    const body = JSON.stringify({ query: q.query, variables: q.variables });
    const user = (worker: number) => q.distinct[worker % q.distinct.length] ?? q;
    const run = async (layout: Layout, concurrency: number, seconds: number) => {
      for (const pid of [...trees['one process'], ...trees['per-service']]) await settle(pid, 5_000);
      const url = opts.stacks[layout].gatewayUrl;
      let cpuAtStart = 0;
      const result = await runLoad(
        async (agent, worker) => (await post({ url, body, headers: { authorization: `Bearer ${user(worker).token}` } }, agent)).ok,
        concurrency,
        seconds,
        1,
        () => (cpuAtStart = treeCpu(trees[layout])),
      );
      const cpu = treeCpu(trees[layout]) - cpuAtStart;
      return { result, cpu };
    };
    for (const concurrency of opts.concurrencies) {
      console.error(`[bench] cores: ${q.name} @${concurrency}`);
      const half = opts.seconds / 2;
      const a1 = await run('one process', concurrency, half);
      const b1 = await run('per-service', concurrency, half);
      const b2 = await run('per-service', concurrency, half);
      const a2 = await run('one process', concurrency, half);
      for (const [layout, x, y] of [
        ['one process', a1, a2],
        ['per-service', b1, b2],
      ] as const) {
        const result = mergeResults(x.result, y.result);
        const answered = result.requests - result.errors;
        rows.push({ query: q.name, concurrency, layout, result, cpuMsPerRequest: answered ? (x.cpu + y.cpu) / answered : Number.NaN });
      }
    }
  }
  return rows;
}
