import { conceptsOfProfile, mapText, type VocabularyIndex } from './vocabulary.rules.js';

/** Concepts of matching-profile rows (pure; the migration and the staff merge write them back). */
export function conceptsForRows(
  rows: readonly { beneficiary_id: string; skills: string[]; occupations: string[] }[],
  v: VocabularyIndex,
): { id: string; concepts: string[] }[] {
  return rows.map((r) => ({ id: r.beneficiary_id, concepts: conceptsOfProfile(r.skills ?? [], r.occupations ?? [], v) }));
}

/** The concept of each required and nice-to-have skill of a vacancy, in order ('' when a text maps to none). */
export function vacancyConcepts(requiredSkills: readonly string[], niceToHaveSkills: readonly string[], v: VocabularyIndex) {
  return {
    required: requiredSkills.map((s) => mapText(s, v) ?? ''),
    nice: niceToHaveSkills.map((s) => mapText(s, v) ?? ''),
  };
}

export function vacancyConceptRows(
  rows: readonly { id: string; required_skills: string[]; nice_to_have_skills: string[] }[],
  v: VocabularyIndex,
): { id: string; required: string[]; nice: string[] }[] {
  return rows.map((r) => ({ id: r.id, ...vacancyConcepts(r.required_skills ?? [], r.nice_to_have_skills ?? [], v) }));
}
