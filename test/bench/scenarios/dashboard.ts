import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Agent } from 'node:http';
import { post } from '../lib/load.js';
import { percentile } from '../lib/stats.js';

/** The staff portal's monitoring operation, read from its source so the benchmark measures exactly what the page sends. */
export function dashboardQuery(root: string): string {
  const source = readFileSync(join(root, 'portals/staff/src/features/monitoring/monitoring-query.ts'), 'utf8');
  const match = /graphql\(`([\s\S]*?)`\)/.exec(source);
  if (!match?.[1]) throw new Error('monitoring query not found');
  return match[1];
}

export interface DashboardTiming {
  p50: number;
  p99: number;
  registrations: number;
  placements: number;
}

/**
 * The year dashboard (every report of the monitoring page, one federated query) through the gateway:
 * `runs` sequential loads after warm-up, for the 365 days up to today over the whole area.
 */
export async function dashboardLatency(root: string, gatewayUrl: string, token: string, agent: Agent, runs = 20): Promise<DashboardTiming> {
  const today = new Date();
  const from = new Date(today.getTime() - 364 * 86_400_000).toISOString().slice(0, 10);
  const to = today.toISOString().slice(0, 10);
  const variables = {
    from,
    to,
    municipalityCode: null,
    district: null,
    fromYear: Number(from.slice(0, 4)),
    toYear: Number(to.slice(0, 4)),
  };
  const body = JSON.stringify({ query: dashboardQuery(root), variables });
  const headers = { authorization: `Bearer ${token}` };
  let registrations = 0;
  let placements = 0;
  for (let i = 0; i < 3; i++) await post({ url: gatewayUrl, body, headers }, agent);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await post({ url: gatewayUrl, body, headers }, agent);
    samples.push(performance.now() - t0);
    if (!r.ok) throw new Error(`dashboard failed: ${r.body.slice(0, 300)}`);
    const data = (
      JSON.parse(r.body) as { data: { peopleReport: { registrations: number }; companiesPlacementReport: { placements: number } } }
    ).data;
    registrations = data.peopleReport.registrations;
    placements = data.companiesPlacementReport.placements;
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), registrations, placements };
}
