import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The projects subgraph's Project, extended here with its loans. */
@Directive('@key(fields: "id")')
@ObjectType('Project')
export class ProjectRef {
  @Field(() => ID)
  id!: string;
}
