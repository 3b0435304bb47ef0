import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TrainingBody } from './training-body.entity.js';
import { CourseDelivery, CourseEditionStatus } from './enums.js';

/** Training streams of the work plan: 2.a transversal, 2.b targeted professional, 2.c short experimental. */
export enum CourseStream {
  TRANSVERSAL = 'TRANSVERSAL',
  PROFESSIONAL = 'PROFESSIONAL',
  EXPERIMENTAL = 'EXPERIMENTAL',
}
registerEnumType(CourseStream, { name: 'CourseStream' });

/** One run of a course by a training body. */
@Directive('@key(fields: "id")')
@ObjectType()
// Natural duplicate refused by the database (issue 28): one edition of a course title per body and start day.
@Unique({ name: 'course_edition_natural_key_unique', properties: ['trainingBody', 'title', 'startDate'] })
@Entity({ tableName: 'course_edition' })
export class CourseEdition {
  [OptionalProps]?: 'delivery' | 'status' | 'kpiWindowMonths';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => TrainingBody)
  @Index()
  @ManyToOne({ entity: () => TrainingBody, deleteRule: 'restrict' })
  trainingBody!: TrainingBody;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Subject, e.g. OSS, CQC, ADDETTO_PULIZIE, ITALIANO' })
  @Property({ type: 'text' })
  subject!: string;

  @Field(() => CourseStream)
  @Enum({ items: () => CourseStream, type: 'text' })
  stream!: CourseStream;

  @Field(() => CourseDelivery)
  @Enum({ items: () => CourseDelivery, type: 'text', default: 'IN_PERSON' })
  delivery: CourseDelivery = CourseDelivery.IN_PERSON;

  @Field(() => CourseEditionStatus)
  @Enum({ items: () => CourseEditionStatus, type: 'text', default: 'DRAFT' })
  status: CourseEditionStatus = CourseEditionStatus.DRAFT;

  @Field(() => String, { description: 'ISO date' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => String)
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  seats!: number;

  @Field(() => Int, { description: 'Total course cost in euro cents' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  totalCostCents!: number;

  @Field(() => Int, { description: 'KPI window: placements are counted from the course start to this many months after the course end' })
  @Property({ type: 'integer', default: 12 })
  kpiWindowMonths: number = 12;
}
