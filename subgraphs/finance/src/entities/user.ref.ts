import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The people subgraph's User (an account): finance names who prepared and who decided a request by it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('User')
export class UserRef {
  @Field(() => ID)
  id!: string;
}
