import { Entity, OptionalProps, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { CourseEdition } from './course-edition.entity.js';
import { CourseOutcome, EnrolmentStatus } from './enums.js';

/**
 * A beneficiary enrolled in a course edition. The participant's display name and codice fiscale are a
 * copy given by staff at enrolment (the training body's view and the attendance CSV use them; the
 * body never reads the people subgraph).
 */
@ObjectType()
@Entity({ tableName: 'enrolment' })
@Unique({ properties: ['edition', 'beneficiaryId'] })
@Index({ properties: ['edition', 'codiceFiscale'] })
export class Enrolment {
  [OptionalProps]?: 'enrolledAt' | 'status' | 'outcome' | 'qualificationObtained';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => CourseEdition)
  @ManyToOne({ entity: () => CourseEdition, deleteRule: 'restrict' })
  edition!: CourseEdition;

  /** Owned by `people`; referenced by id. */
  @Index()
  @Property({ type: 'uuid' })
  beneficiaryId!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  enrolledAt: Date = new Date();

  @Field(() => EnrolmentStatus)
  @Enum({ items: () => EnrolmentStatus, type: 'text', default: 'ENROLLED' })
  status: EnrolmentStatus = EnrolmentStatus.ENROLLED;

  @Property({ type: 'text', nullable: true })
  participantName: string | null = null;

  @Property({ type: 'text', nullable: true })
  codiceFiscale: string | null = null;

  @Field(() => CourseOutcome)
  @Enum({ items: () => CourseOutcome, type: 'text', default: 'IN_PROGRESS' })
  outcome: CourseOutcome = CourseOutcome.IN_PROGRESS;

  @Field(() => Boolean, { description: 'Qualification or licence obtained (e.g. OSS certificate, CQC)' })
  @Property({ type: 'boolean', default: false })
  qualificationObtained: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  qualificationName: string | null = null;

  @Field(() => String, { nullable: true, description: 'ISO date' })
  @Property({ type: 'date', nullable: true })
  droppedOutOn: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  dropOutReason: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  outcomeRecordedAt: Date | null = null;

  /** When the person asked to join (a course request; null when staff enrolled them directly). */
  @Field(() => Date, { nullable: true, description: 'When the person asked to join (null: enrolled directly by staff)' })
  @Property({ type: 'timestamptz', nullable: true })
  requestedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the training body or staff accepted or declined the request' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  decidedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the request was declined (the person, the body and staff see it)' })
  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;
}
