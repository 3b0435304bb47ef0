import { Field, ID, InputType, Int } from 'type-graphql';
import { CompanyCefrLevel, WorkShift } from '../entities/enums.js';
import { ContractType } from '../entities/placement.entity.js';
import { VacancyStatus } from '../entities/vacancy.entity.js';

/** Fields of a staffing need that can be set on posting and changed later. */
@InputType()
export class VacancyFieldsInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'ESCO occupation code (e.g. 9112.1) or URI' }) occupationCode?: string | null;
  @Field(() => String, { nullable: true }) tasks?: string | null;
  @Field(() => [String], { nullable: true }) requiredSkills?: string[] | null;
  @Field(() => [String], { nullable: true }) niceToHaveSkills?: string[] | null;
  @Field(() => CompanyCefrLevel, { nullable: true }) italianLevel?: CompanyCefrLevel | null;
  @Field(() => Boolean, { nullable: true }) drivingLicenceRequired?: boolean | null;
  @Field(() => Boolean, { nullable: true }) ownVehicleRequired?: boolean | null;
  @Field(() => ContractType, { nullable: true }) contractType?: ContractType | null;
  @Field(() => Int, { nullable: true }) hoursPerWeek?: number | null;
  @Field(() => [WorkShift], { nullable: true }) shifts?: WorkShift[] | null;
  @Field(() => String, { nullable: true, description: 'ISTAT code of the workplace municipality' }) municipalityCode?: string | null;
  @Field(() => Int, { nullable: true }) maxDistanceKm?: number | null;
  @Field(() => Int, { nullable: true }) openings?: number | null;
  @Field(() => String, { nullable: true, description: 'ISO date' }) startDate?: string | null;
}

@InputType()
export class PostVacancyInput extends VacancyFieldsInput {
  @Field(() => ID, { nullable: true, description: 'Staff: the company; a company user posts for its own company' }) companyId?:
    string | null;
  @Field(() => VacancyStatus, { nullable: true, description: 'DRAFT (default) or OPEN' }) status?: VacancyStatus | null;
}
