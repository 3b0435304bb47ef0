import { ReadableBy } from '@ixl/subgraph-kit';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { InterviewMode, InterviewStatus } from './enums.js';

/** The intake interview (colloquio): scheduled with a mode and an operator, then its outcome. */
@ObjectType('IntakeInterview')
// Natural duplicate refused by the database (issue 28): one interview per person at one time.
@Unique({ name: 'interview_beneficiary_id_scheduled_at_unique', properties: ['beneficiaryId', 'scheduledAt'] })
@Entity({ tableName: 'interview' })
export class Interview {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  scheduledAt!: Date;

  @Field(() => InterviewMode)
  @Enum({ items: () => InterviewMode, type: 'text' })
  mode!: InterviewMode;

  @Field(() => ID, { nullable: true, description: 'User id of the operator (STAFF/ADMIN only)' })
  @ReadableBy('STAFF', 'ADMIN')
  @Index()
  @Property({ type: 'uuid' })
  operatorId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  operatorName!: string;

  @Field(() => String, { nullable: true, description: 'Room, video link or phone number' })
  @Property({ type: 'text', nullable: true })
  location: string | null = null;

  @Field(() => InterviewStatus)
  @Index()
  @Enum({ items: () => InterviewStatus, type: 'text' })
  status: InterviewStatus = InterviewStatus.SCHEDULED;

  /** Operator's notes (staff only, resolver). */
  @Property({ type: 'text', nullable: true })
  outcomeNotes: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'text' })
  createdBy!: string;
}
