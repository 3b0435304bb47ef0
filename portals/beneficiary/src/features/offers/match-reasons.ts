/** The explanation of a match score, as the fields the portal turns into sentences. */
export interface ExplanationFacts {
  matchedSkills: readonly string[];
  missingSkills: readonly string[];
  matchedNiceToHave: readonly string[];
  italianFit: string;
  distanceKm: number;
  maxDistanceKm: number;
  matchedShifts: readonly string[];
  missingShifts: readonly string[];
  availableHoursPerWeek?: number | null;
  requiredHoursPerWeek?: number | null;
  contractFit: boolean;
  /** The offer's skills in the vocabulary's words (the concept label where the words map to one). */
  vocabularyMatches?: readonly { term: string; conceptLabel: string | null; matched: boolean }[];
}

export interface Reason {
  /** Message key (`offers.reason.*`). */
  key: string;
  vars?: Record<string, string | number>;
}

/** Why an offer matches, in plain sentences (message keys with values), strongest reasons first. */
export function matchReasons(e: ExplanationFacts): Reason[] {
  const reasons: Reason[] = [];
  // In the vocabulary's words: "Conduzione di carrelli elevatori" rather than the company's "carrello elevatore".
  const words = (terms: readonly string[]) =>
    terms.map((term) => e.vocabularyMatches?.find((v) => v.term === term)?.conceptLabel ?? term).join(', ');
  if (e.matchedSkills.length) reasons.push({ key: 'offers.reason.skills', vars: { skills: words(e.matchedSkills) } });
  if (e.matchedNiceToHave.length) reasons.push({ key: 'offers.reason.niceToHave', vars: { skills: words(e.matchedNiceToHave) } });
  reasons.push({ key: 'offers.reason.distance', vars: { km: Math.round(e.distanceKm), max: e.maxDistanceKm } });
  if (e.italianFit === 'MEETS' || e.italianFit === 'NOT_REQUIRED') reasons.push({ key: 'offers.reason.italianOk' });
  else if (e.italianFit === 'ONE_LEVEL_BELOW' || e.italianFit === 'BELOW') reasons.push({ key: 'offers.reason.italianBelow' });
  if (e.matchedShifts.length) reasons.push({ key: 'offers.reason.shifts', vars: { count: e.matchedShifts.length } });
  if (e.requiredHoursPerWeek && e.availableHoursPerWeek != null) {
    reasons.push({
      key: e.availableHoursPerWeek >= e.requiredHoursPerWeek ? 'offers.reason.hoursOk' : 'offers.reason.hoursShort',
      vars: { hours: e.requiredHoursPerWeek, available: e.availableHoursPerWeek },
    });
  }
  if (e.contractFit) reasons.push({ key: 'offers.reason.contract' });
  if (e.missingSkills.length) reasons.push({ key: 'offers.reason.missingSkills', vars: { skills: words(e.missingSkills) } });
  return reasons;
}
