import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WorkShift } from '../entities/enums.js';
import { ContractType } from '../entities/placement.entity.js';
import { MatchExplanation } from './match.types.js';

@ObjectType({ description: 'An open vacancy that matches the signed-in beneficiary, with why (no company details before a proposal)' })
export class MyVacancyMatch {
  @Field(() => ID) vacancyId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: 'Tasks (mansioni), free text' }) tasks!: string | null;
  @Field(() => String, { description: 'ISTAT code of the workplace municipality' }) municipalityCode!: string;
  @Field(() => ContractType, { nullable: true }) contractType!: ContractType | null;
  @Field(() => Int, { nullable: true }) hoursPerWeek!: number | null;
  @Field(() => [WorkShift]) shifts!: WorkShift[];
  @Field(() => String, { nullable: true, description: 'ISO date the job starts' }) startDate!: string | null;
  @Field(() => Int, { description: '0–100' }) score!: number;
  @Field(() => MatchExplanation) explanation!: MatchExplanation;
}
