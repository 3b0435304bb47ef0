/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CommitteeDecisionInput = {
  agendaItemId: string | number;
  conditions?: string | null | undefined;
  /** The form of support: required when the evaluation committee approves a project; the management committee approves it (omit to keep it, same form to adjust it) */
  funding?: FundingInput | null | undefined;
  outcome: CommitteeDecisionOutcome;
};

export type CommitteeDecisionOutcome =
  | 'APPROVED'
  | 'POSTPONED'
  | 'REJECTED';

export type CommitteeKind =
  | 'COORDINATION'
  | 'EVALUATION'
  | 'MANAGEMENT'
  | 'TECHNICAL';

export type CommitteeMinutesStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'NONE';

export type CommitteeVoteChoice =
  | 'ABSTAIN'
  | 'APPROVE'
  | 'REJECT';

export type CommitteeVoteInput = {
  agendaItemId: string | number;
  choice?: CommitteeVoteChoice | null | undefined;
  conflictNote?: string | null | undefined;
  /** Declaring a conflict of interest excludes the member from the vote and the quorum */
  conflictOfInterest?: boolean | null | undefined;
};

/** LOAN: amountCents ≤ 2,500,000, termMonths 6–60, graceMonths 0–6. GRANT: investmentCents ≤ 600,000 + servicesCents ≤ 200,000. NON_CASH: 1–20 nonCashItems */
export type FundingInput = {
  amountCents?: number | null | undefined;
  graceMonths?: number | null | undefined;
  investmentCents?: number | null | undefined;
  kind: ProjectFundingKind;
  /** NON_CASH only */
  nonCashItems?: Array<NonCashItemInput> | null | undefined;
  servicesCents?: number | null | undefined;
  termMonths?: number | null | undefined;
};

/** One non-cash support item: a course paid, stages funded, services in kind, with its value */
export type NonCashItemInput = {
  description: string;
  kind: ProjectNonCashItemKind;
  valueCents: number;
};

export type ProjectFundingKind =
  | 'GRANT'
  | 'LOAN'
  | 'NON_CASH';

export type ProjectNonCashItemKind =
  | 'COURSE_FEES'
  | 'SERVICES_IN_KIND'
  | 'STAGE_FUNDING';

/** ETS = Third Sector body; INFORMAL_GROUP = group becoming an ETS */
export type ProjectOrganisationKind =
  | 'ETS'
  | 'INFORMAL_GROUP'
  | 'LABOUR_INTERMEDIARY';

export type ProjectSector =
  | 'COMMUNITY_WELFARE'
  | 'ETHICAL_FASHION'
  | 'ETHICAL_FOOD'
  | 'OTHER'
  | 'SOCIAL_FARMING'
  | 'SPORT_CULTURE_REGENERATION';

export type ProjectStatus =
  | 'ACCOMPANIMENT'
  | 'EVALUATION_COMMITTEE'
  | 'FUNDED'
  | 'INTAKE_MEETING'
  | 'MANAGEMENT_COMMITTEE'
  | 'MONITORING'
  | 'PRE_SELECTION'
  | 'REJECTED'
  | 'REVIEW'
  | 'STAND_BY'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type ProjectSubjectKind =
  | 'PROJECT'
  | 'SELF_EMPLOYMENT';

export type SelfEmploymentStatus =
  | 'ACCOMPANIMENT'
  | 'APPROVED'
  | 'BUSINESS_PLAN'
  | 'EVALUATION'
  | 'MONITORING'
  | 'REJECTED'
  | 'STAND_BY'
  | 'STARTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type CommitteeRecordDecisionMutationVariables = Exact<{
  input: CommitteeDecisionInput;
}>;


export type CommitteeRecordDecisionMutation = { recordCommitteeDecision: { id: string, outcome: CommitteeDecisionOutcome } };

export type CommitteeLiveDecisionRecordedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CommitteeLiveDecisionRecordedSubscription = { committeeDecisionRecorded: { id: string, sessionId: string, outcome: CommitteeDecisionOutcome, decidedOn: string, votesFor: number, votesAgainst: number, abstentions: number } };

export type CommitteeSessionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitteeSessionDetailQuery = { committeeSession: { id: string, heldOn: string, location: string | null, minutes: string | null, minutesStatus: CommitteeMinutesStatus, minutesApprovedAt: string | null, committee: { id: string, name: string, kind: CommitteeKind, quorum: number, members: Array<{ id: string, userId: string, displayName: string, represents: string | null }> }, agenda: Array<{ id: string, position: number, topic: string, subjectId: string | null, subjectKind: ProjectSubjectKind | null, project: { id: string, title: string, organisationName: string, organisationKind: ProjectOrganisationKind, sector: ProjectSector, status: ProjectStatus, requestedAmountCents: number | null, expectedJobs: number, projectLines: string | null, needsAnalysis: string | null, sustainabilityPlan: string | null, actorsInvolved: string | null } | null, selfEmploymentPath: { id: string, businessIdea: string, sector: ProjectSector, status: SelfEmploymentStatus, fundingNeedCents: number | null, planSummary: string | null } | null, votes: Array<{ id: string, memberId: string, choice: CommitteeVoteChoice | null, conflictOfInterest: boolean, conflictNote: string | null, castAt: string }>, decision: { id: string, outcome: CommitteeDecisionOutcome, conditions: string | null, decidedOn: string, votesFor: number, votesAgainst: number, abstentions: number, excludedForConflict: number, fundingKind: ProjectFundingKind | null, amountCents: number | null, investmentCents: number | null, servicesCents: number | null, termMonths: number | null, graceMonths: number | null, nonCashItems: Array<{ kind: ProjectNonCashItemKind, description: string, valueCents: number }> | null } | null }> } };

export type CommitteeMySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommitteeMySessionsQuery = { committeeSessions: Array<{ id: string, heldOn: string, location: string | null, minutesStatus: CommitteeMinutesStatus, committee: { id: string, name: string, kind: CommitteeKind }, agenda: Array<{ id: string, subjectId: string | null, decision: { id: string } | null }> }> };

export type CommitteeCastVoteMutationVariables = Exact<{
  input: CommitteeVoteInput;
}>;


export type CommitteeCastVoteMutation = { castCommitteeVote: { id: string, agendaItemId: string, memberId: string, choice: CommitteeVoteChoice | null, conflictOfInterest: boolean, conflictNote: string | null, castAt: string } };


export const CommitteeRecordDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeRecordDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommitteeDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<CommitteeRecordDecisionMutation, CommitteeRecordDecisionMutationVariables>;
export const CommitteeLiveDecisionRecordedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CommitteeLiveDecisionRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeDecisionRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}}]}}]}}]} as unknown as DocumentNode<CommitteeLiveDecisionRecordedSubscription, CommitteeLiveDecisionRecordedSubscriptionVariables>;
export const CommitteeSessionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeSessionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"represents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"expectedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"projectLines"}},{"kind":"Field","name":{"kind":"Name","value":"needsAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"sustainabilityPlan"}},{"kind":"Field","name":{"kind":"Name","value":"actorsInvolved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEmploymentPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessIdea"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundingNeedCents"}},{"kind":"Field","name":{"kind":"Name","value":"planSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"conflictOfInterest"}},{"kind":"Field","name":{"kind":"Name","value":"conflictNote"}},{"kind":"Field","name":{"kind":"Name","value":"castAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}},{"kind":"Field","name":{"kind":"Name","value":"excludedForConflict"}},{"kind":"Field","name":{"kind":"Name","value":"fundingKind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"investmentCents"}},{"kind":"Field","name":{"kind":"Name","value":"servicesCents"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"graceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nonCashItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"valueCents"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeSessionDetailQuery, CommitteeSessionDetailQueryVariables>;
export const CommitteeMySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeMySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeMySessionsQuery, CommitteeMySessionsQueryVariables>;
export const CommitteeCastVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeCastVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castCommitteeVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"conflictOfInterest"}},{"kind":"Field","name":{"kind":"Name","value":"conflictNote"}},{"kind":"Field","name":{"kind":"Name","value":"castAt"}}]}}]}}]} as unknown as DocumentNode<CommitteeCastVoteMutation, CommitteeCastVoteMutationVariables>;