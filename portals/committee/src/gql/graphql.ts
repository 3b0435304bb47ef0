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

export type CommitteeMemberRole =
  | 'CHAIR'
  | 'MEMBER'
  | 'SECRETARY';

export type CommitteeMinutesStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'NONE';

export type CommitteeMinutesTemplateSource =
  | 'BUILT_IN'
  | 'COMMITTEE'
  | 'GLOBAL';

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

export type CommitteeGenerateMinutesMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type CommitteeGenerateMinutesMutation = { generateCommitteeMinutes: { id: string, minutes: string | null, minutesStatus: CommitteeMinutesStatus } };

export type CommitteeApproveMinutesMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type CommitteeApproveMinutesMutation = { approveCommitteeMinutes: { id: string, minutesStatus: CommitteeMinutesStatus, minutesApprovedAt: string | null } };

export type CommitteeMinutesTemplateQueryVariables = Exact<{
  committeeId?: string | number | null | undefined;
}>;


export type CommitteeMinutesTemplateQuery = { committeeMinutesTemplate: { committeeId: string | null, source: CommitteeMinutesTemplateSource, version: number | null, body: string, placeholders: Array<{ name: string, description: string, perItem: boolean }> }, committeeMinutesTemplateVersions: Array<{ id: string, version: number, createdAt: string }> };

export type CommitteePreviewMinutesQueryVariables = Exact<{
  sessionId: string | number;
  template?: string | null | undefined;
}>;


export type CommitteePreviewMinutesQuery = { previewCommitteeMinutes: string };

export type CommitteeSaveMinutesTemplateMutationVariables = Exact<{
  committeeId?: string | number | null | undefined;
  body: string;
}>;


export type CommitteeSaveMinutesTemplateMutation = { saveCommitteeMinutesTemplate: { id: string, version: number } };

export type CommitteeSessionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitteeSessionDetailQuery = { committeeSession: { id: string, heldOn: string, location: string | null, minutes: string | null, minutesStatus: CommitteeMinutesStatus, minutesApprovedAt: string | null, committee: { id: string, name: string, kind: CommitteeKind, quorum: number, members: Array<{ id: string, userId: string, displayName: string, represents: string | null, role: CommitteeMemberRole }> }, agenda: Array<{ id: string, position: number, topic: string, subjectId: string | null, subjectKind: ProjectSubjectKind | null, project: { id: string, title: string, organisationName: string, organisationKind: ProjectOrganisationKind, sector: ProjectSector, status: ProjectStatus, requestedAmountCents: number | null, expectedJobs: number, projectLines: string | null, needsAnalysis: string | null, sustainabilityPlan: string | null, actorsInvolved: string | null } | null, selfEmploymentPath: { id: string, businessIdea: string, sector: ProjectSector, status: SelfEmploymentStatus, fundingNeedCents: number | null, planSummary: string | null } | null, votes: Array<{ id: string, memberId: string, choice: CommitteeVoteChoice | null, conflictOfInterest: boolean, conflictNote: string | null, castAt: string }>, decision: { id: string, outcome: CommitteeDecisionOutcome, conditions: string | null, decidedOn: string, votesFor: number, votesAgainst: number, abstentions: number, excludedForConflict: number, fundingKind: ProjectFundingKind | null, amountCents: number | null, investmentCents: number | null, servicesCents: number | null, termMonths: number | null, graceMonths: number | null, nonCashItems: Array<{ kind: ProjectNonCashItemKind, description: string, valueCents: number }> | null } | null }> } };

export type CommitteeMySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommitteeMySessionsQuery = { committeeSessions: Array<{ id: string, heldOn: string, location: string | null, minutesStatus: CommitteeMinutesStatus, committee: { id: string, name: string, kind: CommitteeKind }, agenda: Array<{ id: string, subjectId: string | null, decision: { id: string } | null }> }> };

export type CommitteeCastVoteMutationVariables = Exact<{
  input: CommitteeVoteInput;
}>;


export type CommitteeCastVoteMutation = { castCommitteeVote: { id: string, agendaItemId: string, memberId: string, choice: CommitteeVoteChoice | null, conflictOfInterest: boolean, conflictNote: string | null, castAt: string } };


export const CommitteeRecordDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeRecordDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommitteeDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<CommitteeRecordDecisionMutation, CommitteeRecordDecisionMutationVariables>;
export const CommitteeLiveDecisionRecordedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CommitteeLiveDecisionRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeDecisionRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}}]}}]}}]} as unknown as DocumentNode<CommitteeLiveDecisionRecordedSubscription, CommitteeLiveDecisionRecordedSubscriptionVariables>;
export const CommitteeGenerateMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeGenerateMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateCommitteeMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}}]}}]}}]} as unknown as DocumentNode<CommitteeGenerateMinutesMutation, CommitteeGenerateMinutesMutationVariables>;
export const CommitteeApproveMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeApproveMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCommitteeMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovedAt"}}]}}]}}]} as unknown as DocumentNode<CommitteeApproveMinutesMutation, CommitteeApproveMinutesMutationVariables>;
export const CommitteeMinutesTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeMinutesTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeMinutesTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"perItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"committeeMinutesTemplateVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CommitteeMinutesTemplateQuery, CommitteeMinutesTemplateQueryVariables>;
export const CommitteePreviewMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteePreviewMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"template"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewCommitteeMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"template"},"value":{"kind":"Variable","name":{"kind":"Name","value":"template"}}}]}]}}]} as unknown as DocumentNode<CommitteePreviewMinutesQuery, CommitteePreviewMinutesQueryVariables>;
export const CommitteeSaveMinutesTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeSaveMinutesTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCommitteeMinutesTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CommitteeSaveMinutesTemplateMutation, CommitteeSaveMinutesTemplateMutationVariables>;
export const CommitteeSessionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeSessionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"represents"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"expectedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"projectLines"}},{"kind":"Field","name":{"kind":"Name","value":"needsAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"sustainabilityPlan"}},{"kind":"Field","name":{"kind":"Name","value":"actorsInvolved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEmploymentPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessIdea"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundingNeedCents"}},{"kind":"Field","name":{"kind":"Name","value":"planSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"conflictOfInterest"}},{"kind":"Field","name":{"kind":"Name","value":"conflictNote"}},{"kind":"Field","name":{"kind":"Name","value":"castAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}},{"kind":"Field","name":{"kind":"Name","value":"excludedForConflict"}},{"kind":"Field","name":{"kind":"Name","value":"fundingKind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"investmentCents"}},{"kind":"Field","name":{"kind":"Name","value":"servicesCents"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"graceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nonCashItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"valueCents"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeSessionDetailQuery, CommitteeSessionDetailQueryVariables>;
export const CommitteeMySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeMySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeMySessionsQuery, CommitteeMySessionsQueryVariables>;
export const CommitteeCastVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeCastVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castCommitteeVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"conflictOfInterest"}},{"kind":"Field","name":{"kind":"Name","value":"conflictNote"}},{"kind":"Field","name":{"kind":"Name","value":"castAt"}}]}}]}}]} as unknown as DocumentNode<CommitteeCastVoteMutation, CommitteeCastVoteMutationVariables>;