import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  conceptsOfProfile,
  mapText,
  normaliseTerm,
  parseVocabularySeed,
  seedTerms,
  termKey,
  type VocabularyIndex,
} from './vocabulary.rules.js';

const concepts = parseVocabularySeed();
const index: VocabularyIndex = {
  concepts: new Map(concepts.map((c) => [c.id, c])),
  terms: new Map(seedTerms(concepts).map((t) => [t.key, t.conceptId])),
};

describe('vocabulary seed', () => {
  it('has a few hundred concepts across the programme sectors, Italian labels, no term claimed twice', () => {
    expect(concepts.length).toBeGreaterThanOrEqual(190);
    expect(concepts.filter((c) => c.kind === 'OCCUPATION').length).toBeGreaterThanOrEqual(70);
    expect(concepts.filter((c) => c.kind === 'OCCUPATION').every((c) => /^\d{4}$/.test(c.iscoCode ?? ''))).toBe(true);
    const claims = new Map<string, Set<string>>();
    for (const c of concepts)
      for (const term of [c.label, ...c.synonyms]) {
        const set = claims.get(termKey(term)) ?? new Set<string>();
        set.add(c.kind === 'SKILL' ? `S:${c.id}` : `O:${c.id}`);
        claims.set(termKey(term), set);
      }
    // A word may name an occupation and a skill (magazziniere), never two skills or two occupations.
    const clashes = [...claims].filter(
      ([, ids]) => [...ids].filter((i) => i.startsWith('S:')).length > 1 || [...ids].filter((i) => i.startsWith('O:')).length > 1,
    );
    expect(clashes).toEqual([]);
  });

  it('refuses an unknown broader concept and a cycle', () => {
    expect(() => parseVocabularySeed('S|a|A|b|x')).toThrow(/unknown broader b/);
    expect(() => parseVocabularySeed('S|a|A|b|x\nS|b|B|a|y')).toThrow(/cycle/);
    expect(() => parseVocabularySeed('X|a|A||x')).toThrow(/line 0/);
  });
});

describe('free text to vocabulary ids', () => {
  it('normalises case, accents, apostrophes and Italian plurals', () => {
    expect(normaliseTerm('  Lavoro d’Ufficio ')).toBe('lavoro d ufficio');
    expect(termKey('Carrelli Elevatori')).toBe(termKey('carrello elevatore'));
    expect(termKey('pulizie')).toBe(termKey('pulizia'));
  });

  it('maps a company’s own words to the concepts a person’s skills map to', () => {
    expect(mapText('magazzino', index)).toBe('magazzino');
    expect(mapText('carrello elevatore', index)).toBe('carrelli-elevatori');
    expect(mapText('Conduzione di carrelli elevatori', index)).toBe('carrelli-elevatori');
    expect(mapText('MULETTO', index)).toBe('carrelli-elevatori');
    expect(mapText('esperienza con il muletto', index)).toBe('carrelli-elevatori');
    expect(mapText('astrofisica teorica', index)).toBeNull();
  });

  it('gives a person every broader concept of their skills, never a narrower one', () => {
    const person = conceptsOfProfile(['guida muletto'], [], index);
    expect(person).toEqual(expect.arrayContaining(['carrelli-elevatori', 'magazzino', 'logistica']));
    expect(conceptsOfProfile(['magazzino'], [], index)).not.toContain('carrelli-elevatori');
    expect(ancestorsOf('commissionatore', index.concepts)).toEqual(['carrelli-elevatori', 'magazzino', 'logistica']);
  });

  it('keeps the skills the existing matching tests use apart (no broader link between them)', () => {
    const ids = ['pulizia industriale', 'uso di detergenti professionali', 'uso lavasciuga'].map((s) => mapText(s, index));
    expect(new Set(ids).size).toBe(3);
    for (const s of ['pulizia industriale', 'uso di detergenti professionali', 'uso lavasciuga']) {
      const mine = conceptsOfProfile([s], [], index);
      expect(ids.filter((id) => mine.includes(id ?? ''))).toHaveLength(1);
    }
  });
});
