/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CourseEditionStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT';

export type CourseOutcome =
  | 'COMPLETED'
  | 'DROPPED_OUT'
  | 'IN_PROGRESS';

export type CourseOutcomeInput = {
  dropOutReason?: string | null | undefined;
  droppedOutOn?: string | null | undefined;
  enrolmentId: string | number;
  outcome: CourseOutcome;
  qualificationName?: string | null | undefined;
  qualificationObtained?: boolean | null | undefined;
};

export type CourseStream =
  | 'EXPERIMENTAL'
  | 'PROFESSIONAL'
  | 'TRANSVERSAL';

export type EnrolmentStatus =
  | 'ENROLLED'
  | 'REJECTED'
  | 'REQUESTED'
  | 'WITHDRAWN';

export type RiskShareMetric =
  | 'EMPLOYMENT_RATE'
  | 'PERMANENT_RATE'
  | 'PLACEMENT_RATE';

export type RiskShareMode =
  | 'ALL_OR_NOTHING'
  | 'PROPORTIONAL';

export type RiskShareReasonCode =
  | 'DEMO_AGREEMENT'
  | 'PLACEMENT_CORRECTED'
  | 'PLACEMENT_RECORDED_LATE'
  | 'PROTOCOL_AGREEMENT';

export type TrainingImportAttendanceCsvMutationVariables = Exact<{
  editionId: string | number;
  csv: string;
  dryRun?: boolean | null | undefined;
}>;


export type TrainingImportAttendanceCsvMutation = { importAttendanceCsv: { accepted: boolean, alreadyImported: boolean, rows: number, uploadId: string | null, errors: Array<{ line: number, field: string, reasonCode: string, params: unknown }> } };

export type TrainingCourseEditionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingCourseEditionsQuery = { courseEditions: Array<{ id: string, title: string, subject: string, stream: CourseStream, status: CourseEditionStatus, startDate: string, endDate: string, seats: number, totalCostCents: number, trainingBody: { id: string, name: string }, kpis: { placementRate: number, employmentRate: number, windowStart: string, windowEnd: string }, riskShare: { atRiskCents: number, projectedPayableCents: number, windowEnd: string, windowOpen: boolean, settlement: { id: string, payableCents: number } | null } | null }> };

export type TrainingCourseEditionQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingCourseEditionQuery = { courseEdition: { id: string, title: string, subject: string, stream: CourseStream, status: CourseEditionStatus, startDate: string, endDate: string, seats: number, totalCostCents: number, sessions: Array<{ id: string, code: string, date: string, hours: number }>, enrolments: Array<{ id: string, participantName: string | null, codiceFiscale: string | null, status: EnrolmentStatus, outcome: CourseOutcome, qualificationObtained: boolean, qualificationName: string | null, droppedOutOn: string | null, dropOutReason: string | null, attendedHours: number, attendancePercent: number }>, kpis: { population: number, placements: number, employed: number, permanent: number, placementRate: number, employmentRate: number, permanentRate: number, windowStart: string, windowEnd: string }, riskShare: { totalCostCents: number, atRiskCents: number, atRiskPercent: number, metric: RiskShareMetric, mode: RiskShareMode, targetRatePercent: number, achievedRatePercent: number, projectedPayableCents: number, projectedWithheldCents: number, windowStart: string, windowEnd: string, windowOpen: boolean, settlement: { id: string, payableCents: number, withheldCents: number, achievedRatePercent: number, asOf: string, revision: number, revisions: Array<{ id: string, revision: number, reason: string, reasonCode: RiskShareReasonCode | null, placementStartDate: string | null, revisedAt: string, achievedRateBefore: number, achievedRateAfter: number, payableBeforeCents: number, payableAfterCents: number, deltaCents: number }> } | null } | null } | null, trainingSettlements: Array<{ editionId: string, paidCents: number, outstandingCents: number, paidOn: string | null }> };

export type TrainingLiveKpisChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TrainingLiveKpisChangedSubscription = { editionKpisChanged: { id: string, title: string, kpis: { placements: number, population: number, placementRate: number } } };

export type TrainingLiveRiskShareSettledSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TrainingLiveRiskShareSettledSubscription = { riskShareSettled: { id: string, title: string, riskShare: { settlement: { id: string, payableCents: number, withheldCents: number, revision: number } | null } | null } };

export type TrainingLiveAttendanceUploadedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TrainingLiveAttendanceUploadedSubscription = { attendanceUploaded: { uploadId: string, rows: number, edition: { id: string, title: string } } };

export type TrainingRecordCourseOutcomeMutationVariables = Exact<{
  input: CourseOutcomeInput;
}>;


export type TrainingRecordCourseOutcomeMutation = { recordCourseOutcome: { id: string, outcome: CourseOutcome, qualificationObtained: boolean, qualificationName: string | null, droppedOutOn: string | null, dropOutReason: string | null } };


export const TrainingImportAttendanceCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingImportAttendanceCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"editionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAttendanceCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"editionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"editionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyImported"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"uploadId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingImportAttendanceCsvMutation, TrainingImportAttendanceCsvMutationVariables>;
export const TrainingCourseEditionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCourseEditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseEditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"totalCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"trainingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementRate"}},{"kind":"Field","name":{"kind":"Name","value":"employmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atRiskCents"}},{"kind":"Field","name":{"kind":"Name","value":"projectedPayableCents"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpen"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payableCents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingCourseEditionsQuery, TrainingCourseEditionsQueryVariables>;
export const TrainingCourseEditionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCourseEdition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseEdition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"totalCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantName"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationObtained"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationName"}},{"kind":"Field","name":{"kind":"Name","value":"droppedOutOn"}},{"kind":"Field","name":{"kind":"Name","value":"dropOutReason"}},{"kind":"Field","name":{"kind":"Name","value":"attendedHours"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"employed"}},{"kind":"Field","name":{"kind":"Name","value":"permanent"}},{"kind":"Field","name":{"kind":"Name","value":"placementRate"}},{"kind":"Field","name":{"kind":"Name","value":"employmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"permanentRate"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskCents"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskPercent"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"projectedPayableCents"}},{"kind":"Field","name":{"kind":"Name","value":"projectedWithheldCents"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpen"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payableCents"}},{"kind":"Field","name":{"kind":"Name","value":"withheldCents"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"placementStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"revisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRateBefore"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRateAfter"}},{"kind":"Field","name":{"kind":"Name","value":"payableBeforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"payableAfterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSettlements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editionId"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}}]}}]} as unknown as DocumentNode<TrainingCourseEditionQuery, TrainingCourseEditionQueryVariables>;
export const TrainingLiveKpisChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TrainingLiveKpisChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editionKpisChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"placementRate"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingLiveKpisChangedSubscription, TrainingLiveKpisChangedSubscriptionVariables>;
export const TrainingLiveRiskShareSettledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TrainingLiveRiskShareSettled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskShareSettled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"riskShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payableCents"}},{"kind":"Field","name":{"kind":"Name","value":"withheldCents"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingLiveRiskShareSettledSubscription, TrainingLiveRiskShareSettledSubscriptionVariables>;
export const TrainingLiveAttendanceUploadedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TrainingLiveAttendanceUploaded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceUploaded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadId"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingLiveAttendanceUploadedSubscription, TrainingLiveAttendanceUploadedSubscriptionVariables>;
export const TrainingRecordCourseOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingRecordCourseOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCourseOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationObtained"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationName"}},{"kind":"Field","name":{"kind":"Name","value":"droppedOutOn"}},{"kind":"Field","name":{"kind":"Name","value":"dropOutReason"}}]}}]}}]} as unknown as DocumentNode<TrainingRecordCourseOutcomeMutation, TrainingRecordCourseOutcomeMutationVariables>;