import type { Agent } from 'node:http';
import { post } from '../lib/load.js';
import { percentile } from '../lib/stats.js';

/** matchCandidates latency through the gateway: `runs` sequential calls after warm-up. */
export async function matchingLatency(gatewayUrl: string, token: string, vacancyId: string, agent: Agent, runs = 40): Promise<{ p50: number; p99: number; candidates: number }> {
  const body = JSON.stringify({ query: 'query($v: ID!) { matchCandidates(vacancyId: $v, limit: 20) { beneficiaryId score } }', variables: { v: vacancyId } });
  const headers = { authorization: `Bearer ${token}` };
  let candidates = 0;
  for (let i = 0; i < 5; i++) await post({ url: gatewayUrl, body, headers }, agent);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await post({ url: gatewayUrl, body, headers }, agent);
    samples.push(performance.now() - t0);
    if (!r.ok) throw new Error(`matchCandidates failed: ${r.body.slice(0, 300)}`);
    candidates = (JSON.parse(r.body) as { data: { matchCandidates: unknown[] } }).data.matchCandidates.length;
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), candidates };
}
