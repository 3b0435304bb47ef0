import { Field, ObjectType } from 'type-graphql';
import { CandidateOutcomeReason, CandidateStatus } from '../entities/candidate.entity.js';

/** One step of a candidate's pipeline, as recorded in the companies event log (CandidateStatusChanged). */
@ObjectType()
export class CandidateStatusChange {
  @Field(() => CandidateStatus, { nullable: true, description: 'Null when the person entered the pipeline' }) from!: CandidateStatus | null;
  @Field(() => CandidateStatus) to!: CandidateStatus;
  @Field(() => CandidateOutcomeReason, { nullable: true }) reasonCode!: CandidateOutcomeReason | null;
  @Field(() => String, { nullable: true }) reasonNote!: string | null;
  @Field(() => Date) at!: Date;
}
