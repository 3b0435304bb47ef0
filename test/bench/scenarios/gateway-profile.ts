import WebSocket from 'ws';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { post, runLoad } from '../lib/load.js';
import type { LoadResult } from '../lib/stats.js';
import { root, startScript } from '../lib/stack-process.js';
import type { PortalQuery } from './gateway-overhead.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  ms: number;
  share: number;
}

export interface GatewayProfile {
  result: LoadResult;
  totalMs: number;
  /** Self time by where the code comes from (a package, our gateway, Node's internals, GC, idle). */
  byOrigin: ProfileShare[];
  /** The functions with the most self time. */
  topFunctions: ProfileShare[];
}

/** Where a frame's code comes from: the npm package, our workspace package, Node.js, or V8's own entries. */
export function originOf(url: string, functionName: string): string {
  if (!url) {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(program)') return 'V8 / native (program)';
    return functionName || 'native';
  }
  if (url.startsWith('node:')) {
    const mod = url.slice(5).split('/')[0] ?? url;
    return `node:${mod === 'internal' ? (url.slice(5).split('/')[1] ?? 'internal') : mod}`;
  }
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const ws = /\/(gateway|packages\/[^/]+|subgraphs\/[^/]+)\//.exec(url);
  return ws ? `ixl ${ws[1]}` : url;
}

/** Self time per origin and per function in a V8 CPU profile (`--cpu-prof`). */
export function summariseProfile(
  profile: CpuProfile,
  top = 20,
): { totalMs: number; byOrigin: ProfileShare[]; topFunctions: ProfileShare[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const origins = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalMs = 0;
  for (const [id, ms] of selfMs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const origin = originOf(url, functionName);
    if (origin === 'idle') continue;
    totalMs += ms;
    origins.set(origin, (origins.get(origin) ?? 0) + ms);
    const file = url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : '';
    const fn = `${functionName || '(anonymous)'} ${file ? `(${origin}: ${file})` : `(${origin})`}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  const shares = (m: Map<string, number>) =>
    [...m]
      .map(([name, ms]) => ({ name, ms, share: totalMs ? ms / totalMs : 0 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top);
  return { totalMs, byOrigin: shares(origins), topFunctions: shares(functions) };
}

/** A minimal Chrome DevTools Protocol session over the inspector's WebSocket. */
export async function inspectorSession(inspectPort: number) {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(targets[0]?.webSocketDebuggerUrl ?? '');
  await new Promise<void>((ok, fail) => (socket.once('open', () => ok()), socket.once('error', fail)));
  let next = 1;
  const pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  socket.on('message', (data: Buffer) => {
    const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: { message: string } };
    const p = msg.id === undefined ? undefined : pending.get(msg.id);
    if (!p || msg.id === undefined) return;
    pending.delete(msg.id);
    if (msg.error) p.fail(new Error(msg.error.message));
    else p.ok(msg.result);
  });
  return {
    send: <T>(method: string, params: Record<string, unknown> = {}) =>
      new Promise<T>((ok, fail) => {
        const id = next++;
        pending.set(id, { ok: ok as (v: unknown) => void, fail });
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}

/**
 * Where our gateway's CPU goes: a gateway process in front of the running subgraphs, warmed up with the
 * query, then profiled through its inspector (V8's sampling profiler, 100 µs) while it serves one portal
 * query with distinct callers for `seconds`; summarised by self time. Start-up and warm-up are not in it.
 */
export async function profileGateway(opts: {
  gatewayEnv: NodeJS.ProcessEnv;
  port: number;
  inspectPort: number;
  query: PortalQuery;
  concurrency: number;
  seconds: number;
}): Promise<GatewayProfile> {
  const gateway = await startScript(
    [`--inspect=127.0.0.1:${opts.inspectPort}`, join(root, 'gateway/dist/main.js')],
    { ...opts.gatewayEnv, PORT: String(opts.port), HOST: '127.0.0.1', IXL_METRICS_PORT: '0' },
    'gateway ready',
  );
  try {
    const url = `http://127.0.0.1:${opts.port}/graphql`;
    const body = JSON.stringify({ query: opts.query.query, variables: opts.query.variables });
    const user = (worker: number) => opts.query.distinct[worker % opts.query.distinct.length] ?? opts.query;
    const load = (seconds: number) =>
      runLoad(
        async (agent, worker) => (await post({ url, body, headers: { authorization: `Bearer ${user(worker).token}` } }, agent)).ok,
        opts.concurrency,
        seconds,
        0,
      );
    await load(3); // warm: plans cached, code optimised
    const session = await inspectorSession(opts.inspectPort);
    try {
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 100 });
      await session.send('Profiler.start');
      const result = await load(opts.seconds);
      const { profile } = await session.send<{ profile: CpuProfile }>('Profiler.stop');
      // IXL_BENCH_GATEWAY_PROFILE_DIR: the raw profile is kept there too (open it in Chrome DevTools for the call tree).
      if (process.env.IXL_BENCH_GATEWAY_PROFILE_DIR)
        writeFileSync(join(process.env.IXL_BENCH_GATEWAY_PROFILE_DIR, `gateway-${Date.now()}.cpuprofile`), JSON.stringify(profile));
      return { result, ...summariseProfile(profile) };
    } finally {
      session.close();
    }
  } finally {
    await gateway.stop();
  }
}
