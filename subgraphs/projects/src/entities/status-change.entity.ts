import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { SubjectKind } from './enums.js';

/** One step of a path's history (social-innovation project or self-employment path). */
@ObjectType('ProjectStatusChange')
@Entity({ tableName: 'status_change' })
@Index({ properties: ['subjectId', 'at'] })
export class StatusChange {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => SubjectKind)
  @Enum({ items: () => SubjectKind, type: 'text' })
  subjectKind!: SubjectKind;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  fromStatus: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  toStatus!: string;

  @Field(() => String, { nullable: true, description: 'Why (required for rejections, withdrawals and stand-by)' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, { description: 'ISO date (Europe/Rome) of the step' })
  @Property({ type: 'date' })
  on!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;
}
