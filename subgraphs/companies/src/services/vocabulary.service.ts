import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAuthenticated, requireStaff, badInput, DomainError } from '@ixl/subgraph-kit';
import type { Caller } from '@ixl/auth';
import { VocabularyConcept, VocabularyKind, VocabularyTerm } from '../entities/vocabulary.entity.js';
import { conceptsForRows, vacancyConceptRows } from './vocabulary-remap.js';
import { mapText, normaliseTerm, termKey, type VocabularyIndex } from './vocabulary.rules.js';

export const MAX_VOCABULARY_HITS = 30;

let cached: { version: string; index: VocabularyIndex } | null = null;

/** The whole vocabulary in memory (a few hundred concepts), reloaded when a term or concept was added. */
export async function vocabularyIndex(em: EntityManager): Promise<VocabularyIndex> {
  const [v] = await em.execute<{ version: string }[]>(
    `select (select count(*) from "companies"."vocabulary_term") || ':' || (select count(*) from "companies"."vocabulary_concept") || ':' ||
            coalesce((select max("created_at")::text from "companies"."vocabulary_term"), '') as version`,
  );
  const version = v?.version ?? '';
  if (cached?.version === version) return cached.index;
  const concepts = await em.execute<{ id: string; kind: VocabularyKind; label: string; broader: string[] }[]>(
    `select "id", "kind", "label", "broader" from "companies"."vocabulary_concept"`,
  );
  const terms = await em.execute<{ key: string; concept_id: string }[]>(`select "key", "concept_id" from "companies"."vocabulary_term"`);
  const index: VocabularyIndex = {
    concepts: new Map(concepts.map((c) => [c.id, { ...c, broader: c.broader ?? [] }])),
    terms: new Map(terms.map((t) => [t.key, t.concept_id])),
  };
  cached = { version, index };
  return index;
}

export interface TermMapping {
  text: string;
  concept: VocabularyConcept | null;
}

/**
 * The controlled vocabulary of occupations and skills. Owned by `companies` because matching, its only
 * interpreter, lives here: vacancies and the people read model are mapped to concept ids in this schema,
 * in the same transaction as the data they index; `people` keeps what the person (or staff) chose, by label.
 */
export class VocabularyService {
  constructor(private readonly em: EntityManager) {}

  /** Search-as-you-type: concepts whose label or a synonym contains the typed words (any signed-in user). */
  async search(caller: Caller, text: string, kind: VocabularyKind | null, limit: number): Promise<VocabularyConcept[]> {
    requireAuthenticated(caller);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_VOCABULARY_HITS)
      throw badInput('limit', 'PAGE_SIZE_RANGE', { max: MAX_VOCABULARY_HITS });
    if (text.length > 100) throw badInput('text', 'TEXT_TOO_LONG_100');
    const key = termKey(text);
    if (!key) return [];
    const norm = normaliseTerm(text);
    // By a term's key (synonyms, plurals folded) or by the label itself (a label whose words another concept claimed first).
    const rows = await this.em.execute<{ id: string; rank: number }[]>(
      `select c."id", min(case when t."key" = ? then 0 when t."key" like ? or lower(c."label") like ? then 1 else 2 end) as rank
       from "companies"."vocabulary_concept" c left join "companies"."vocabulary_term" t on t."concept_id" = c."id"
       where (t."key" like ? or t."key" like ? or lower(c."label") like ? or lower(c."label") like ?) and (?::text is null or c."kind" = ?::text)
       group by c."id", c."label" order by rank, length(c."label"), c."label" limit ?`,
      [key, `${key}%`, `${norm}%`, `${key}%`, `% ${key}%`, `${norm}%`, `% ${norm}%`, kind, kind, limit],
    );
    const byId = new Map((await this.em.find(VocabularyConcept, { id: { $in: rows.map((r) => r.id) } })).map((c) => [c.id, c]));
    return rows.map((r) => byId.get(r.id)).filter((c): c is VocabularyConcept => !!c);
  }

  /** How free text (a company's "magazzino, carrello elevatore") maps to the vocabulary, item by item. */
  async mapTexts(caller: Caller, texts: readonly string[]): Promise<TermMapping[]> {
    requireAuthenticated(caller);
    if (texts.length > 50) throw badInput('texts', 'VOCABULARY_TOO_MANY_TEXTS');
    const index = await vocabularyIndex(this.em);
    const ids = texts.map((t) => mapText(t.slice(0, 200), index));
    const found = new Map(
      (await this.em.find(VocabularyConcept, { id: { $in: ids.filter((x): x is string => !!x) } })).map((c) => [c.id, c]),
    );
    return texts.map((text, i) => ({ text, concept: found.get(ids[i] ?? '') ?? null }));
  }

  /** Synonyms of concepts, one query for all of them. */
  async termsOf(conceptIds: readonly string[]): Promise<string[][]> {
    const rows = await this.em.find(VocabularyTerm, { conceptId: { $in: [...new Set(conceptIds)] } }, { orderBy: { term: 'asc' } });
    return conceptIds.map((id) => rows.filter((r) => r.conceptId === id).map((r) => r.term));
  }

  /**
   * Staff merge a new term (a word companies or people use) into a concept: from now on it maps there, and
   * every vacancy and person already written with it is matched on the concept at once.
   */
  async mergeTerm(caller: Caller, term: string, conceptId: string): Promise<VocabularyConcept> {
    requireStaff(caller);
    const text = term.trim().replace(/\s+/g, ' ');
    const key = termKey(text);
    if (!key || text.length > 100) throw badInput('term', 'VOCABULARY_TERM_LENGTH');
    return this.em.transactional(async (tx) => {
      const concept = await tx.findOne(VocabularyConcept, { id: conceptId });
      if (!concept) throw badInput('conceptId', 'VOCABULARY_UNKNOWN_CONCEPT');
      const existing = await tx.findOne(VocabularyTerm, { key });
      if (existing && existing.conceptId !== conceptId)
        throw new DomainError('VOCABULARY_TERM_TAKEN', { term: text, conceptId: existing.conceptId }, 'term');
      if (!existing) {
        tx.create(VocabularyTerm, { key, term: text, conceptId, source: 'STAFF', createdBy: caller.userId ?? null, createdAt: new Date() });
        await tx.flush();
        await remapAll(tx);
      }
      return concept;
    });
  }

  /** Staff add a concept (with its first terms) that the list lacks. */
  async addConcept(
    caller: Caller,
    input: { kind: VocabularyKind; label: string; broader?: string[] | null; synonyms?: string[] | null; iscoCode?: string | null },
  ): Promise<VocabularyConcept> {
    requireStaff(caller);
    const label = input.label.trim().replace(/\s+/g, ' ');
    if (label.length < 2 || label.length > 100) throw badInput('label', 'VOCABULARY_LABEL_LENGTH');
    const iscoCode = input.iscoCode?.trim() || null;
    if (iscoCode && !/^\d{4}$/.test(iscoCode)) throw badInput('iscoCode', 'ISCO_CODE_FORMAT');
    if (input.kind === VocabularyKind.SKILL ? false : (input.broader ?? []).length)
      throw badInput('broader', 'VOCABULARY_BROADER_ONLY_SKILLS');
    const id = normaliseTerm(label).replace(/ /g, '-').slice(0, 60);
    return this.em.transactional(async (tx) => {
      if (await tx.findOne(VocabularyConcept, { id: [id, `o-${id}`] })) throw new DomainError('VOCABULARY_LABEL_TAKEN', { label }, 'label');
      const broader = [...new Set(input.broader ?? [])];
      if (broader.length && (await tx.count(VocabularyConcept, { id: broader, kind: VocabularyKind.SKILL })) !== broader.length)
        throw badInput('broader', 'VOCABULARY_BROADER_UNKNOWN');
      const conceptId = input.kind === VocabularyKind.OCCUPATION ? `o-${id}` : id;
      const concept = tx.create(VocabularyConcept, {
        id: conceptId,
        kind: input.kind,
        label,
        iscoCode,
        escoUri: null,
        broader,
        source: 'STAFF',
      });
      const terms = [label, ...(input.synonyms ?? [])].map((t) => t.trim()).filter(Boolean);
      for (const [i, t] of terms.entries()) {
        const key = termKey(t);
        const clash = await tx.findOne(VocabularyTerm, { key });
        if (clash)
          throw new DomainError('VOCABULARY_TERM_TAKEN', { term: t, conceptId: clash.conceptId }, i === 0 ? 'label' : `synonyms.${i - 1}`);
        tx.create(VocabularyTerm, { key, term: t, conceptId, source: 'STAFF', createdBy: caller.userId ?? null, createdAt: new Date() });
      }
      await tx.flush();
      await remapAll(tx);
      return concept;
    });
  }

  /** Words in use (vacancies, people) that map to no concept, most used first: what staff may merge. */
  async unmappedTerms(caller: Caller, limit: number): Promise<{ text: string; uses: number }[]> {
    requireStaff(caller);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput('limit', 'PAGE_SIZE_RANGE', { max: 200 });
    const rows = await this.em.execute<{ text: string; uses: number }[]>(
      `select x as text, count(*)::int as uses from (
         select unnest("skills") x from "companies"."matching_profile" where not "erased"
         union all select unnest("required_skills" || "nice_to_have_skills") from "companies"."vacancy") u
       group by x order by uses desc, x limit 5000`,
    );
    const index = await vocabularyIndex(this.em);
    return rows.filter((r) => !mapText(r.text, index)).slice(0, limit);
  }
}

/** Recomputes the concepts of every person and vacancy (after the vocabulary changed); only changed rows are written. */
export async function remapAll(tx: EntityManager): Promise<void> {
  const index = await vocabularyIndex(tx);
  const profiles = await tx.execute<{ beneficiary_id: string; skills: string[]; occupations: string[]; concepts: string[] }[]>(
    `select "beneficiary_id", "skills", "occupations", "concepts" from "companies"."matching_profile" where not "erased"`,
  );
  const changed = conceptsForRows(profiles, index).filter(
    (r, i) => r.concepts.join(',') !== [...(profiles[i]?.concepts ?? [])].sort().join(','),
  );
  if (changed.length)
    await tx.execute(
      `update "companies"."matching_profile" m set "concepts" = array(select jsonb_array_elements_text(x->'concepts'))
       from jsonb_array_elements(?::jsonb) x where m."beneficiary_id" = (x->>'id')::uuid`,
      [JSON.stringify(changed)],
    );
  const vacancies = await tx.execute<{ id: string; required_skills: string[]; nice_to_have_skills: string[] }[]>(
    `select "id", "required_skills", "nice_to_have_skills" from "companies"."vacancy"`,
  );
  const rows = vacancyConceptRows(vacancies, index);
  if (rows.length)
    await tx.execute(
      `update "companies"."vacancy" v set "required_concepts" = array(select jsonb_array_elements_text(x->'required')),
         "nice_concepts" = array(select jsonb_array_elements_text(x->'nice'))
       from jsonb_array_elements(?::jsonb) x where v."id" = (x->>'id')::uuid`,
      [JSON.stringify(rows)],
    );
}
