import { Migration } from '@mikro-orm/migrations';
import { parseVocabularySeed, seedTerms, type VocabularyIndex } from '../services/vocabulary.rules.js';
import { conceptsForRows, vacancyConceptRows } from '../services/vocabulary-remap.js';

/**
 * The controlled vocabulary of occupations and skills (concepts, terms) with its seed list, the concept
 * columns of the matching read model and of vacancies, and their values for the rows that already exist.
 */
export class Migration20261202113000_vocabulary extends Migration {
  override async up(): Promise<void> {
    const run = (sql: string, params: unknown[] = []) => this.execute(sql, params);
    await run(
      `create table "companies"."vocabulary_concept" ("id" text not null, "kind" text check ("kind" in ('SKILL', 'OCCUPATION')) not null, "label" text not null, "isco_code" text null, "esco_uri" text null, "broader" text[] not null default '{}', "source" text not null default 'SEED', constraint "vocabulary_concept_pkey" primary key ("id"))`,
    );
    await run(
      `create table "companies"."vocabulary_term" ("key" text not null, "term" text not null, "concept_id" text not null, "source" text not null default 'SEED', "created_by" text null, "created_at" timestamptz not null, constraint "vocabulary_term_pkey" primary key ("key"))`,
    );
    await run(`create index "vocabulary_term_concept_id_index" on "companies"."vocabulary_term" ("concept_id")`);
    await run(`alter table "companies"."matching_profile" add column "concepts" text[] not null default '{}'`);
    await run(
      `create index "matching_profile_pool_concepts_gin" on "companies"."matching_profile" using gin ("concepts") where "erased" = false and "profile" = 'IN_TARGET' and "readiness" = 'PRONTO' and "status" in ('IN_TARGET', 'ACTIVE')`,
    );
    await run(
      `alter table "companies"."vacancy" add column "required_concepts" text[] not null default '{}', add column "nice_concepts" text[] not null default '{}'`,
    );

    const concepts = parseVocabularySeed();
    await run(
      `insert into "companies"."vocabulary_concept" ("id", "kind", "label", "isco_code", "broader")
       select x->>'id', x->>'kind', x->>'label', x->>'iscoCode', array(select jsonb_array_elements_text(x->'broader'))
       from jsonb_array_elements(?::jsonb) x`,
      [JSON.stringify(concepts)],
    );
    const terms = seedTerms(concepts);
    await run(
      `insert into "companies"."vocabulary_term" ("key", "term", "concept_id", "created_at")
       select x->>'key', x->>'term', x->>'conceptId', now() from jsonb_array_elements(?::jsonb) x`,
      [JSON.stringify(terms)],
    );

    // Rows written before the vocabulary existed get their concepts now (later ones get them as they are written).
    const index: VocabularyIndex = {
      concepts: new Map(concepts.map((c) => [c.id, { ...c, kind: c.kind }])),
      terms: new Map(terms.map((t) => [t.key, t.conceptId])),
    };
    const profiles = (await run(
      `select "beneficiary_id", "skills", "occupations" from "companies"."matching_profile" where not "erased"`,
    )) as {
      beneficiary_id: string;
      skills: string[];
      occupations: string[];
    }[];
    const profileConcepts = conceptsForRows(profiles, index);
    if (profileConcepts.length)
      await run(
        `update "companies"."matching_profile" m set "concepts" = array(select jsonb_array_elements_text(x->'concepts'))
         from jsonb_array_elements(?::jsonb) x where m."beneficiary_id" = (x->>'id')::uuid`,
        [JSON.stringify(profileConcepts)],
      );
    const vacancies = (await run(`select "id", "required_skills", "nice_to_have_skills" from "companies"."vacancy"`)) as {
      id: string;
      required_skills: string[];
      nice_to_have_skills: string[];
    }[];
    const vacancyConcepts = vacancyConceptRows(vacancies, index);
    if (vacancyConcepts.length)
      await run(
        `update "companies"."vacancy" v set "required_concepts" = array(select jsonb_array_elements_text(x->'required')),
           "nice_concepts" = array(select jsonb_array_elements_text(x->'nice'))
         from jsonb_array_elements(?::jsonb) x where v."id" = (x->>'id')::uuid`,
        [JSON.stringify(vacancyConcepts)],
      );
  }
}
