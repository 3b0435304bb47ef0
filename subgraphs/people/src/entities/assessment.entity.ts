import { Entity, Enum, Index, JsonType, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FragilityProfile, Readiness } from './enums.js';
import type { ScoredAnswer } from '../services/assessment.rules.js';

/** A fragility assessment: the answers with the points they were worth then, the score and the outcome. */
@ObjectType('FragilityAssessment')
@Entity({ tableName: 'assessment' })
@Index({ properties: ['beneficiaryId', 'assessedAt'] })
export class Assessment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  instrumentId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  instrumentVersion!: number;

  @Property({ type: JsonType })
  answers!: ScoredAnswer[];

  @Field(() => Int)
  @Property({ type: 'integer' })
  score!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  threshold!: number;

  @Field(() => FragilityProfile)
  @Enum({ items: () => FragilityProfile, type: 'text' })
  profile!: FragilityProfile;

  @Field(() => Readiness, { nullable: true, description: 'Only inside the target' })
  @Enum({ items: () => Readiness, type: 'text', nullable: true })
  readiness: Readiness | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  assessedBy!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  assessedAt: Date = new Date();
}
