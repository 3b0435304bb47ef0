import { VOCABULARY_SEED } from '../vocabulary/seed-data.js';

/** Pure rules of the controlled vocabulary of occupations and skills (no I/O): parsing, normalising, mapping text. */

export type ConceptKind = 'SKILL' | 'OCCUPATION';

export interface VocabularyConceptData {
  id: string;
  kind: ConceptKind;
  label: string;
  iscoCode: string | null;
  broader: string[];
  synonyms: string[];
}

/** Lower case, no accents, letters and digits only, single spaces: "Lavoro d’Ufficio" → "lavoro d ufficio". */
export function normaliseTerm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The key a term is looked up by: normalised, each word of 4 letters or more without its final vowel, so the
 * Italian singular and plural meet ("carrello elevatore" = "carrelli elevatori", "pulizia" = "pulizie").
 */
export function termKey(text: string): string {
  return normaliseTerm(text)
    .split(' ')
    .filter(Boolean)
    .map((w) => (w.length >= 4 ? w.replace(/[aeiou]$/, '') : w))
    .join(' ');
}

/** The seed list as concepts (throws on a malformed line, an unknown broader id or a cycle). */
export function parseVocabularySeed(text = VOCABULARY_SEED): VocabularyConceptData[] {
  const concepts: VocabularyConceptData[] = [];
  for (const [n, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const parts = line.split('|').map((p) => p.trim());
    const [kind, id, label, fourth, synonyms] = parts;
    if (parts.length !== 5 || (kind !== 'S' && kind !== 'O') || !id || !label)
      throw new Error(`vocabulary seed line ${n}: expected S|id|label|broader|synonyms or O|id|label|isco|synonyms`);
    const list = (s: string | undefined, sep: RegExp) =>
      (s ?? '')
        .split(sep)
        .map((x) => x.trim())
        .filter(Boolean);
    concepts.push({
      id,
      kind: kind === 'S' ? 'SKILL' : 'OCCUPATION',
      label,
      iscoCode: kind === 'O' ? fourth || null : null,
      broader: kind === 'S' ? list(fourth, /[,;]/) : [],
      synonyms: list(synonyms, /;/),
    });
  }
  const ids = new Set(concepts.map((c) => c.id));
  if (ids.size !== concepts.length) throw new Error('vocabulary seed: duplicate concept id');
  for (const c of concepts)
    for (const b of c.broader) if (!ids.has(b)) throw new Error(`vocabulary seed: ${c.id} has unknown broader ${b}`);
  const byId = new Map(concepts.map((c) => [c.id, c]));
  for (const c of concepts) ancestorsOf(c.id, byId); // throws on a cycle
  return concepts;
}

/** Every broader concept of `id`, transitively (not `id` itself). */
export function ancestorsOf(id: string, byId: ReadonlyMap<string, { broader: string[] }>, seen: string[] = []): string[] {
  if (seen.includes(id)) throw new Error(`vocabulary: broader cycle through ${[...seen, id].join(' → ')}`);
  const out = new Set<string>();
  for (const b of byId.get(id)?.broader ?? []) {
    out.add(b);
    for (const a of ancestorsOf(b, byId, [...seen, id])) out.add(a);
  }
  return [...out];
}

/** The terms (label and synonyms) of the concepts by key: the first concept to claim a key keeps it. */
export function seedTerms(concepts: readonly VocabularyConceptData[]): { key: string; term: string; conceptId: string }[] {
  const out = new Map<string, { key: string; term: string; conceptId: string }>();
  for (const c of concepts)
    for (const term of [c.label, ...c.synonyms]) {
      const key = termKey(term);
      if (key && !out.has(key)) out.set(key, { key, term, conceptId: c.id });
    }
  return [...out.values()];
}

/** An in-memory vocabulary: terms by key and concepts by id (built from the database rows). */
export interface VocabularyIndex {
  concepts: ReadonlyMap<string, { id: string; kind: ConceptKind; label: string; broader: string[] }>;
  terms: ReadonlyMap<string, string>;
}

/**
 * The concept a piece of free text stands for: its key is a term's key, or else the longest term found as
 * whole words inside it ("esperienza con il muletto" → carrelli-elevatori). null when nothing is known.
 */
export function mapText(text: string, v: VocabularyIndex): string | null {
  const key = termKey(text);
  if (!key) return null;
  const exact = v.terms.get(key);
  if (exact) return exact;
  const words = key.split(' ');
  for (let len = words.length - 1; len >= 1; len--)
    for (let i = 0; i + len <= words.length; i++) {
      const hit = v.terms.get(words.slice(i, i + len).join(' '));
      if (hit) return hit;
    }
  return null;
}

/** A person's concept keys for matching: each mapped skill with its broader concepts, and each mapped occupation. */
export function conceptsOfProfile(skills: readonly string[], occupations: readonly string[], v: VocabularyIndex): string[] {
  const out = new Set<string>();
  for (const s of skills) {
    const id = mapText(s, v);
    if (!id) continue;
    out.add(id);
    for (const a of ancestorsOf(id, v.concepts)) out.add(a);
  }
  for (const o of occupations) {
    const id = mapText(o, v);
    if (id) out.add(id);
  }
  return [...out].sort();
}
