import { Agent, request } from 'node:http';
import { summarise, type LoadResult } from './stats.js';

export interface HttpCall {
  url: string;
  body: string;
  headers: Record<string, string>;
}

const agents = new Map<number, Agent>();
const agentFor = (concurrency: number) => {
  let a = agents.get(concurrency);
  if (!a) {
    a = new Agent({ keepAlive: true, maxSockets: concurrency * 4 });
    agents.set(concurrency, a);
  }
  return a;
};

/** One POST; resolves with the status (the body is read and checked for GraphQL errors). */
export function post(call: HttpCall, agent: Agent): Promise<{ status: number; ok: boolean; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(call.url);
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(call.body), ...call.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, ok: res.statusCode === 200 && !body.includes('"errors"'), body });
        });
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error(`no answer from ${call.url} within 15 s`)));
    req.on('error', reject);
    req.end(call.body);
  });
}

/**
 * Closed-loop load: `concurrency` workers each run `operation` back to back for `seconds`
 * (after `warmupSeconds` unmeasured). An operation may be several HTTP calls (a query plan).
 */
export async function runLoad(
  operation: (agent: Agent, worker: number) => Promise<boolean>,
  concurrency: number,
  seconds: number,
  warmupSeconds = 1,
  onMeasureStart?: () => void,
): Promise<LoadResult> {
  const agent = agentFor(concurrency);
  const startTimer = onMeasureStart ? setTimeout(onMeasureStart, warmupSeconds * 1000) : undefined;
  const latencies: number[] = [];
  let errors = 0;
  const warmupEnd = Date.now() + warmupSeconds * 1000;
  const end = warmupEnd + seconds * 1000;
  const worker = async (index: number) => {
    while (Date.now() < end) {
      const t0 = process.hrtime.bigint();
      let ok = false;
      try {
        ok = await operation(agent, index);
      } catch {
        ok = false;
      }
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (Date.now() <= warmupEnd) continue;
      if (ok) latencies.push(ms);
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  clearTimeout(startTimer);
  return summarise(latencies, errors, seconds);
}
