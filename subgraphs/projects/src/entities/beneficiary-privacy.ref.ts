import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The people subgraph's Beneficiary, extended here with what this subgraph holds about the person (GDPR export). */
@Directive('@key(fields: "id")')
@ObjectType('Beneficiary')
export class BeneficiaryRef {
  @Field(() => ID)
  id!: string;
}
