import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The training subgraph's CourseEdition: a settlement names its edition (title, training body) by it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('CourseEdition')
export class CourseEditionRef {
  @Field(() => ID)
  id!: string;
}
