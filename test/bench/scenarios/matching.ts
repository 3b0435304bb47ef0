import type { Agent } from 'node:http';
import pg from 'pg';
import { buildMatchQuery, type MatchQueryInput } from '@ixl/companies';
import { findMunicipality } from '@ixl/territory';
import { post } from '../lib/load.js';
import { percentile } from '../lib/stats.js';

/** matchCandidates latency through the gateway: `runs` sequential calls after warm-up. */
export async function matchingLatency(
  gatewayUrl: string,
  token: string,
  vacancyId: string,
  agent: Agent,
  runs = 40,
): Promise<{ p50: number; p99: number; candidates: number }> {
  const body = JSON.stringify({
    query: 'query($v: ID!) { matchCandidates(vacancyId: $v, limit: 20) { beneficiaryId score } }',
    variables: { v: vacancyId },
  });
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

/**
 * EXPLAIN ANALYZE of the ranking statements `matchCandidates` runs for a vacancy (read back from the
 * database): the first tier (people with every required skill) and the whole pool it falls back to.
 */
export async function matchingPlans(dbUrl: string, vacancyId: string, limit = 20): Promise<{ tier: string; plan: string }[]> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const { rows } = await c.query(
      `select municipality_code, max_distance_km, required_skills, nice_to_have_skills, occupation_code, driving_licence_required, own_vehicle_required, shifts, hours_per_week, contract_type
       from companies.vacancy where id = $1`,
      [vacancyId],
    );
    const v = rows[0] as Record<string, unknown>;
    const site = findMunicipality(String(v.municipality_code));
    if (!site) throw new Error('benchmark vacancy without a known municipality');
    const input: MatchQueryInput = {
      vacancyId,
      lat: site.lat,
      lon: site.lon,
      maxDistanceKm: Number(v.max_distance_km),
      requiredSkills: v.required_skills as string[],
      niceToHaveSkills: v.nice_to_have_skills as string[],
      occupationCode: (v.occupation_code as string | null) ?? null,
      italianRank: 0 /* the benchmark vacancies set no Italian level */,
      drivingLicenceRequired: Boolean(v.driving_licence_required),
      ownVehicleRequired: Boolean(v.own_vehicle_required),
      shifts: v.shifts as string[],
      hoursPerWeek: (v.hours_per_week as number | null) ?? null,
      contractType: (v.contract_type as string | null) ?? null,
      limit,
    };
    const plans: { tier: string; plan: string }[] = [];
    const tiers: [string, MatchQueryInput][] = [
      ['first tier: every required skill', { ...input, requiredSkillTier: 'EVERY' }],
      ['second tier: at least one required skill', { ...input, requiredSkillTier: 'SOME' }],
      ['whole pool', input],
    ];
    for (const [tier, q] of tiers) {
      const { sql, params } = buildMatchQuery(q);
      let i = 0;
      const r = await c.query(`explain (analyze, buffers, format text) ${sql.replace(/\?/g, () => `$${++i}`)}`, params);
      // The sort keys repeat the whole score expression: left out for reading.
      plans.push({
        tier,
        plan: r.rows
          .map((row: Record<string, string>) => row['QUERY PLAN'])
          .filter((l) => !/^\s*Sort Key:/.test(l ?? ''))
          .join('\n'),
      });
    }
    return plans;
  } finally {
    await c.end();
  }
}
