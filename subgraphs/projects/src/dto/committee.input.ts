import { Field, ID, InputType, Int } from 'type-graphql';
import {
  CommitteeKind,
  CommitteeMemberRole,
  DecisionOutcome,
  FundingKind,
  NonCashItemKind,
  SubjectKind,
  VoteChoice,
} from '../entities/enums.js';

@InputType()
export class CommitteeInput {
  @Field(() => CommitteeKind) kind!: CommitteeKind;
  @Field(() => String) name!: string;
  @Field(() => Int) quorum!: number;
}

@InputType()
export class CommitteeMemberInput {
  @Field(() => ID) committeeId!: string;
  @Field(() => ID, { description: 'User account id (people subgraph)' }) userId!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true }) represents?: string | null;
  @Field(() => CommitteeMemberRole, { nullable: true, description: 'CHAIR, SECRETARY or MEMBER (default)' })
  role?: CommitteeMemberRole | null;
}

@InputType()
export class CommitteeSessionInput {
  @Field(() => ID) committeeId!: string;
  @Field(() => String, { description: 'ISO date' }) heldOn!: string;
  @Field(() => String, { nullable: true }) location?: string | null;
}

@InputType()
export class CommitteeAgendaItemInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => SubjectKind, { nullable: true }) subjectKind?: SubjectKind | null;
  @Field(() => ID, { nullable: true, description: 'Project or self-employment path (evaluation and management committees)' }) subjectId?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Required for governance tables; defaults to the dossier title' }) topic?:
    string | null;
}

@InputType()
export class CommitteeVoteInput {
  @Field(() => ID) agendaItemId!: string;
  @Field(() => VoteChoice, { nullable: true }) choice?: VoteChoice | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Declaring a conflict of interest excludes the member from the vote and the quorum',
  })
  conflictOfInterest?: boolean | null;
  @Field(() => String, { nullable: true }) conflictNote?: string | null;
}

@InputType({ description: 'One non-cash support item: a course paid, stages funded, services in kind, with its value' })
export class NonCashItemInput {
  @Field(() => NonCashItemKind) kind!: NonCashItemKind;
  @Field(() => String) description!: string;
  @Field(() => Int) valueCents!: number;
}

@InputType({
  description:
    'LOAN: amountCents ≤ 2,500,000, termMonths 6–60, graceMonths 0–6. GRANT: investmentCents ≤ 600,000 + servicesCents ≤ 200,000. NON_CASH: 1–20 nonCashItems',
})
export class FundingInput {
  @Field(() => FundingKind) kind!: FundingKind;
  @Field(() => [NonCashItemInput], { nullable: true, description: 'NON_CASH only' }) nonCashItems?: NonCashItemInput[] | null;
  @Field(() => Int, { nullable: true }) amountCents?: number | null;
  @Field(() => Int, { nullable: true }) investmentCents?: number | null;
  @Field(() => Int, { nullable: true }) servicesCents?: number | null;
  @Field(() => Int, { nullable: true }) termMonths?: number | null;
  @Field(() => Int, { nullable: true }) graceMonths?: number | null;
}

@InputType()
export class CommitteeDecisionInput {
  @Field(() => ID) agendaItemId!: string;
  @Field(() => DecisionOutcome) outcome!: DecisionOutcome;
  @Field(() => String, { nullable: true }) conditions?: string | null;
  @Field(() => FundingInput, {
    nullable: true,
    description:
      'The form of support: required when the evaluation committee approves a project; the management committee approves it (omit to keep it, same form to adjust it)',
  })
  funding?: FundingInput | null;
}
