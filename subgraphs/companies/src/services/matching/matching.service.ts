import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { auditPersonalDataRead, badInput, notFound, requireStaff } from '@ixl/subgraph-kit';
import { findMunicipality } from '@ixl/territory';
import { CandidateMatch, ItalianFit, type VocabularyMatch } from '../../dto/match.types.js';
import { vocabularyIndex } from '../vocabulary.service.js';
import { CEFR_RANK, CompanyCefrLevel, WorkShift } from '../../entities/enums.js';
import { Vacancy } from '../../entities/vacancy.entity.js';
import { buildMatchQuery, nearMunicipalities, type MatchQueryInput, type MatchRow } from './matching.sql.js';
import {
  CEFR_BY_RANK,
  MATCH_FORMULA,
  bestScoreMissingARequiredSkill,
  skillPoints,
  maxTotal,
  explainComponents,
  italianFit,
  summarise,
  type ExplainInput,
} from './score-formula.js';

export const MAX_MATCH_LIMIT = 200;

/** What the ranking query needs from a vacancy (null when its workplace municipality is unknown). */
export function vacancyMatchInput(vacancy: Vacancy, limit: number, onlyBeneficiaryId?: string): MatchQueryInput | null {
  const site = findMunicipality(vacancy.municipalityCode);
  if (!site) return null;
  return {
    vacancyId: vacancy.id,
    lat: site.lat,
    lon: site.lon,
    maxDistanceKm: vacancy.maxDistanceKm,
    requiredSkills: vacancy.requiredSkills,
    niceToHaveSkills: vacancy.niceToHaveSkills,
    requiredConcepts: vacancy.requiredConcepts,
    niceConcepts: vacancy.niceConcepts,
    occupationCode: vacancy.occupationCode,
    italianRank: vacancy.italianLevel ? (CEFR_RANK[vacancy.italianLevel] ?? 0) : 0,
    drivingLicenceRequired: vacancy.drivingLicenceRequired,
    ownVehicleRequired: vacancy.ownVehicleRequired,
    shifts: vacancy.shifts,
    hoursPerWeek: vacancy.hoursPerWeek,
    contractType: vacancy.contractType,
    limit,
    ...(onlyBeneficiaryId ? { onlyBeneficiaryId } : {}),
  };
}

/** Ranks in-target, ready, active people for a vacancy with an explained score (staff only). */
export class MatchingService {
  constructor(private readonly em: EntityManager) {}

  async matchCandidates(caller: Caller, vacancyId: string, limit: number): Promise<CandidateMatch[]> {
    requireStaff(caller);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_MATCH_LIMIT)
      throw badInput('limit', 'MATCH_LIMIT_RANGE', { max: MAX_MATCH_LIMIT });
    const vacancy = await this.em.findOne(Vacancy, { id: vacancyId });
    if (!vacancy) throw notFound('VACANCY_NOT_FOUND');
    const matches = await this.rank(vacancy, limit);
    await auditPersonalDataRead(this.em, caller, {
      beneficiaryIds: matches.map((m) => m.beneficiaryId),
      action: 'LIST',
      detail: 'matchCandidates',
    });
    return matches;
  }

  /** The score of one person for a vacancy, or null when they are outside the matching pool. */
  async scoreOf(vacancy: Vacancy, beneficiaryId: string): Promise<number | null> {
    const [match] = await this.rank(vacancy, 1, beneficiaryId);
    return match?.score ?? null;
  }

  private async rank(vacancy: Vacancy, limit: number, onlyBeneficiaryId?: string): Promise<CandidateMatch[]> {
    const input = vacancyMatchInput(vacancy, limit, onlyBeneficiaryId);
    if (!input) throw badInput('vacancyId', 'VACANCY_WITHOUT_MUNICIPALITY');
    const { rows } = await rankedRows(this.em, input);
    const vocabulary = await vocabularyIndex(this.em);
    return rows.map((row) => toMatch(row, vacancy, input.italianRank, vocabulary.concepts));
  }
}

/**
 * The ranked rows for a vacancy, with top-k threshold pruning.
 *
 * 1. The top tier: nobody can score more than someone with every skill, full points elsewhere, living in the
 *    municipality nearest the workplace. The people of that municipality who score exactly that, in beneficiary id
 *    order, are the head of the ranking (same score, same distance, then id), so they are looked for among the
 *    first people of that municipality in id order (an index-only scan of the pool's btree on municipality and
 *    id, stopped early) instead of scoring the pool; the few with more skill points than the rest are ranked
 *    apart and merged in (`topTier`).
 * 2. People with every required skill, then people with at least one (GIN index: smaller sets than the whole
 *    pool). When the last of a tier's best `limit` scores strictly more than anyone outside the tier could
 *    score at most, no one else can enter the list and it is the answer.
 * 3. Otherwise the whole pool is ranked.
 * Each way answers the same as ranking the whole pool (test: matching-scale.int.spec.ts).
 */
export async function rankedRows(
  em: EntityManager,
  input: MatchQueryInput,
  options: { tiers: boolean } = { tiers: true },
): Promise<{ rows: MatchRow[]; answeredBy: 'TOP' | 'EVERY' | 'SOME' | 'POOL' }> {
  const run = async (q: MatchQueryInput) => {
    const { sql, params } = buildMatchQuery(q);
    return em.execute<MatchRow[]>(sql, params);
  };
  const required = input.requiredSkills.length;
  if (options.tiers && !input.onlyBeneficiaryId) {
    const rows = await topTier(input, run);
    if (rows) return { rows, answeredBy: 'TOP' };
  }
  if (options.tiers && !input.onlyBeneficiaryId && required > 0) {
    const tiers = [
      { tier: 'EVERY' as const, bound: bestScoreMissingARequiredSkill(required) },
      ...(required > 1 ? [{ tier: 'SOME' as const, bound: bestScoreMissingARequiredSkill(required, required) }] : []),
    ];
    for (const { tier, bound } of tiers) {
      const rows = await run({ ...input, requiredSkillTier: tier });
      const last = rows[input.limit - 1];
      if (last && Number(last.total) > bound) return { rows, answeredBy: tier };
    }
  }
  return { rows: await run(input), answeredBy: 'POOL' };
}

/** How many people of the nearest municipality the top tier reads at most (in id order). */
export const topTierScan = (limit: number) => Math.min(20_000, Math.max(2_000, limit * 250));

/**
 * The top tier (see `rankedRows`), or null when it cannot answer.
 *
 * Read first: the best `limit` people of the nearest municipality's first `topTierScan(limit)` (id order) whose
 * total reaches the lowest cap below. When they all score what someone with every skill would score there, no one
 * can beat them and they are the answer. Otherwise the few with more skill points are ranked apart, with a GIN
 * tier: people with every skill (`ALL`; the others then have at most one skill short), or with every required skill
 * (`EVERY`; the others then miss a required one). When the rows read all reach the best total the others can
 * have, the answer is the best `limit` of those rows and the tier's: anyone else scores less, or the same at the
 * same distance with a larger id. A cap reached by several counts of met skills is not used (ties could then
 * differ in the last bit of the total).
 */
async function topTier(input: MatchQueryInput, run: (q: MatchQueryInput) => Promise<MatchRow[]>): Promise<MatchRow[] | null> {
  const [nearest, next] = nearMunicipalities(input);
  if (!nearest || (next && next.km <= nearest.km)) return null;
  const required = input.requiredSkills.length;
  const nice = input.niceToHaveSkills.length;
  const every = skillPoints(required, required, nice, nice);
  // The best skill points of people outside each tier ranked apart, with the counts (met required, met nice)
  // such people can have.
  const outside = [
    ...(required + nice ? [{ tier: 'ALL' as const, counts: (r: number, n: number) => r < required || n < nice }] : []),
    ...(required ? [{ tier: 'EVERY' as const, counts: (r: number) => r < required }] : []),
  ].map(({ tier, counts }) => {
    const reachable: number[] = [];
    for (let r = 0; r <= required; r++) for (let n = 0; n <= nice; n++) if (counts(r, n)) reachable.push(skillPoints(r, required, n, nice));
    const cap = Math.max(...reachable);
    return { tier, cap, unique: reachable.filter((x) => Math.abs(x - cap) < 1e-9).length === 1 };
  });
  const total = (skills: number) => maxTotal(skills, nearest.km, input.maxDistanceKm) - 1e-9;
  const lowest = Math.min(every, ...outside.map((o) => o.cap));
  const rows = await run({
    ...input,
    top: { municipalityCode: nearest.code, minTotal: total(lowest), scan: topTierScan(input.limit) },
  });
  const last = rows[input.limit - 1];
  if (!last) return null;
  if (Number(last.total) >= total(every)) return rows;
  for (const { tier, cap, unique } of outside) {
    if (!unique || Number(last.total) < total(cap)) continue;
    const apart = await run({ ...input, requiredSkillTier: tier });
    const merged = new Map([...apart, ...rows].map((r) => [r.beneficiary_id, r]));
    return [...merged.values()].sort(byRank).slice(0, input.limit);
  }
  return null;
}

/** The ranking's order, as the SQL sorts: higher total, then shorter distance, then beneficiary id. */
export function byRank(a: MatchRow, b: MatchRow): number {
  return (
    Number(b.total) - Number(a.total) ||
    Number(a.km) - Number(b.km) ||
    (a.beneficiary_id < b.beneficiary_id ? -1 : a.beneficiary_id > b.beneficiary_id ? 1 : 0)
  );
}

/** The vacancy's skills in the vocabulary's words: each with its concept's label and whether the person has it. */
export function vocabularyMatches(
  row: Pick<MatchRow, 'matched_req' | 'matched_nice'>,
  vacancy: Pick<Vacancy, 'requiredSkills' | 'niceToHaveSkills' | 'requiredConcepts' | 'niceConcepts'>,
  concepts: ReadonlyMap<string, { label: string }>,
): VocabularyMatch[] {
  const one = (term: string, conceptId: string | undefined, required: boolean, matched: string[]): VocabularyMatch => ({
    term,
    conceptId: conceptId || null,
    conceptLabel: (conceptId && concepts.get(conceptId)?.label) || null,
    required,
    matched: matched.includes(term),
  });
  return [
    ...vacancy.requiredSkills.map((t, i) => one(t, vacancy.requiredConcepts[i], true, row.matched_req)),
    ...vacancy.niceToHaveSkills.map((t, i) => one(t, vacancy.niceConcepts[i], false, row.matched_nice)),
  ];
}

export function toMatch(
  row: MatchRow,
  vacancy: Vacancy,
  requiredRank: number,
  concepts: ReadonlyMap<string, { label: string }> = new Map(),
): CandidateMatch {
  const input: ExplainInput = {
    points: {
      requiredSkills: Number(row.p_req),
      niceToHaveSkills: Number(row.p_nice),
      italian: Number(row.p_italian),
      distance: Number(row.p_distance),
      availability: Number(row.p_availability),
      contract: Number(row.p_contract),
    },
    matchedSkills: row.matched_req,
    missingSkills: row.missing_req,
    matchedNiceToHave: row.matched_nice,
    italianFit: italianFit(row.italian_rank, requiredRank),
    italianLevel: row.italian_level,
    requiredItalianLevel: vacancy.italianLevel,
    distanceKm: Number(row.km),
    maxDistanceKm: vacancy.maxDistanceKm,
    matchedShifts: row.matched_shifts,
    missingShifts: row.missing_shifts,
    availableHoursPerWeek: row.available_hours_per_week,
    requiredHoursPerWeek: vacancy.hoursPerWeek,
    contractFit: row.contract_fit,
  };
  const score = Math.max(0, Math.min(100, Math.round(Number(row.total))));
  const level = (v: string | null) => (v && v in CompanyCefrLevel ? (v as CompanyCefrLevel) : null);
  return {
    beneficiaryId: row.beneficiary_id,
    beneficiary: { id: row.beneficiary_id },
    firstName: row.first_name,
    lastInitial: row.last_initial,
    municipalityCode: row.municipality_code,
    score,
    explanation: {
      matchedSkills: input.matchedSkills,
      missingSkills: input.missingSkills,
      matchedNiceToHave: input.matchedNiceToHave,
      italianLevel: level(row.italian_level ?? CEFR_BY_RANK[row.italian_rank] ?? null),
      requiredItalianLevel: vacancy.italianLevel,
      italianFit: ItalianFit[input.italianFit],
      distanceKm: Math.round(input.distanceKm * 10) / 10,
      maxDistanceKm: vacancy.maxDistanceKm,
      matchedShifts: row.matched_shifts as WorkShift[],
      missingShifts: row.missing_shifts as WorkShift[],
      availableHoursPerWeek: row.available_hours_per_week,
      requiredHoursPerWeek: vacancy.hoursPerWeek,
      contractFit: row.contract_fit,
      components: explainComponents(input),
      vocabularyMatches: vocabularyMatches(row, vacancy, concepts),
      formula: MATCH_FORMULA,
      summary: summarise(score, input),
    },
  };
}
