import { Entity, JsonType, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { InstrumentDefinition } from '../services/assessment.rules.js';

/** A version of the fragility assessment instrument; rows are never changed once published. */
@ObjectType('AssessmentInstrument')
@Entity({ tableName: 'assessment_instrument' })
export class AssessmentInstrument {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => Int)
  @Property({ type: 'integer', unique: true })
  version!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'Scores at or above it are in target' })
  @Property({ type: 'integer' })
  threshold!: number;

  /** Dimensions → items → answers with points (resolver exposes it typed). */
  @Property({ type: JsonType })
  definition!: InstrumentDefinition;

  @Field(() => Boolean, { description: 'The version new assessments use' })
  @Property({ type: 'boolean' })
  active!: boolean;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  publishedAt: Date = new Date();

  @Property({ type: 'text' })
  publishedBy!: string;
}
