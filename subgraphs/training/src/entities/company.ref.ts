import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The companies subgraph's Company, referenced by committed-to-hire lists. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Company')
export class CompanyRef {
  @Field(() => ID)
  id!: string;
}

/** The companies subgraph's Vacancy (an identified position a 2.b course trains for). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Vacancy')
export class VacancyRef {
  @Field(() => ID)
  id!: string;
}
