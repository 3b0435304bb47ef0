import type { Caller } from '@ixl/auth';
import { captureFetches, directOperation } from '../lib/plan-capture.js';
import { post, runLoad } from '../lib/load.js';
import { mergeResults, type LoadResult } from '../lib/stats.js';
import { cpuMs, preemptions, settle } from '../lib/cpu.js';

export interface PortalQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  caller: Caller;
  token: string;
  /**
   * The same role and organisation as `caller`, one distinct user per worker: real portal traffic comes
   * from many people, so per-caller deduplication of identical in-flight queries cannot merge them.
   */
  distinct: { caller: Caller; token: string }[];
}

export interface OverheadRow {
  query: string;
  concurrency: number;
  /** `gateway`/`hive`: one caller for every worker; `… distinct`: one caller per worker. */
  variant: 'gateway' | 'hive' | 'direct' | 'gateway distinct' | 'hive distinct';
  result: LoadResult;
  fetches?: number;
  /** CPU (ms) the gateway process spent per answered request (not measured for direct calls). */
  gatewayCpuMsPerRequest?: number;
  /**
   * The subgraphs' process per answered request: its CPU (ms) and how often its threads were preempted.
   * The requests a gateway sends are the direct calls' bytes; what changes is the machine around the subgraphs.
   */
  stackCpuMsPerRequest?: number;
  stackPreemptionsPerRequest?: number;
}

/** Our gateway, Hive Gateway (when given) and the plan's subgraph fetches, side by side, same data. */
export async function gatewayOverhead(opts: {
  queries: PortalQuery[];
  gatewayUrl: string;
  hiveUrl?: string;
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  internalSecret: string;
  concurrencies: number[];
  seconds: number;
  /** Processes: the subgraphs (waited on until idle between runs), our gateway and Hive Gateway (CPU per request). */
  pids: { stack?: number; gateway?: number; hive?: number };
}): Promise<OverheadRow[]> {
  const rows: OverheadRow[] = [];
  for (const q of opts.queries) {
    const groups = await captureFetches(opts.supergraphSdl, opts.subgraphUrls, opts.internalSecret, q.caller, q.query, q.variables);
    const body = JSON.stringify({ query: q.query, variables: q.variables });
    const through = (url: string) => async (agent: import('node:http').Agent) =>
      (await post({ url, body, headers: { authorization: `Bearer ${q.token}` } }, agent)).ok;
    // Hive Gateway knows nothing of our JWTs: the client names the caller our gateway would have verified
    // (`x-bench-caller`), and Hive signs it for each subgraph request, as ours does (test/bench/lib/hive-server.ts).
    const throughHive = (url: string) => async (agent: import('node:http').Agent) =>
      (await post({ url, body, headers: { 'x-bench-caller': JSON.stringify(q.caller) } }, agent)).ok;
    const user = (worker: number) => q.distinct[worker % q.distinct.length] ?? q;
    const throughDistinct = (url: string) => async (agent: import('node:http').Agent, worker: number) =>
      (await post({ url, body, headers: { authorization: `Bearer ${user(worker).token}` } }, agent)).ok;
    const throughHiveDistinct = (url: string) => async (agent: import('node:http').Agent, worker: number) =>
      (await post({ url, body, headers: { 'x-bench-caller': JSON.stringify(user(worker).caller) } }, agent)).ok;
    console.error(`[bench] overhead: ${q.name}: ${groups.flat().length} plan fetches captured`);
    for (const concurrency of opts.concurrencies) {
      console.error(`[bench] overhead: ${q.name} @${concurrency}`);
      // One measured run: the subgraphs idle first, and the CPU the serving gateway process spent.
      const run = async (operation: Parameters<typeof runLoad>[0], seconds: number, pid?: number) => {
        await settle(opts.pids.stack);
        let [cpu0, stack0, preempted0] = [Number.NaN, Number.NaN, Number.NaN];
        const result = await runLoad(operation, concurrency, seconds, 1, () => {
          cpu0 = cpuMs(pid);
          stack0 = cpuMs(opts.pids.stack);
          preempted0 = preemptions(opts.pids.stack);
        });
        return {
          result,
          cpu: cpuMs(pid) - cpu0,
          stackCpu: cpuMs(opts.pids.stack) - stack0,
          stackPreempted: preemptions(opts.pids.stack) - preempted0,
        };
      };
      // The same distinct callers as the gateway's run: a subgraph's per-caller work (authorisation lookups, audit)
      // weighs on both sides alike.
      const direct = directOperation(groups, opts.subgraphUrls, opts.internalSecret, (worker) => user(worker).caller);
      const ours = throughDistinct(opts.gatewayUrl);
      const hive = opts.hiveUrl ? throughHiveDistinct(opts.hiveUrl) : undefined;
      // The variants the targets compare run in two halves, in the order A B C C B A, so that drift of the
      // machine during the sequence weighs on each of them alike.
      const half = opts.seconds / 2;
      const d1 = await run(direct, half);
      const g1 = await run(ours, half, opts.pids.gateway);
      const h1 = hive ? await run(hive, half, opts.pids.hive) : undefined;
      const h2 = hive ? await run(hive, half, opts.pids.hive) : undefined;
      const g2 = await run(ours, half, opts.pids.gateway);
      const d2 = await run(direct, half);
      type Run = Awaited<ReturnType<typeof run>>;
      const perRequest = (runs: Run[], of: (r: Run) => number = (r) => r.cpu) =>
        runs.reduce((s, r) => s + of(r), 0) /
        Math.max(
          1,
          runs.reduce((s, r) => s + r.result.requests + r.result.errors, 0),
        );
      const stack = (runs: Run[]) => ({
        stackCpuMsPerRequest: perRequest(runs, (r) => r.stackCpu),
        stackPreemptionsPerRequest: perRequest(runs, (r) => r.stackPreempted),
      });
      rows.push({
        query: q.name,
        concurrency,
        variant: 'direct',
        result: mergeResults(d1.result, d2.result),
        fetches: groups.flat().length,
        ...stack([d1, d2]),
      });
      rows.push({
        query: q.name,
        concurrency,
        variant: 'gateway distinct',
        result: mergeResults(g1.result, g2.result),
        gatewayCpuMsPerRequest: perRequest([g1, g2]),
        ...stack([g1, g2]),
      });
      if (h1 && h2)
        rows.push({
          query: q.name,
          concurrency,
          variant: 'hive distinct',
          result: mergeResults(h1.result, h2.result),
          gatewayCpuMsPerRequest: perRequest([h1, h2]),
          ...stack([h1, h2]),
        });
      // One caller for every worker (shown, not judged): identical queries in flight can share subgraph calls.
      const same = await run(through(opts.gatewayUrl), opts.seconds, opts.pids.gateway);
      rows.push({
        query: q.name,
        concurrency,
        variant: 'gateway',
        result: same.result,
        gatewayCpuMsPerRequest: same.cpu / Math.max(1, same.result.requests),
        ...stack([same]),
      });
      if (opts.hiveUrl) {
        const sameHive = await run(throughHive(opts.hiveUrl), opts.seconds, opts.pids.hive);
        rows.push({
          query: q.name,
          concurrency,
          variant: 'hive',
          result: sameHive.result,
          gatewayCpuMsPerRequest: sameHive.cpu / Math.max(1, sameHive.result.requests),
          ...stack([sameHive]),
        });
      }
    }
  }
  return rows;
}
