import { Entity, OptionalProps, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { VoteChoice } from './enums.js';

/** A member's vote on an agenda item; a conflict-of-interest declaration excludes the member. */
@ObjectType('CommitteeVote')
@Entity({ tableName: 'vote' })
@Unique({ properties: ['agendaItemId', 'memberId'] })
export class Vote {
  [OptionalProps]?: 'choice' | 'conflictOfInterest' | 'conflictNote' | 'castAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  agendaItemId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  memberId!: string;

  @Field(() => VoteChoice, { nullable: true, description: 'Null when the member declared a conflict of interest' })
  @Enum({ items: () => VoteChoice, type: 'text', nullable: true })
  choice: VoteChoice | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  conflictOfInterest: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  conflictNote: string | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  castAt: Date = new Date();
}
