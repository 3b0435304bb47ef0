import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CommitteeKind } from './enums.js';

/** A committee or governance table: evaluation, management, coordination, technical. */
@ObjectType()
// Natural duplicate refused by the database (issue 28): one committee of a kind per name.
@Unique({ name: 'committee_kind_name_unique', properties: ['kind', 'name'] })
@Entity({ tableName: 'committee' })
export class Committee {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => CommitteeKind)
  @Enum({ items: () => CommitteeKind, type: 'text' })
  kind!: CommitteeKind;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'Minimum number of voting members (not excluded for conflict of interest) for a decision' })
  @Property({ type: 'integer' })
  quorum!: number;
}

/** A member of a committee: a user account (COMMITTEE_MEMBER, or staff sitting on it). */
@ObjectType()
@Entity({ tableName: 'committee_member' })
@Unique({ properties: ['committeeId', 'userId'] })
export class CommitteeMember {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  committeeId!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  userId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Organisation represented' })
  @Property({ type: 'text', nullable: true })
  represents: string | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean = true;
}
