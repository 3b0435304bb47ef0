import { Field, ID, InputType, Int } from 'type-graphql';
import { PlacementDraftStatus } from '../entities/placement-draft.entity.js';
import { ContractType } from '../entities/placement.entity.js';

/** The company's "Conferma assunzione": the hire's contract, start and hours, asked in the confirm dialog. */
@InputType()
export class ConfirmHireInput {
  @Field(() => ID) candidateId!: string;
  @Field(() => ContractType) contract!: ContractType;
  @Field(() => String, { description: 'ISO date' }) startDate!: string;
  @Field(() => String, { nullable: true, description: 'ISO date; required for TEMPO_DETERMINATO, none for TEMPO_INDETERMINATO' })
  endDate?: string | null;
  @Field(() => Int, { description: 'Hours per week, 1–48' }) hoursPerWeek!: number;
}

/** Staff confirm a draft, correcting what the company wrote if needed (fields left out keep the draft's value). */
@InputType()
export class ConfirmPlacementDraftInput {
  @Field(() => ID) draftId!: string;
  @Field(() => ContractType, { nullable: true }) contract?: ContractType | null;
  @Field(() => String, { nullable: true, description: 'ISO date' }) startDate?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date' }) endDate?: string | null;
  @Field(() => Int, { nullable: true }) hoursPerWeek?: number | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType()
export class PlacementDraftFilter {
  @Field(() => PlacementDraftStatus, { nullable: true, description: 'Default PENDING' }) status?: PlacementDraftStatus | null;
}
