import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SubjectKind } from './enums.js';

export enum MeetingKind {
  /** Accompaniment lab with the coaching partner (service design), social-innovation path. */
  LAB = 'LAB',
  /** One-to-one business-creation meeting, self-employment path. */
  ONE_TO_ONE = 'ONE_TO_ONE',
  /** Monitoring meeting after funding / start-up. */
  MONITORING = 'MONITORING',
}
registerEnumType(MeetingKind, { name: 'ProjectMeetingKind' });

/** A dated meeting of a path: lab, one-to-one or monitoring. */
@ObjectType('ProjectMeeting')
// Natural duplicate refused by the database (issue 28): one meeting of a kind per path and day.
@Unique({ name: 'path_meeting_subject_id_kind_held_on_unique', properties: ['subjectId', 'kind', 'heldOn'] })
@Entity({ tableName: 'path_meeting' })
@Index({ properties: ['subjectId', 'kind'] })
export class PathMeeting {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: () => SubjectKind, type: 'text' })
  subjectKind!: SubjectKind;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => MeetingKind)
  @Enum({ items: () => MeetingKind, type: 'text' })
  kind!: MeetingKind;

  @Field(() => String, { description: 'ISO date' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  durationMinutes: number = 60;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  facilitator: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  notes: string = '';

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
