/**
 * The matching score (0–100): a weighted sum of six components, computed in SQL (matching.sql.ts)
 * and explained per candidate. Weights sum to 100.
 *
 * - requiredSkills   45 × matched required skills ÷ required skills (45 when none required)
 * - niceToHaveSkills 10 × matched nice-to-have ÷ nice-to-have (10 when none listed)
 * - italian          15 when the level meets the requirement (or none is set), 7.5 one level below, else 0
 * - distance         15 × (1 − km ÷ vacancy radius), residence-municipality centroid to the workplace (haversine)
 * - availability     10: 5 × vacancy shifts the person covers ÷ vacancy shifts (5 when none set; 2.5 when the
 *                    person declared no shifts) + 5 × min(1, available hours ÷ vacancy hours) (5 when no hours
 *                    set; 2.5 when the person declared none)
 * - contract          5 when the offered contract is among the person's wishes (or either side is unspecified)
 *
 * Pool (hard filters, in SQL before scoring): `profile = IN_TARGET`, `readiness = PRONTO`, status IN_TARGET or
 * ACTIVE, not erased, within the vacancy radius (bounding box on the pool index, then the residence
 * municipality among those whose centroid is within the radius; distances computed once per municipality), driving
 * licence / own vehicle when the vacancy requires them, at least one of the vacancy's skills or its
 * occupation (GIN indexes) when the vacancy lists any, and not already a candidate for the vacancy.
 * Ties: higher score, then shorter distance, then beneficiary id.
 * Speed: ranked in tiers (the top tier: people of the nearest municipality with the highest total anyone can
 * reach, in id order; then every required skill, then at least one, then the whole pool); a tier answers when
 * nobody outside it can rank higher, so the result is the whole pool's (matching.service.ts).
 */
export const MATCH_WEIGHTS = {
  requiredSkills: 45,
  niceToHaveSkills: 10,
  italian: 15,
  distance: 15,
  availability: 10,
  contract: 5,
} as const;

export type MatchComponentName = keyof typeof MATCH_WEIGHTS;

/**
 * The highest total a person missing at least `missing` of `required` required skills can reach (every
 * other component at its full weight): the bound behind the tiers of the ranking.
 */
export function bestScoreMissingARequiredSkill(required: number, missing = 1): number {
  const others = Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0) - MATCH_WEIGHTS.requiredSkills;
  return required > 0 ? (MATCH_WEIGHTS.requiredSkills * (required - Math.min(missing, required))) / required + others : others;
}

/** Required plus nice-to-have points of a person meeting `r` of `required` and `n` of `nice` skills, as the SQL computes them. */
export function skillPoints(r: number, required: number, n: number, nice: number): number {
  const req = required ? (MATCH_WEIGHTS.requiredSkills * r) / required : MATCH_WEIGHTS.requiredSkills;
  return req + (nice ? (MATCH_WEIGHTS.niceToHaveSkills * n) / nice : MATCH_WEIGHTS.niceToHaveSkills);
}

/** The highest total of a person with these skill points living `km` from the workplace (every other component full). */
export function maxTotal(skillPointsValue: number, km: number, maxDistanceKm: number): number {
  const W = MATCH_WEIGHTS;
  return skillPointsValue + W.italian + W.distance * Math.max(0, 1 - km / maxDistanceKm) + W.availability + W.contract;
}

export const MATCH_FORMULA =
  'score = 45×required skills matched share + 10×nice-to-have share + 15×Italian fit (1, 0.5 one level below, 0) + 15×(1 − km/radius) + 10×availability (shifts 5 + hours 5) + 5×contract wish fit';

/** CEFR rank → level label. */
export const CEFR_BY_RANK = ['', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'] as const;

export type ItalianFitValue = 'NOT_REQUIRED' | 'MEETS' | 'ONE_LEVEL_BELOW' | 'BELOW' | 'UNKNOWN';

/** Italian fit from CEFR ranks (0 = unknown), as the SQL scores it. */
export function italianFit(personRank: number, requiredRank: number): ItalianFitValue {
  if (requiredRank <= 0) return 'NOT_REQUIRED';
  if (personRank <= 0) return 'UNKNOWN';
  if (personRank >= requiredRank) return 'MEETS';
  return personRank === requiredRank - 1 ? 'ONE_LEVEL_BELOW' : 'BELOW';
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export interface ExplainInput {
  points: Record<MatchComponentName, number>;
  matchedSkills: string[];
  missingSkills: string[];
  matchedNiceToHave: string[];
  italianFit: ItalianFitValue;
  italianLevel: string | null;
  requiredItalianLevel: string | null;
  distanceKm: number;
  maxDistanceKm: number;
  matchedShifts: string[];
  missingShifts: string[];
  availableHoursPerWeek: number | null;
  requiredHoursPerWeek: number | null;
  contractFit: boolean;
}

/** One human-readable line per component, and the whole explanation as one sentence. */
export function explainComponents(e: ExplainInput): { name: MatchComponentName; weight: number; points: number; detail: string }[] {
  const req = e.matchedSkills.length + e.missingSkills.length;
  const detail: Record<MatchComponentName, string> = {
    requiredSkills: req
      ? `${e.matchedSkills.length}/${req} required skills${e.missingSkills.length ? `; missing: ${e.missingSkills.join(', ')}` : ''}`
      : 'no required skills',
    niceToHaveSkills: e.matchedNiceToHave.length
      ? `nice-to-have: ${e.matchedNiceToHave.join(', ')}`
      : 'no nice-to-have skills matched (or none listed)',
    italian: `Italian ${e.italianLevel ?? 'unknown'}${e.requiredItalianLevel ? ` vs required ${e.requiredItalianLevel}` : ''}: ${e.italianFit}`,
    distance: `${round1(e.distanceKm)} km from the workplace (radius ${e.maxDistanceKm} km)`,
    availability: `shifts ${e.matchedShifts.length ? e.matchedShifts.join(', ') : 'none matched'}${e.missingShifts.length ? ` (missing ${e.missingShifts.join(', ')})` : ''}; hours ${e.availableHoursPerWeek ?? 'not declared'}${e.requiredHoursPerWeek ? `/${e.requiredHoursPerWeek} per week` : ''}`,
    contract: e.contractFit ? 'contract offered fits the wishes' : 'contract offered is not among the wishes',
  };
  return (Object.keys(MATCH_WEIGHTS) as MatchComponentName[]).map((name) => ({
    name,
    weight: MATCH_WEIGHTS[name],
    points: round1(e.points[name]),
    detail: detail[name],
  }));
}

export function summarise(score: number, e: ExplainInput): string {
  return explainComponents(e)
    .map((c) => `${c.name} ${c.points}/${c.weight} (${c.detail})`)
    .reduce((acc, part) => `${acc}; ${part}`, `score ${score}/100`);
}
