import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CommitteeKind, CommitteeMemberRole } from './enums.js';

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
  [OptionalProps]?: 'role' | 'represents' | 'active';

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

  @Field(() => CommitteeMemberRole, { description: 'CHAIR or SECRETARY record the decisions and keep the minutes template' })
  @Enum({ items: () => CommitteeMemberRole, type: 'text', default: CommitteeMemberRole.MEMBER })
  role: CommitteeMemberRole = CommitteeMemberRole.MEMBER;
}

/**
 * A version of the verbale's template: of one committee (`committeeId`) or of every committee (`committeeId` null).
 * Saving writes a new version; the newest of the committee wins, else the newest global one, else the built-in one.
 */
@ObjectType('CommitteeMinutesTemplate')
@Entity({ tableName: 'minutes_template' })
@Unique({ name: 'minutes_template_scope_version_unique', properties: ['scope', 'version'] })
export class MinutesTemplate {
  [OptionalProps]?: 'committeeId' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The committee, or null for the template of every committee' })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  committeeId: string | null = null;

  /** The committee id or 'global' (one version sequence per scope). */
  @Property({ type: 'text' })
  scope!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  createdBy!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
