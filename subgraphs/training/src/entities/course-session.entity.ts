import { Entity, OptionalProps, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { CourseEdition } from './course-edition.entity.js';

/** One lesson of an edition; `code` (default: its ISO date) identifies it in the attendance CSV. */
@ObjectType()
@Entity({ tableName: 'course_session' })
@Unique({ properties: ['edition', 'code'] })
export class CourseSession {
  [OptionalProps]?: 'hours';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne({ entity: () => CourseEdition, deleteRule: 'cascade' })
  edition!: CourseEdition;

  @Field(() => String)
  @Property({ type: 'text' })
  code!: string;

  @Field(() => String, { description: 'ISO date' })
  @Property({ type: 'date' })
  date!: string;

  /** Length in minutes (hours × 60), so that attendance sums are exact. */
  @Property({ type: 'integer' })
  lengthMinutes!: number;

  @Field(() => Float)
  get hours(): number {
    return this.lengthMinutes / 60;
  }
}
