import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum VocabularyKind {
  SKILL = 'SKILL',
  OCCUPATION = 'OCCUPATION',
}
registerEnumType(VocabularyKind, { name: 'VocabularyKind', description: 'A skill (competenza) or an occupation (professione)' });

/**
 * A concept of the controlled vocabulary of occupations and skills: its Italian label, ISCO-08 group and ESCO
 * URI when known, and its broader skills (a person with a skill also has the broader ones).
 */
@ObjectType('VocabularyConcept')
@Entity({ tableName: 'vocabulary_concept' })
export class VocabularyConcept {
  @Field(() => ID, { description: 'Stable id, e.g. carrelli-elevatori, o-magazziniere' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => VocabularyKind)
  @Enum({ items: () => VocabularyKind, type: 'text' })
  kind!: VocabularyKind;

  @Field(() => String, { description: 'Italian label' })
  @Property({ type: 'text' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'ISCO-08 unit group of an occupation' })
  @Property({ type: 'text', nullable: true })
  iscoCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'ESCO URI, when staff have checked it' })
  @Property({ type: 'text', nullable: true })
  escoUri: string | null = null;

  @Field(() => [String], { description: 'Ids of the broader skills' })
  @Property({ type: 'text[]', default: '{}' })
  broader: string[] = [];

  @Field(() => String, { description: 'SEED (the platform list) or STAFF (added by an operator)' })
  @Property({ type: 'text', default: 'SEED' })
  source: string = 'SEED';
}

/** A word or phrase (label or synonym) that stands for a concept, by its normalised key (vocabulary.rules.ts `termKey`). */
@ObjectType('VocabularyTerm')
@Entity({ tableName: 'vocabulary_term' })
@Index({ properties: ['conceptId'] })
export class VocabularyTerm {
  @Field(() => String, { description: 'Normalised key (lower case, no accents, singular/plural folded)' })
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Field(() => String, { description: 'The term as written' })
  @Property({ type: 'text' })
  term!: string;

  @Field(() => ID)
  @Property({ type: 'text' })
  conceptId!: string;

  @Field(() => String, { description: 'SEED or STAFF (merged by an operator)' })
  @Property({ type: 'text', default: 'SEED' })
  source: string = 'SEED';

  @Property({ type: 'text', nullable: true })
  createdBy: string | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
