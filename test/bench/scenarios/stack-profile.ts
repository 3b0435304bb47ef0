import { readFileSync } from 'node:fs';
import { captureFetches, directOperation } from '../lib/plan-capture.js';
import { post, runLoad } from '../lib/load.js';
import type { LoadResult } from '../lib/stats.js';
import { cpuMs, settle } from '../lib/cpu.js';
import { inspectorSession, summariseProfile, type CpuProfile, type ProfileShare } from './gateway-profile.js';
import type { PortalQuery } from './gateway-overhead.js';

export interface StackProfileRow {
  variant: 'direct' | 'gateway distinct';
  result: LoadResult;
  /** CPU (ms, from /proc) per answered request: the stack (subgraphs) process and our gateway's. */
  stackCpuMsPerRequest: number;
  gatewayCpuMsPerRequest: number;
  /** Share of the machine's CPUs busy during the run (all processes, from /proc/stat). */
  machineBusy: number;
  /** The stack's profile: self time per request (idle excluded), by origin and by function. */
  profileMsPerRequest: number;
  byOrigin: ProfileShare[];
  topFunctions: ProfileShare[];
}

/** Busy and total jiffies of all CPUs so far (/proc/stat). */
function machineTicks(): { busy: number; total: number } {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
  const total = cpu.reduce((s, x) => s + x, 0);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * The subgraphs' side of the overhead rows: the stack process profiled through its inspector (100 µs
 * sampling) while it serves one portal query's plan fetches, once replayed directly and once through our
 * gateway, with the same 64 distinct callers; per answered request: the stack's CPU, the gateway's, and
 * where the stack's self time goes. The order is direct, gateway, gateway, direct (halves merged).
 */
export async function profileStack(opts: {
  query: PortalQuery;
  gatewayUrl: string;
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  internalSecret: string;
  concurrency: number;
  seconds: number;
  inspectPort: number;
  pids: { stack?: number; gateway?: number };
}): Promise<StackProfileRow[]> {
  const q = opts.query;
  const groups = await captureFetches(opts.supergraphSdl, opts.subgraphUrls, opts.internalSecret, q.caller, q.query, q.variables);
  const body = JSON.stringify({ query: q.query, variables: q.variables });
  const user = (worker: number) => q.distinct[worker % q.distinct.length] ?? q;
  const variants = {
    direct: directOperation(groups, opts.subgraphUrls, opts.internalSecret, (worker) => user(worker).caller),
    'gateway distinct': async (agent: import('node:http').Agent, worker: number) =>
      (await post({ url: opts.gatewayUrl, body, headers: { authorization: `Bearer ${user(worker).token}` } }, agent)).ok,
  } as const;
  const session = await inspectorSession(opts.inspectPort);
  const runs: Record<
    string,
    { result: LoadResult; stack: number; gateway: number; busy: number; total: number; profiles: CpuProfile[] }[]
  > = {};
  try {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    for (const name of ['direct', 'gateway distinct', 'gateway distinct', 'direct'] as const) {
      await runLoad(variants[name], opts.concurrency, 1, 0); // warm: connections open, code optimised
      await settle(opts.pids.stack);
      const s0 = cpuMs(opts.pids.stack);
      const g0 = cpuMs(opts.pids.gateway);
      const m0 = machineTicks();
      await session.send('Profiler.start');
      const result = await runLoad(variants[name], opts.concurrency, opts.seconds / 2, 0);
      const { profile } = await session.send<{ profile: CpuProfile }>('Profiler.stop');
      const m1 = machineTicks();
      (runs[name] ??= []).push({
        result,
        stack: cpuMs(opts.pids.stack) - s0,
        gateway: cpuMs(opts.pids.gateway) - g0,
        busy: m1.busy - m0.busy,
        total: m1.total - m0.total,
        profiles: [profile],
      });
    }
  } finally {
    session.close();
  }
  return (['direct', 'gateway distinct'] as const).map((variant) => {
    const rs = runs[variant] ?? [];
    const answered = Math.max(
      1,
      rs.reduce((s, r) => s + r.result.requests, 0),
    );
    const latencies = rs.flatMap((r) => r.result.latencies);
    const merged: LoadResult = {
      requests: latencies.length,
      errors: rs.reduce((s, r) => s + r.result.errors, 0),
      seconds: rs.reduce((s, r) => s + r.result.seconds, 0),
      rps:
        latencies.length /
        Math.max(
          1e-9,
          rs.reduce((s, r) => s + r.result.seconds, 0),
        ),
      p50: [...latencies].sort((a, b) => a - b)[Math.floor(latencies.length / 2)] ?? Number.NaN,
      p99: [...latencies].sort((a, b) => a - b)[Math.floor(latencies.length * 0.99)] ?? Number.NaN,
      latencies,
    };
    // One profile of both halves: samples and deltas concatenated (node ids are per profile, so summarise each and add).
    const summaries = rs.flatMap((r) => r.profiles.map((p) => summariseProfile(p, 1000)));
    const add = (pick: (s: ReturnType<typeof summariseProfile>) => ProfileShare[]) => {
      const m = new Map<string, number>();
      for (const s of summaries) for (const x of pick(s)) m.set(x.name, (m.get(x.name) ?? 0) + x.ms);
      const total = summaries.reduce((t, s) => t + s.totalMs, 0);
      return {
        total,
        list: [...m]
          .map(([name, ms]) => ({ name, ms: ms / answered, share: total ? ms / total : 0 }))
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 25),
      };
    };
    const origins = add((s) => s.byOrigin);
    const functions = add((s) => s.topFunctions);
    return {
      variant,
      result: merged,
      stackCpuMsPerRequest: rs.reduce((s, r) => s + r.stack, 0) / answered,
      gatewayCpuMsPerRequest: rs.reduce((s, r) => s + r.gateway, 0) / answered,
      machineBusy:
        rs.reduce((s, r) => s + r.busy, 0) /
        Math.max(
          1,
          rs.reduce((s, r) => s + r.total, 0),
        ),
      profileMsPerRequest: origins.total / answered,
      byOrigin: origins.list,
      topFunctions: functions.list,
    };
  });
}
