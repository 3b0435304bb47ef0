import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { VocabularyConcept, VocabularyKind } from '../entities/vocabulary.entity.js';
import { VocabularyService } from '../services/vocabulary.service.js';

@ObjectType({ description: 'How one piece of free text maps to the vocabulary' })
class VocabularyTermMapping {
  @Field(() => String) text!: string;
  @Field(() => VocabularyConcept, { nullable: true, description: 'null: no concept; staff can merge the words into one' })
  concept!: VocabularyConcept | null;
}

@ObjectType({ description: 'Words in use (vacancies, people) that map to no concept' })
class VocabularyUnmappedTerm {
  @Field(() => String) text!: string;
  @Field(() => Int, { description: 'How many vacancies and people use it' }) uses!: number;
}

@InputType()
class VocabularyConceptInput {
  @Field(() => VocabularyKind) kind!: VocabularyKind;
  @Field(() => String, { description: 'Italian label' }) label!: string;
  @Field(() => [String], { nullable: true, description: 'Ids of broader skills (skills only)' }) broader?: string[] | null;
  @Field(() => [String], { nullable: true }) synonyms?: string[] | null;
  @Field(() => String, { nullable: true, description: 'ISCO-08 unit group (4 digits) of an occupation' }) iscoCode?: string | null;
}

/** The controlled vocabulary of occupations and skills: search-as-you-type, mapping free text, staff merges. */
@Resolver(() => VocabularyConcept)
export class VocabularyResolver {
  @Query(() => [VocabularyConcept], { description: 'Signed-in users: concepts whose label or a synonym contains the typed words' })
  vocabularySearch(
    @Arg('text', () => String) text: string,
    @Arg('kind', () => VocabularyKind, { nullable: true }) kind: VocabularyKind | null,
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VocabularyConcept[]> {
    return new VocabularyService(ctx.em).search(ctx.caller, text, kind ?? null, limit);
  }

  @Query(() => [VocabularyTermMapping], {
    description: 'Signed-in users: the concept each text stands for (synonyms, plurals, words inside)',
  })
  vocabularyMap(@Arg('texts', () => [String]) texts: string[], @Ctx() ctx: SubgraphContext): Promise<VocabularyTermMapping[]> {
    return new VocabularyService(ctx.em).mapTexts(ctx.caller, texts);
  }

  @Query(() => [VocabularyUnmappedTerm], { description: 'STAFF/ADMIN: words in use that map to no concept, most used first' })
  vocabularyUnmappedTerms(
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VocabularyUnmappedTerm[]> {
    return new VocabularyService(ctx.em).unmappedTerms(ctx.caller, limit);
  }

  @Mutation(() => VocabularyConcept, {
    description: 'STAFF/ADMIN: the term now stands for the concept; people and vacancies are re-matched at once',
  })
  mergeVocabularyTerm(
    @Arg('term', () => String) term: string,
    @Arg('conceptId', () => ID) conceptId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VocabularyConcept> {
    return new VocabularyService(ctx.em).mergeTerm(ctx.caller, term, conceptId);
  }

  @Mutation(() => VocabularyConcept, { description: 'STAFF/ADMIN: a new concept with its terms' })
  addVocabularyConcept(
    @Arg('input', () => VocabularyConceptInput) input: VocabularyConceptInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VocabularyConcept> {
    return new VocabularyService(ctx.em).addConcept(ctx.caller, input);
  }

  @FieldResolver(() => [String], { description: 'Label and synonyms (the words that map to it)' })
  synonyms(@Root() concept: VocabularyConcept, @Ctx() ctx: SubgraphContext): Promise<string[]> {
    return loader<string, string[]>(ctx, 'vocabularyTerms', (ids) => new VocabularyService(ctx.em).termsOf(ids)).load(concept.id);
  }
}
