/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BeneficiaryStatus =
  | 'ACTIVE'
  | 'FUORI_PROTOCOLLO'
  | 'INTERVIEWED'
  | 'INTERVIEW_SCHEDULED'
  | 'IN_TARGET'
  | 'NOT_IN_TARGET'
  | 'PLACED'
  | 'REGISTERED';

export type PlacementType =
  | 'ASSUNZIONE'
  | 'LAVORO_AUTONOMO'
  | 'MINI_JOB'
  | 'STAGE'
  | 'TIROCINIO';

export type StaffBeneficiaryListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type StaffBeneficiaryListQuery = { beneficiaries: { totalCount: number, endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, firstName: string, lastName: string, codiceFiscale: string, municipalityCode: string, status: BeneficiaryStatus, registeredAt: string, placements: Array<{ id: string }> | null, enrolments: Array<{ id: string }> | null }> } };

export type StaffHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffHomeQuery = { beneficiaries: { totalCount: number } };

export type StaffLiveVacancyPostedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffLiveVacancyPostedSubscription = { vacancyPosted: { id: string, title: string, openings: number, company: { id: string, name: string } } };

export type StaffLivePlacementRecordedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffLivePlacementRecordedSubscription = { placementRecorded: { id: string, type: PlacementType, company: { id: string, name: string } | null, beneficiary: { id: string, firstName: string, lastName: string } } };

export type StaffLiveBeneficiaryRegisteredSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffLiveBeneficiaryRegisteredSubscription = { beneficiaryRegistered: { id: string, firstName: string, lastName: string } };


export const StaffBeneficiaryListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffBeneficiaryList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffBeneficiaryListQuery, StaffBeneficiaryListQueryVariables>;
export const StaffHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<StaffHomeQuery, StaffHomeQueryVariables>;
export const StaffLiveVacancyPostedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffLiveVacancyPosted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancyPosted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StaffLiveVacancyPostedSubscription, StaffLiveVacancyPostedSubscriptionVariables>;
export const StaffLivePlacementRecordedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffLivePlacementRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<StaffLivePlacementRecordedSubscription, StaffLivePlacementRecordedSubscriptionVariables>;
export const StaffLiveBeneficiaryRegisteredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffLiveBeneficiaryRegistered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaryRegistered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<StaffLiveBeneficiaryRegisteredSubscription, StaffLiveBeneficiaryRegisteredSubscriptionVariables>;