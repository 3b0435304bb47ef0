import { Field, ID, InputType } from 'type-graphql';
import { CandidateOutcomeReason, CandidateStatus } from '../entities/candidate.entity.js';

@InputType()
export class ProposeCandidateInput {
  @Field(() => ID) vacancyId!: string;
  @Field(() => ID) beneficiaryId!: string;
  @Field(() => String, { nullable: true, description: 'Staff-only note (qualitative assessment)' }) note?: string | null;
}

@InputType()
export class ChangeCandidateStatusInput {
  @Field(() => ID) candidateId!: string;
  @Field(() => CandidateStatus) status!: CandidateStatus;
  @Field(() => CandidateOutcomeReason, {
    nullable: true,
    description: 'Required when rejected by the company or declined by the candidate',
  })
  reasonCode?: CandidateOutcomeReason | null;
  @Field(() => String, { nullable: true, description: 'Free text; required when reasonCode is OTHER' }) reasonNote?: string | null;
}
