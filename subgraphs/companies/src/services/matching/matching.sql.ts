import { EARTH_RADIUS_KM } from '@ixl/territory';
import { pgTextArray } from '../../utils/pg-array.util.js';
import { MATCH_WEIGHTS as W } from './score-formula.js';

/** What the ranking query needs from a vacancy. */
export interface MatchQueryInput {
  vacancyId: string;
  lat: number;
  lon: number;
  maxDistanceKm: number;
  requiredSkills: string[];
  niceToHaveSkills: string[];
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
  const skillFilter: string[] = [];
  if (anySkills.length) skillFilter.push(`m."skills" && ${p(pgTextArray(anySkills), '::text[]')}`);
  if (q.occupationCode) skillFilter.push(`m."occupations" && ${p(pgTextArray([q.occupationCode]), '::text[]')}`);

  const pool = `select m.*,
      2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(power(sin(radians(m."lat" - ${p(q.lat, '::float8')}) / 2), 2)
        + cos(radians(${p(q.lat, '::float8')})) * cos(radians(m."lat")) * power(sin(radians(m."lon" - ${p(q.lon, '::float8')}) / 2), 2)))) as km
    from "companies"."matching_profile" m
    where m."erased" = false and m."profile" = 'IN_TARGET' and m."readiness" = 'PRONTO' and m."status" in ('IN_TARGET', 'ACTIVE')
      and m."lat" between ${p(q.lat - dLat, '::float8')} and ${p(q.lat + dLat, '::float8')}
      and m."lon" between ${p(q.lon - dLon, '::float8')} and ${p(q.lon + dLon, '::float8')}
      ${q.drivingLicenceRequired ? 'and m."driving_licence"' : ''}
      ${q.ownVehicleRequired ? 'and m."own_vehicle"' : ''}
      ${skillFilter.length ? `and (${skillFilter.join(' or ')})` : ''}
      ${q.onlyBeneficiaryId ? `and m."beneficiary_id" = ${p(q.onlyBeneficiaryId, '::uuid')}` : ''}
      and not exists (select 1 from "companies"."candidate" c where c."vacancy_id" = ${p(q.vacancyId, '::uuid')} and c."beneficiary_id" = m."beneficiary_id")`;

  const req = p(pgTextArray(q.requiredSkills), '::text[]');
  const nice = p(pgTextArray(q.niceToHaveSkills), '::text[]');
  const vShifts = p(pgTextArray(q.shifts), '::text[]');
  const facts = `select pool.*,
      array(select x from unnest(${req}) with ordinality u(x, i) where x = any(pool."skills") order by i) as matched_req,
      array(select x from unnest(${req}) with ordinality u(x, i) where not (x = any(pool."skills")) order by i) as missing_req,
      array(select x from unnest(${nice}) with ordinality u(x, i) where x = any(pool."skills") order by i) as matched_nice,
      array(select x from unnest(${vShifts}) with ordinality u(x, i) where x = any(pool."shifts") order by i) as matched_shifts,
      array(select x from unnest(${vShifts}) with ordinality u(x, i) where not (x = any(pool."shifts")) order by i) as missing_shifts,
      (${p(q.contractType, '::text')} is null or cardinality(pool."contract_wishes") = 0 or ${p(q.contractType, '::text')} = any(pool."contract_wishes")) as contract_fit
    from (${pool}) pool
    where pool.km <= ${p(q.maxDistanceKm, '::float8')}`;

  const nReq = q.requiredSkills.length;
  const nNice = q.niceToHaveSkills.length;
  const nShifts = q.shifts.length;
  const itRank = q.italianRank;
  const hours = q.hoursPerWeek;
  const points = `select f.*,
      ${nReq ? `${W.requiredSkills}.0 * cardinality(f.matched_req) / ${nReq}` : `${W.requiredSkills}.0`} as p_req,
      ${nNice ? `${W.niceToHaveSkills}.0 * cardinality(f.matched_nice) / ${nNice}` : `${W.niceToHaveSkills}.0`} as p_nice,
      ${itRank > 0 ? `case when f."italian_rank" >= ${itRank} then ${W.italian}.0 when f."italian_rank" = ${itRank - 1} and f."italian_rank" > 0 then ${W.italian / 2} else 0.0 end` : `${W.italian}.0`} as p_italian,
      ${W.distance}.0 * greatest(0, 1 - f.km / ${p(q.maxDistanceKm, '::float8')}) as p_distance,
      (${nShifts ? `case when cardinality(f."shifts") = 0 then ${W.availability / 4} else ${W.availability / 2}.0 * cardinality(f.matched_shifts) / ${nShifts} end` : `${W.availability / 2}.0`}
       + ${hours ? `case when f."available_hours_per_week" is null then ${W.availability / 4} else ${W.availability / 2}.0 * least(1, f."available_hours_per_week"::float8 / ${hours}) end` : `${W.availability / 2}.0`}) as p_availability,
      case when f.contract_fit then ${W.contract}.0 else 0.0 end as p_contract
    from (${facts}) f`;

  const sql = `select s."beneficiary_id", s."first_name", s."last_initial", s."municipality_code", s."italian_level", s."italian_rank",
      s."available_hours_per_week", s."cv_share_consent", s.km, s.matched_req, s.missing_req, s.matched_nice, s.matched_shifts, s.missing_shifts, s.contract_fit,
      s.p_req, s.p_nice, s.p_italian, s.p_distance, s.p_availability, s.p_contract,
      (s.p_req + s.p_nice + s.p_italian + s.p_distance + s.p_availability + s.p_contract) as total
    from (${points}) s
    order by total desc, s.km asc, s."beneficiary_id" asc
    limit ${p(q.limit, '::int')}`;
  const params: unknown[] = [];
  const positional = sql.replace(/\$\$(\d+)\$\$/g, (_, i: string) => {
    params.push(values[Number(i)]);
    return '?';
  });
  return { sql: positional, params };
}
