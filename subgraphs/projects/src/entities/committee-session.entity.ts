import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MinutesStatus, SubjectKind } from './enums.js';

/** A meeting of a committee, with an agenda and minutes. */
@ObjectType()
// Natural duplicate refused by the database (issue 28): a committee meets once a day.
@Unique({ name: 'committee_session_committee_id_held_on_unique', properties: ['committeeId', 'heldOn'] })
@Entity({ tableName: 'committee_session' })
export class CommitteeSession {
  [OptionalProps]?: 'minutesStatus' | 'minutes' | 'minutesApprovedAt' | 'location' | 'imported';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  committeeId!: string;

  @Field(() => String, { description: 'ISO date' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  location: string | null = null;

  @Field(() => MinutesStatus)
  @Enum({ items: () => MinutesStatus, type: 'text' })
  minutesStatus: MinutesStatus = MinutesStatus.NONE;

  @Field(() => String, { nullable: true, description: 'Minutes (verbale): generated draft, edited, then approved and frozen' })
  @Property({ type: 'text', nullable: true })
  minutes: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  minutesApprovedAt: Date | null = null;
  @Field(() => Boolean, { description: 'Made by the history import for the decisions it brought in (no votes, no minutes)' })
  @Property({ type: 'boolean', default: false })
  imported: boolean = false;
}

/** One agenda item: a dossier (project or self-employment path) or a governance topic; a dossier once per session. */
@ObjectType('CommitteeAgendaItem')
@Entity({ tableName: 'agenda_item' })
@Unique({ name: 'agenda_item_session_id_subject_id_unique', properties: ['sessionId', 'subjectId'] })
export class AgendaItem {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  sessionId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => SubjectKind, { nullable: true })
  @Enum({ items: () => SubjectKind, type: 'text', nullable: true })
  subjectKind: SubjectKind | null = null;

  @Field(() => ID, { nullable: true, description: 'Project or self-employment path id of the dossier' })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  subjectId: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  topic!: string;
}
