import { MUNICIPALITIES, haversineKm } from '@ixl/territory';
import { pgTextArray } from '../pg-array.js';
import { MATCH_WEIGHTS as W } from './score-formula.js';

/** What the ranking query needs from a vacancy. */
export interface MatchQueryInput {
  vacancyId: string;
  lat: number;
  lon: number;
  maxDistanceKm: number;
  requiredSkills: string[];
  niceToHaveSkills: string[];
  /** Vocabulary concept of each required skill, same order ('' or missing: the text maps to none). */
  requiredConcepts?: string[];
  /** Vocabulary concept of each nice-to-have skill, same order. */
  niceConcepts?: string[];
  occupationCode: string | null;
  italianRank: number;
  drivingLicenceRequired: boolean;
  ownVehicleRequired: boolean;
  shifts: string[];
  hoursPerWeek: number | null;
  contractType: string | null;
  limit: number;
  /** Score one person only (when proposing): still subject to the pool filters. */
  onlyBeneficiaryId?: string;
  /**
   * Only people with every (`EVERY`) or at least one (`SOME`) of the required skills: the tiers of `rankedRows`.
   * `ALL`: every required and every nice-to-have skill (the top tier ranks these people apart).
   */
  requiredSkillTier?: 'EVERY' | 'SOME' | 'ALL';
  /**
   * The top tier of `rankedRows`: only the first `scan` people of the pool living in `municipalityCode` (the one
   * nearest the workplace), in beneficiary id order, and of them only those whose total is at least `minTotal`.
   */
  top?: { municipalityCode: string; minTotal: number; scan: number };
}

/** One ranked row as the query returns it (snake_case columns). */
export interface MatchRow {
  beneficiary_id: string;
  first_name: string;
  last_initial: string;
  municipality_code: string | null;
  italian_level: string | null;
  italian_rank: number;
  available_hours_per_week: number | null;
  cv_share_consent: boolean;
  km: number;
  matched_req: string[];
  missing_req: string[];
  matched_nice: string[];
  matched_shifts: string[];
  missing_shifts: string[];
  contract_fit: boolean;
  p_req: number;
  p_nice: number;
  p_italian: number;
  p_distance: number;
  p_availability: number;
  p_contract: number;
  total: number;
}

const KM_PER_DEG_LAT = 111.2;

/**
 * What the top tier reads of a person: the key and the included columns of `matching_profile_pool_municipality_idx`
 * (migration 20261203130000), so that its scan can be index-only.
 */
export const TOP_TIER_COLUMNS = [
  'municipality_code',
  'beneficiary_id',
  'lat',
  'lon',
  'skills',
  'concepts',
  'occupations',
  'italian_rank',
  'available_hours_per_week',
  'shifts',
  'contract_wishes',
  'driving_licence',
  'own_vehicle',
] as const;

/**
 * Pre-filter (indexed) then score, in one statement, `LIMIT`ed. Every value is a bound parameter:
 * `p()` leaves a numbered marker, turned into positional `?` in textual order at the end.
 */
export function buildMatchQuery(q: MatchQueryInput): { sql: string; params: unknown[] } {
  const values: unknown[] = [];
  const p = (value: unknown, cast = '') => {
    values.push(value);
    return `$$${values.length - 1}$$${cast}`;
  };
  const dLat = q.maxDistanceKm / KM_PER_DEG_LAT;
  const dLon = q.maxDistanceKm / (KM_PER_DEG_LAT * Math.max(0.1, Math.cos((q.lat * Math.PI) / 180)));
  const anySkills = [...q.requiredSkills, ...q.niceToHaveSkills];
  // A skill is met by its text (as before the vocabulary) or by its vocabulary concept: the person's `concepts`
  // hold each skill's concept and every broader one, so a narrower skill meets a broader requirement.
  const reqConcepts = q.requiredSkills.map((_, i) => q.requiredConcepts?.[i] ?? '');
  const niceConcepts = q.niceToHaveSkills.map((_, i) => q.niceConcepts?.[i] ?? '');
  const anyConcepts = [...new Set([...reqConcepts, ...niceConcepts].filter(Boolean))];
  const skillFilter: string[] = [];
  // A tier implies the "any skill" condition: one GIN test instead of two.
  const allConcepts = [...reqConcepts, ...niceConcepts];
  // `ALL` without any skill is the pool itself.
  const tier =
    q.requiredSkillTier === 'ALL' ? (anySkills.length ? 'ALL' : undefined) : q.requiredSkills.length ? q.requiredSkillTier : undefined;
  // Every one of some skills, each met by its words or its concept. The planner would read one skill's GIN
  // bitmap and check the others row by row; the GIN index on `skills || concepts` answers the conjunction in one
  // index scan (a superset: each skill's words or concept in either array), then the exact test applies.
  const everyOf = (items: string[], concepts: string[]) => {
    const prefilter = items
      .map((x, i) => `(m."skills" || m."concepts") && ${p(pgTextArray([x, concepts[i] ?? ''].filter(Boolean)), '::text[]')}`)
      .join(' and ');
    const exact = items
      .map((x, i) => {
        const c = concepts[i];
        const text = `m."skills" @> ${p(pgTextArray([x]), '::text[]')}`;
        return c ? `(${text} or m."concepts" @> ${p(pgTextArray([c]), '::text[]')})` : text;
      })
      .join(' and ');
    return `(${prefilter}) and (${exact})`;
  };
  if (tier === 'ALL') skillFilter.push(everyOf(anySkills, allConcepts));
  else if (tier === 'EVERY' && reqConcepts.some(Boolean)) skillFilter.push(everyOf(q.requiredSkills, reqConcepts));
  else if (tier) {
    skillFilter.push(`m."skills" ${tier === 'EVERY' ? '@>' : '&&'} ${p(pgTextArray(q.requiredSkills), '::text[]')}`);
    const some = [...new Set(reqConcepts.filter(Boolean))];
    if (tier === 'SOME' && some.length) skillFilter.push(`m."concepts" && ${p(pgTextArray(some), '::text[]')}`);
  } else {
    if (anySkills.length) skillFilter.push(`m."skills" && ${p(pgTextArray(anySkills), '::text[]')}`);
    if (anyConcepts.length) skillFilter.push(`m."concepts" && ${p(pgTextArray(anyConcepts), '::text[]')}`);
    if (q.occupationCode) skillFilter.push(`m."occupations" && ${p(pgTextArray([q.occupationCode]), '::text[]')}`);
  }

  // Distances are residence-municipality centroid to workplace (the profile's lat/lon are that centroid), so
  // they are computed here once per municipality within the radius, not once per person in SQL.
  const near = nearMunicipalities(q);
  const inPool = (a: string) =>
    `${a}."erased" = false and ${a}."profile" = 'IN_TARGET' and ${a}."readiness" = 'PRONTO' and ${a}."status" in ('IN_TARGET', 'ACTIVE')`;
  // The top tier reads the nearest municipality's people in beneficiary id order and stops after `scan` of
  // them; the other filters then apply to that prefix. It reads only what the pool's btree on (municipality,
  // id) includes (an index-only scan); the names come from the table for the rows returned.
  const source = q.top
    ? `(select ${TOP_TIER_COLUMNS.map((c) => `m0."${c}"`).join(', ')} from "companies"."matching_profile" m0
        where ${inPool('m0')} and m0."municipality_code" = ${p(q.top.municipalityCode, '::text')}
        order by m0."beneficiary_id" limit ${p(q.top.scan, '::int')})`
    : `"companies"."matching_profile"`;
  const pool = `select m.*, d.km
    from ${source} m
    join unnest(${p(pgTextArray(near.map((d) => d.code)), '::text[]')}, ${p(`{${near.map((d) => d.km).join(',')}}`, '::float8[]')}) as d(code, km) on d.code = m."municipality_code"
    where ${q.top ? 'true' : inPool('m')}
      and m."lat" between ${p(q.lat - dLat, '::float8')} and ${p(q.lat + dLat, '::float8')}
      and m."lon" between ${p(q.lon - dLon, '::float8')} and ${p(q.lon + dLon, '::float8')}
      ${q.drivingLicenceRequired ? 'and m."driving_licence"' : ''}
      ${q.ownVehicleRequired ? 'and m."own_vehicle"' : ''}
      ${skillFilter.length ? `and (${skillFilter.join(' or ')})` : ''}
      ${q.onlyBeneficiaryId ? `and m."beneficiary_id" = ${p(q.onlyBeneficiaryId, '::uuid')}` : ''}
      and not exists (select 1 from "companies"."candidate" c where c."vacancy_id" = ${p(q.vacancyId, '::uuid')} and c."beneficiary_id" = m."beneficiary_id")`;

  // Cheap counts for the score (one indexed array test per listed skill or shift, no subqueries), so the
  // whole pool is scored fast; the explanation arrays are built only for the rows that make the LIMIT.
  const countOf = (column: string, items: string[]) =>
    items.length ? items.map((x) => `(${p(x, '::text')} = any(f."${column}"))::int`).join(' + ') : '0';
  const countSkills = (items: string[], concepts: string[]) =>
    items.length
      ? items
          .map((x, i) => {
            const c = concepts[i];
            return c
              ? `(${p(x, '::text')} = any(pool."skills") or ${p(c, '::text')} = any(pool."concepts"))::int`
              : `(${p(x, '::text')} = any(pool."skills"))::int`;
          })
          .join(' + ')
      : '0';
  const facts = `select pool.*,
      ${countSkills(q.requiredSkills, reqConcepts)} as n_req,
      ${countSkills(q.niceToHaveSkills, niceConcepts)} as n_nice,
      ${countOf('shifts', q.shifts).replaceAll('f."', 'pool."')} as n_shifts,
      (${p(q.contractType, '::text')} is null or cardinality(pool."contract_wishes") = 0 or ${p(q.contractType, '::text')} = any(pool."contract_wishes")) as contract_fit
    from (${pool}) pool
    where pool.km <= ${p(q.maxDistanceKm, '::float8')}`;

  const nReq = q.requiredSkills.length;
  const nNice = q.niceToHaveSkills.length;
  const nShifts = q.shifts.length;
  const itRank = q.italianRank;
  const hours = q.hoursPerWeek;
  // float8 arithmetic throughout (numeric literals would make PostgreSQL compute in slow decimal).
  const fl = (n: number) => `${n}::float8`;
  const points = `select f.*,
      ${nReq ? `${fl(W.requiredSkills)} * f.n_req / ${nReq}` : `${fl(W.requiredSkills)}`} as p_req,
      ${nNice ? `${fl(W.niceToHaveSkills)} * f.n_nice / ${nNice}` : `${fl(W.niceToHaveSkills)}`} as p_nice,
      ${itRank > 0 ? `case when f."italian_rank" >= ${itRank} then ${fl(W.italian)} when f."italian_rank" = ${itRank - 1} and f."italian_rank" > 0 then ${fl(W.italian / 2)} else ${fl(0)} end` : `${fl(W.italian)}`} as p_italian,
      ${fl(W.distance)} * greatest(0::float8, 1 - f.km / ${p(q.maxDistanceKm, '::float8')}) as p_distance,
      (${nShifts ? `case when cardinality(f."shifts") = 0 then ${fl(W.availability / 4)} else ${fl(W.availability / 2)} * f.n_shifts / ${nShifts} end` : `${fl(W.availability / 2)}`}
       + ${hours ? `case when f."available_hours_per_week" is null then ${fl(W.availability / 4)} else ${fl(W.availability / 2)} * least(1::float8, f."available_hours_per_week"::float8 / ${hours}) end` : `${fl(W.availability / 2)}`}) as p_availability,
      case when f.contract_fit then ${fl(W.contract)} else ${fl(0)} end as p_contract
    from (${facts}) f`;

  const total = `(t.p_req + t.p_nice + t.p_italian + t.p_distance + t.p_availability + t.p_contract)`;
  const top = `select t.*, ${total} as total
    from (${points}) t
    ${q.top ? `where ${total} >= ${p(q.top.minTotal, '::float8')}` : ''}
    order by total desc, t.km asc, t."beneficiary_id" asc
    limit ${p(q.limit, '::int')}`;

  const req = p(pgTextArray(q.requiredSkills), '::text[]');
  const reqC = p(pgTextArray(reqConcepts), '::text[]');
  const nice = p(pgTextArray(q.niceToHaveSkills), '::text[]');
  const niceC = p(pgTextArray(niceConcepts), '::text[]');
  const vShifts = p(pgTextArray(q.shifts), '::text[]');
  const met = `(x = any(s."skills") or (c <> '' and c = any(s."concepts")))`;
  const named = q.top ? 'h' : 's';
  const sql = `select s."beneficiary_id", ${named}."first_name", ${named}."last_initial", s."municipality_code", ${named}."italian_level", s."italian_rank",
      s."available_hours_per_week", ${named}."cv_share_consent", s.km,
      array(select x from unnest(${req}, ${reqC}) with ordinality u(x, c, i) where ${met} order by i) as matched_req,
      array(select x from unnest(${p(pgTextArray(q.requiredSkills), '::text[]')}, ${p(pgTextArray(reqConcepts), '::text[]')}) with ordinality u(x, c, i) where not ${met} order by i) as missing_req,
      array(select x from unnest(${nice}, ${niceC}) with ordinality u(x, c, i) where ${met} order by i) as matched_nice,
      array(select x from unnest(${vShifts}) with ordinality u(x, i) where x = any(s."shifts") order by i) as matched_shifts,
      array(select x from unnest(${vShifts}) with ordinality u(x, i) where not (x = any(s."shifts")) order by i) as missing_shifts,
      s.contract_fit, s.p_req, s.p_nice, s.p_italian, s.p_distance, s.p_availability, s.p_contract, s.total
    from (${top}) s
    ${q.top ? 'join "companies"."matching_profile" h on h."beneficiary_id" = s."beneficiary_id"' : ''}
    order by s.total desc, s.km asc, s."beneficiary_id" asc`;
  return positional(sql, values);
}

/** `$$n$$` markers → positional `?` in textual order, with their values. */
function positional(sql: string, values: unknown[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const text = sql.replace(/\$\$(\d+)\$\$/g, (_, i: string) => {
    params.push(values[Number(i)]);
    return '?';
  });
  return { sql: text, params };
}

/** Municipalities whose centroid is within the vacancy's radius, with their distance (km), nearest first. */
export function nearMunicipalities(q: Pick<MatchQueryInput, 'lat' | 'lon' | 'maxDistanceKm'>): { code: string; km: number }[] {
  return MUNICIPALITIES.map((m) => ({ code: m.istatCode, km: haversineKm(q, m) }))
    .filter((d) => d.km <= q.maxDistanceKm)
    .sort((a, b) => a.km - b.km);
}
