import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Agent } from 'node:http';
import type { Caller } from '@ixl/auth';
import { post } from '../lib/load.js';
import { percentile } from '../lib/stats.js';
import { settle } from '../lib/cpu.js';
import { readFileSync, readdirSync } from 'node:fs';
import type { FromClients, ToClients } from './fanout-clients.js';

/** CPU time (ms) a process's threads have run so far (/proc/<pid>/task/<tid>/schedstat, nanoseconds). */
function runMs(pid: number | undefined): number {
  if (!pid) return 0;
  let ns = 0;
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`))
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    // gone
  }
  return ns / 1e6;
}

/** The PostgreSQL processes this bench process started (its postmaster's children included). */
function postgresPids(): number[] {
  const ppidOf = (pid: string) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      return -1;
    }
  };
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const masters = all.filter((d) => ppidOf(d) === process.pid && readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'postgres');
  return all.filter((d) => masters.includes(d) || masters.map(Number).includes(ppidOf(d))).map(Number);
}

/** Milliseconds since the epoch from the machine's clock, as the client processes stamp receipts. */
const now = () => performance.timeOrigin + performance.now();

interface ClientProcess {
  child: ChildProcess;
  delivered: number;
  /** Its clock minus ours (ms), measured by IPC round trips; subtracted from its receipt stamps. */
  offset: number;
  next<T extends FromClients['type']>(type: T): Promise<Extract<FromClients, { type: T }>>;
  send(m: ToClients): void;
}

function startClientProcess(): ClientProcess {
  // With IXL_BENCH_CLIENT_PROFILE_DIR each client process writes a V8 CPU profile there when it stops.
  const profileDir = process.env.IXL_BENCH_CLIENT_PROFILE_DIR;
  const execArgv = [...process.execArgv, ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [])];
  const child = fork(join(import.meta.dirname, 'fanout-clients.ts'), [], { execArgv, stdio: 'inherit' });
  const waiting = new Map<string, (m: FromClients) => void>();
  const proc: ClientProcess = {
    child,
    delivered: 0,
    offset: 0,
    next: (type) =>
      new Promise((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`fan-out client process: no ${type} in 120 s`)), 120_000);
        waiting.set(type, (m) => (clearTimeout(timer), ok(m as never)));
      }),
    send: (m) => child.send(m),
  };
  child.on('message', (m: FromClients) => {
    if (m.type === 'delivered') proc.delivered = m.delivered;
    const w = waiting.get(m.type);
    if (w) {
      waiting.delete(m.type);
      w(m);
    }
  });
  return proc;
}

export interface FanOutResult {
  p50: number;
  p99: number;
  delivered: number;
  expected: number;
  /** After each client process's stamps are corrected by its measured offset, how far off they may still be (ms). */
  clockSkewMs: number;
  /** Per event, its first receipt (from the post) and its spread (last receipt - first): median and largest over the events. */
  first: { median: number; max: number };
  spread: { median: number; max: number };
  /** Per event, from just before the mutation is sent to its answer: median and largest over the events. */
  answered: { median: number; max: number };
  /** Per event in posting order: its mutation's answer, first and last receipt (ms from the post). */
  events: { answered: number; first: number; last: number }[];
}

/**
 * Event-to-client latency with `subscribers` graphql-ws clients, through the gateway or straight to the
 * owning subgraph: each event is a vacancy posted through `gatewayUrl`; latency = from just before the
 * mutation is sent to the moment each client receives it. The clients live in `clientProcesses` forked
 * node processes (not in this one, which posts the events), spread evenly over `wsUrls`; both sides stamp
 * with `performance.timeOrigin + performance.now()` (the machine's clock, in ms since the epoch), and the
 * difference between the clocks is checked with IPC round trips (`clockSkewMs`). Before each event the
 * given processes (stack, gateways, client processes) are let go idle: what the previous vacancy set off,
 * e.g. its offer-alert mails, is not billed to the next delivery.
 */
export async function fanOut(opts: {
  wsUrls: string[];
  direct: boolean;
  subscribers: number;
  events: number;
  gatewayUrl: string;
  token: string;
  caller: Caller;
  internalSecret: string;
  companyId: string;
  agent: Agent;
  clientProcesses: number;
  /** Processes let go idle before each event (the stack, and any gateway processes). */
  idlePids?: (number | undefined)[];
}): Promise<FanOutResult> {
  const label = `${opts.subscribers} ${opts.direct ? 'direct' : `through ${opts.wsUrls.length} gateway(s)`}`;
  const procs = Array.from({ length: opts.clientProcesses }, startClientProcess);
  try {
    // Clients spread evenly: process p holds the global indexes [first, first + count).
    const share = Math.ceil(opts.subscribers / procs.length);
    const connected = await Promise.all(
      procs.map((p, i) => {
        const first = i * share;
        const count = Math.max(0, Math.min(share, opts.subscribers - first));
        const reply = p.next('connected');
        p.send({
          type: 'start',
          urls: opts.wsUrls,
          first,
          count,
          direct: opts.direct,
          token: opts.token,
          caller: opts.caller,
          internalSecret: opts.internalSecret,
          query: 'subscription { vacancyPosted { id title } }',
        });
        return reply;
      }),
    );
    const ok = connected.reduce((n, c) => n + c.connected, 0);
    const failed = connected.reduce((n, c) => n + c.failed, 0);
    console.error(`[bench] fanout ${label}: ${ok} connected, ${failed} failed (${procs.length} client processes)`);
    if (failed) throw new Error(`fan-out: ${failed} of ${opts.subscribers} clients could not connect`);
    // Every client is connected; its subscribe message follows on the same socket.
    await new Promise((r) => setTimeout(r, Math.max(1_500, Math.min(opts.subscribers, 2_000) * 3)));

    // The client processes' clocks against ours (both performance.timeOrigin + performance.now(), whose origin is
    // read from the wall clock when a process starts: a clock step between two starts shows up as an offset, once
    // seen at 326 ms). Their stamp lies inside our round trip: offset = their stamp - its middle, within half the
    // round trip; the tightest of 20 round trips per process, measured before the events and again after them.
    const measureOffset = async (p: ClientProcess) => {
      let best = { offset: 0, halfRtt: Number.POSITIVE_INFINITY };
      for (let k = 0; k < 20; k++) {
        const before = now();
        const reply = p.next('clock');
        p.send({ type: 'clock' });
        const { now: theirs } = await reply;
        const after = now();
        if ((after - before) / 2 < best.halfRtt) best = { offset: theirs - (before + after) / 2, halfRtt: (after - before) / 2 };
      }
      return best;
    };
    const offsetsBefore = new Map<ClientProcess, { offset: number; halfRtt: number }>();
    for (const p of procs) offsetsBefore.set(p, await measureOffset(p));

    const sentAt = new Map<string, number>();
    const answeredAt = new Map<string, number>();
    const idle = [...(opts.idlePids ?? []), ...procs.map((p) => p.child.pid)];
    const deliveredNow = () => procs.reduce((n, p) => n + p.delivered, 0);
    /** Posts one vacancy through `gatewayUrl` (stamped in `sentAt` and `answeredAt` under its title). */
    const postEvent = async (title: string) => {
      sentAt.set(title, now());
      const r = await post(
        {
          url: opts.gatewayUrl,
          body: JSON.stringify({
            query: 'mutation($i: PostVacancyInput!) { postVacancy(input: $i) { id } }',
            variables: {
              i: {
                companyId: opts.companyId,
                title,
                municipalityCode: '037006',
                openings: 1,
                requiredSkills: ['magazzino'],
                contractType: 'TEMPO_DETERMINATO',
                hoursPerWeek: 30,
                status: 'OPEN',
              },
            },
          }),
          headers: { authorization: `Bearer ${opts.token}` },
        },
        opts.agent,
      );
      answeredAt.set(title, now() - (sentAt.get(title) ?? 0));
      if (!r.ok) throw new Error(`postVacancy failed: ${r.body.slice(0, 300)}`);
    };
    // One warm-up event, not counted: the first mutation through a gateway process that has just started
    // (its first plan of the mutation, its first connection to the subgraph, code not yet optimised) took
    // 185-250 ms to be answered, before any fan-out, which made one event in ten a p99 outlier. Its
    // figures are logged; the measured events follow once every subscriber has received it.
    for (const pid of idle) await settle(pid);
    const warmUpTitle = `Fan-out ${opts.direct ? 'direct' : 'gateway'} warm-up ${Date.now()}`;
    await postEvent(warmUpTitle);
    const warmUpDeadline = Date.now() + 10_000;
    while (deliveredNow() < opts.subscribers && Date.now() < warmUpDeadline) await new Promise((r) => setTimeout(r, 50));
    const warmUp = { answered: answeredAt.get(warmUpTitle) ?? Number.NaN, delivered: deliveredNow() };
    sentAt.delete(warmUpTitle);
    answeredAt.delete(warmUpTitle);
    // Diagnostics (IXL_BENCH_FANOUT_CPU=1, not for the figures: sampling costs CPU): each process's CPU
    // time over each event, sampled every few ms from /proc (schedstat, ns), to see who runs when.
    const cpuGroups: Record<string, () => number[]> = {
      stack: () => [opts.idlePids?.[0] ?? 0],
      gateway: () => (opts.idlePids ?? []).slice(1).filter((p): p is number => !!p),
      clients: () => procs.map((p) => p.child.pid ?? 0),
      postgres: postgresPids,
    };
    const samples = new Map<string, { t: number; ms: Record<string, number> }[]>();
    const monoAt = new Map<string, number>();
    const sampleCpu = (title: string, pids: Record<string, number[]>) => {
      const list: { t: number; ms: Record<string, number> }[] = [];
      samples.set(title, list);
      const take = () => {
        const ms: Record<string, number> = {};
        for (const [g, ps] of Object.entries(pids)) ms[g] = ps.reduce((n, p) => n + runMs(p), 0);
        list.push({ t: now(), ms });
      };
      take();
      const timer = setInterval(take, 3);
      setTimeout(() => clearInterval(timer), 250);
    };
    for (let e = 0; e < opts.events; e++) {
      for (const pid of idle) await settle(pid);
      const title = `Fan-out ${opts.direct ? 'direct' : 'gateway'} ${e} ${Date.now()}`;
      if (process.env.IXL_BENCH_FANOUT_CPU) sampleCpu(title, Object.fromEntries(Object.entries(cpuGroups).map(([g, f]) => [g, f()])));
      // The monotonic clock of V8's CPU profiles (µs), to cut a profile (IXL_BENCH_PROFILE_DIR) by event.
      monoAt.set(title, Number(process.hrtime.bigint() / 1000n));
      await postEvent(title);
      await new Promise((res) => setTimeout(res, 300));
    }
    const expected = opts.subscribers * opts.events;
    const deadline = Date.now() + 10_000;
    while (deliveredNow() < expected + warmUp.delivered && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const latencies: number[] = [];
    const perEvent = new Map<string, { first: number; last: number }>();
    let delivered = 0;
    // Each receipt stamp is corrected by its process's offset (the mean of before and after); what is left is
    // bounded by half the round trip plus half the drift between the two measurements: the "clock check".
    let clockSkewMs = 0;
    let largestOffset = 0;
    for (const p of procs) {
      const before = offsetsBefore.get(p) ?? { offset: 0, halfRtt: 0 };
      const after = await measureOffset(p);
      p.offset = (before.offset + after.offset) / 2;
      clockSkewMs = Math.max(clockSkewMs, Math.max(before.halfRtt, after.halfRtt) + Math.abs(after.offset - before.offset) / 2);
      largestOffset = Math.max(largestOffset, Math.abs(p.offset));
    }
    for (const p of procs) {
      const reply = p.next('receipts');
      p.send({ type: 'collect' });
      const { receipts } = await reply;
      for (const [title, stamps] of Object.entries(receipts)) {
        const sent = sentAt.get(title);
        if (sent === undefined) continue;
        const seen = perEvent.get(title) ?? { first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY };
        for (const stamp of stamps) {
          const at = stamp - p.offset;
          latencies.push(at - sent);
          seen.first = Math.min(seen.first, at - sent);
          seen.last = Math.max(seen.last, at - sent);
        }
        perEvent.set(title, seen);
        delivered += stamps.length;
      }
    }
    console.error(
      `[bench] fanout ${label}: ${delivered}/${expected} delivered; client clocks off by up to ${largestOffset.toFixed(3)} ms, corrected to within ${clockSkewMs.toFixed(3)} ms`,
    );
    const firsts = [...perEvent.values()].map((e) => e.first);
    const spreads = [...perEvent.values()].map((e) => e.last - e.first);
    const answers = [...answeredAt.values()];
    const events = [...sentAt.keys()].map((title) => ({
      answered: answeredAt.get(title) ?? Number.NaN,
      first: perEvent.get(title)?.first ?? Number.NaN,
      last: perEvent.get(title)?.last ?? Number.NaN,
    }));
    console.error(
      `[bench] fanout ${label}: warm-up event (not counted): mutation answered in ${warmUp.answered.toFixed(1)} ms, ${warmUp.delivered}/${opts.subscribers} delivered; per event, mutation answered / first / last receipt ms: ${events
        .map((e) => `${e.answered.toFixed(1)}/${e.first.toFixed(1)}/${e.last.toFixed(1)}`)
        .join(' ')}`,
    );
    if (samples.size) {
      // CPU ms of each process group before the first receipt and between the first and last, per event.
      const at = (list: { t: number; ms: Record<string, number> }[], t: number, g: string) => {
        let best = list[0];
        for (const s of list) if (s.t <= t) best = s;
        return best?.ms[g] ?? 0;
      };
      const lines: string[] = [];
      for (const [title, list] of samples) {
        const sent = sentAt.get(title) ?? 0;
        const seen = perEvent.get(title);
        if (!seen || !list.length) continue;
        const parts = Object.keys(cpuGroups).map((g) => {
          const base = at(list, sent, g);
          const first = at(list, sent + seen.first, g);
          const last = at(list, sent + seen.last, g);
          return `${g} ${(first - base).toFixed(1)}+${(last - first).toFixed(1)}`;
        });
        lines.push(
          `  mono ${monoAt.get(title)} first ${seen.first.toFixed(1)} spread ${(seen.last - seen.first).toFixed(1)} ms; CPU ms before first + during spread: ${parts.join(', ')} (${list.length} samples)`,
        );
      }
      console.error(`[bench] fanout ${label}: CPU per event\n${lines.join('\n')}`);
    }
    return {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      delivered,
      expected,
      clockSkewMs,
      first: { median: percentile(firsts, 50), max: Math.max(...firsts) },
      spread: { median: percentile(spreads, 50), max: Math.max(...spreads) },
      answered: { median: percentile(answers, 50), max: Math.max(...answers) },
      events,
    };
  } finally {
    await Promise.all(
      procs.map(
        (p) =>
          new Promise<void>((ok) => {
            if (p.child.exitCode !== null || p.child.signalCode !== null) return ok();
            const force = setTimeout(() => p.child.kill('SIGKILL'), 10_000);
            p.child.once('exit', () => (clearTimeout(force), ok()));
            p.send({ type: 'dispose' });
          }),
      ),
    );
  }
}
