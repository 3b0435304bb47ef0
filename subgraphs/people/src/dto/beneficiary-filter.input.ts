import { Field, InputType, Int } from 'type-graphql';
import { BeneficiaryStatus, Sex } from '../entities/beneficiary.entity.js';
import { FragilityProfile, Readiness, ReferringBody } from '../entities/enums.js';

/** Staff search over people; every given criterion must hold (lists: any of the values). */
@InputType()
export class BeneficiaryFilter {
  @Field(() => [BeneficiaryStatus], { nullable: true }) status?: BeneficiaryStatus[] | null;
  @Field(() => [FragilityProfile], { nullable: true }) profile?: FragilityProfile[] | null;
  @Field(() => [Readiness], { nullable: true }) readiness?: Readiness[] | null;
  @Field(() => [String], { nullable: true, description: 'ISTAT codes of residence or domicile' }) municipalityCodes?: string[] | null;
  @Field(() => Int, { nullable: true }) ageMin?: number | null;
  @Field(() => Int, { nullable: true }) ageMax?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'true: younger than 35; false: 35 or older' }) under35?: boolean | null;
  @Field(() => [String], { nullable: true, description: 'Citizenships (ISO alpha-2)' }) citizenship?: string[] | null;
  @Field(() => Sex, { nullable: true }) sex?: Sex | null;
  @Field(() => [String], { nullable: true, description: 'Skill labels or ESCO codes (any)' }) skills?: string[] | null;
  @Field(() => [ReferringBody], { nullable: true }) referringBody?: ReferringBody[] | null;
  @Field(() => Boolean, { nullable: true }) outOfArea?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Name or codice fiscale contains' }) search?: string | null;
}
