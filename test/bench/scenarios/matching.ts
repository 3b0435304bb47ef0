import type { Agent } from 'node:http';
import pg from 'pg';
import { rankedRows, type MatchQueryInput } from '@ixl/companies';
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
 * EXPLAIN ANALYZE of every statement `matchCandidates` runs for a vacancy (`rankedRows` itself, over a client
 * that explains each statement before running it), and which tier answered.
 */
export async function matchingPlans(
  dbUrl: string,
  vacancyId: string,
  limit = 20,
): Promise<{ answeredBy: string; plans: { statement: string; plan: string }[] }> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const { rows } = await c.query(
      `select municipality_code, max_distance_km, required_skills, nice_to_have_skills, required_concepts, nice_concepts, occupation_code,
         driving_licence_required, own_vehicle_required, shifts, hours_per_week, contract_type
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
      requiredConcepts: v.required_concepts as string[],
      niceConcepts: v.nice_concepts as string[],
      occupationCode: (v.occupation_code as string | null) ?? null,
      italianRank: 0 /* the benchmark vacancies set no Italian level */,
      drivingLicenceRequired: Boolean(v.driving_licence_required),
      ownVehicleRequired: Boolean(v.own_vehicle_required),
      shifts: v.shifts as string[],
      hoursPerWeek: (v.hours_per_week as number | null) ?? null,
      contractType: (v.contract_type as string | null) ?? null,
      limit,
    };
    const plans: { statement: string; plan: string }[] = [];
    const execute = async (sql: string, params: unknown[]) => {
      let i = 0;
      const text = sql.replace(/\?/g, () => `$${++i}`);
      const r = await c.query(`explain (analyze, buffers, format text) ${text}`, params);
      const statement = /m0\."municipality_code"/.test(sql)
        ? 'top tier: nearest municipality in id order'
        : 'a skill tier (GIN) or the whole pool';
      plans.push({
        statement,
        // Sort keys and the top tier's total filter repeat the whole score expression: cut for reading.
        plan: r.rows
          .map((row: Record<string, string>) => row['QUERY PLAN'] ?? '')
          .filter((l) => !/^\s*Sort Key:/.test(l))
          .map((l) => (l.length > 240 ? `${l.slice(0, 240)} …` : l))
          .join('\n'),
      });
      return (await c.query(text, params)).rows;
    };
    const { answeredBy } = await rankedRows({ execute } as unknown as Parameters<typeof rankedRows>[0], input);
    return { answeredBy, plans };
  } finally {
    await c.end();
  }
}
