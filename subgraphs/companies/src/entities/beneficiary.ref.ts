import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The people subgraph's Beneficiary, extended here with its placements. */
@Directive('@key(fields: "id")')
@ObjectType('Beneficiary')
export class BeneficiaryRef {
  @Field(() => ID)
  id!: string;
}
