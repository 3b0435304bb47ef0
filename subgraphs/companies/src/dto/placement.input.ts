import { Field, ID, InputType, Int } from 'type-graphql';
import { ContractType, PlacementFollowUp, PlacementType } from '../entities/placement.entity.js';

@InputType()
export class RecordPlacementInput {
  @Field(() => ID) beneficiaryId!: string;
  @Field(() => PlacementType) type!: PlacementType;
  @Field(() => ContractType, { nullable: true, description: 'Required for ASSUNZIONE, not allowed otherwise' })
  contract?: ContractType | null;
  @Field(() => String, { description: 'ISO date' }) startDate!: string;
  @Field(() => String, { nullable: true, description: 'ISO date; none for TEMPO_INDETERMINATO' }) endDate?: string | null;
  @Field(() => Int, { nullable: true, description: 'Required for MINI_JOB (< 20)' }) hoursPerWeek?: number | null;
  @Field(() => ID, { nullable: true, description: 'Required except for LAVORO_AUTONOMO' }) companyId?: string | null;
  @Field(() => ID, { nullable: true }) vacancyId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Course edition credited with the placement' }) sourceEditionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The placement this one renews, extends or converts' }) previousPlacementId?:
    string | null;
  @Field(() => PlacementFollowUp, { nullable: true, description: 'Required with previousPlacementId' }) followUp?: PlacementFollowUp | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}
