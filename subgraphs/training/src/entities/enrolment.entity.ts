import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { CourseEdition } from './course-edition.entity.js';

/** A beneficiary enrolled in a course edition. */
@ObjectType()
@Entity({ tableName: 'enrolment' })
@Unique({ properties: ['edition', 'beneficiaryId'] })
export class Enrolment {
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
}
