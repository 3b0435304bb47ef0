import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Company } from '../entities/company.entity.js';

@ObjectType({ description: 'A company in the yearly ranking by placements' })
export class CompanyPlacementRank {
  @Field(() => Int, { description: 'Equal counts share the rank (1, 2, 2, 4)' }) rank!: number;
  @Field(() => Company) company!: Company;
  @Field(() => Int) placements!: number;
}

@InputType()
export class AddCompanyContactInput {
  @Field(() => ID) companyId!: string;
  @Field(() => String) fullName!: string;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}
