import { CALLER_HEADER, signCaller, type Caller } from '@ixl/auth';
import { captureFetches, directOperation } from '../lib/plan-capture.js';
import { post, runLoad } from '../lib/load.js';
import type { LoadResult } from '../lib/stats.js';

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
}): Promise<OverheadRow[]> {
  const rows: OverheadRow[] = [];
  for (const q of opts.queries) {
    const groups = await captureFetches(opts.supergraphSdl, opts.subgraphUrls, opts.internalSecret, q.caller, q.query, q.variables);
    const body = JSON.stringify({ query: q.query, variables: q.variables });
    const through = (url: string) => async (agent: import('node:http').Agent) => (await post({ url, body, headers: { authorization: `Bearer ${q.token}` } }, agent)).ok;
    // Hive Gateway knows nothing of our JWTs: the client hands it the signed caller our gateway would forward.
    const throughHive = (url: string) => async (agent: import('node:http').Agent) => (await post({ url, body, headers: { [CALLER_HEADER]: signCaller(q.caller, opts.internalSecret) } }, agent)).ok;
    const user = (worker: number) => q.distinct[worker % q.distinct.length] ?? q;
    const throughDistinct = (url: string) => async (agent: import('node:http').Agent, worker: number) => (await post({ url, body, headers: { authorization: `Bearer ${user(worker).token}` } }, agent)).ok;
    const throughHiveDistinct = (url: string) => async (agent: import('node:http').Agent, worker: number) => (await post({ url, body, headers: { [CALLER_HEADER]: signCaller(user(worker).caller, opts.internalSecret) } }, agent)).ok;
    console.error(`[bench] overhead: ${q.name}: ${groups.flat().length} plan fetches captured`);
    for (const concurrency of opts.concurrencies) {
      console.error(`[bench] overhead: ${q.name} @${concurrency}`);
      // Interleaved, so drift of the machine affects every variant alike.
      rows.push({ query: q.name, concurrency, variant: 'direct', result: await runLoad(directOperation(groups, opts.subgraphUrls, opts.internalSecret, q.caller), concurrency, opts.seconds), fetches: groups.flat().length });
      rows.push({ query: q.name, concurrency, variant: 'gateway', result: await runLoad(through(opts.gatewayUrl), concurrency, opts.seconds) });
      if (opts.hiveUrl) rows.push({ query: q.name, concurrency, variant: 'hive', result: await runLoad(throughHive(opts.hiveUrl), concurrency, opts.seconds) });
      rows.push({ query: q.name, concurrency, variant: 'gateway distinct', result: await runLoad(throughDistinct(opts.gatewayUrl), concurrency, opts.seconds) });
      if (opts.hiveUrl) rows.push({ query: q.name, concurrency, variant: 'hive distinct', result: await runLoad(throughHiveDistinct(opts.hiveUrl), concurrency, opts.seconds) });
    }
  }
  return rows;
}
