/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CandidateOutcomeReason =
  | 'CONTRACT_TYPE'
  | 'DISTANCE'
  | 'FEAR_OF_INFECTION'
  | 'FOUND_OTHER_JOB'
  | 'HOURS'
  | 'LANGUAGE'
  | 'NOT_REACHABLE'
  | 'OTHER'
  | 'PAY'
  | 'SHIFTS'
  | 'SKILLS';

export type CandidateStatus =
  | 'CV_SENT'
  | 'DECLINED_BY_CANDIDATE'
  | 'HIRED'
  | 'INTERVIEW'
  | 'PROPOSED'
  | 'REJECTED_BY_COMPANY'
  | 'SHORTLISTED';

export type ChangeCandidateStatusInput = {
  candidateId: string | number;
  /** Required when rejected by the company or declined by the candidate */
  reasonCode?: CandidateOutcomeReason | null | undefined;
  /** Free text; required when reasonCode is OTHER */
  reasonNote?: string | null | undefined;
  status: CandidateStatus;
};

/** CEFR level of Italian */
export type CompanyCefrLevel =
  | 'A1'
  | 'A2'
  | 'B1'
  | 'B2'
  | 'C1'
  | 'C2'
  | 'NATIVE';

export type ConfirmHireInput = {
  candidateId: string | number;
  contract: ContractType;
  /** ISO date; required for TEMPO_DETERMINATO, none for TEMPO_INDETERMINATO */
  endDate?: string | null | undefined;
  /** Hours per week, 1–48 */
  hoursPerWeek: number;
  /** ISO date */
  startDate: string;
};

export type ContractType =
  | 'A_CHIAMATA'
  | 'IN_PROPRIO'
  | 'TEMPO_DETERMINATO'
  | 'TEMPO_INDETERMINATO';

export type InviteToInterviewInput = {
  candidateId: string | number;
  /** ISO date of the interview (Europe/Rome) */
  date: string;
  /** https:// video-call link; place or link is required */
  link?: string | null | undefined;
  /** Whom to ask for, what to bring (at most 1000 characters) */
  note?: string | null | undefined;
  /** Address; place or link is required */
  place?: string | null | undefined;
  /** Time of day HH:MM (24 h, Europe/Rome) */
  time: string;
};

export type PlacementDraftStatus =
  | 'CONFIRMED'
  | 'PENDING';

export type PlacementFollowUp =
  | 'CONVERSION'
  | 'EXTENSION'
  | 'RENEWAL';

export type PlacementListFilter = {
  companyId?: string | number | null | undefined;
  /** Started on or after this ISO date */
  from?: string | null | undefined;
  /** Started on or before this ISO date */
  to?: string | null | undefined;
  type?: PlacementType | null | undefined;
};

export type PlacementType =
  | 'ASSUNZIONE'
  | 'LAVORO_AUTONOMO'
  | 'MINI_JOB'
  | 'STAGE'
  | 'TIROCINIO';

export type PostVacancyInput = {
  /** Staff: the company; a company user posts for its own company */
  companyId?: string | number | null | undefined;
  contractType?: ContractType | null | undefined;
  drivingLicenceRequired?: boolean | null | undefined;
  hoursPerWeek?: number | null | undefined;
  italianLevel?: CompanyCefrLevel | null | undefined;
  maxDistanceKm?: number | null | undefined;
  /** ISTAT code of the workplace municipality */
  municipalityCode?: string | null | undefined;
  niceToHaveSkills?: Array<string> | null | undefined;
  /** ESCO occupation code (e.g. 9112.1) or URI */
  occupationCode?: string | null | undefined;
  openings?: number | null | undefined;
  ownVehicleRequired?: boolean | null | undefined;
  requiredSkills?: Array<string> | null | undefined;
  shifts?: Array<WorkShift> | null | undefined;
  /** ISO date */
  startDate?: string | null | undefined;
  /** DRAFT (default) or OPEN */
  status?: VacancyStatus | null | undefined;
  tasks?: string | null | undefined;
  title?: string | null | undefined;
};

export type VacancyFieldsInput = {
  contractType?: ContractType | null | undefined;
  drivingLicenceRequired?: boolean | null | undefined;
  hoursPerWeek?: number | null | undefined;
  italianLevel?: CompanyCefrLevel | null | undefined;
  maxDistanceKm?: number | null | undefined;
  /** ISTAT code of the workplace municipality */
  municipalityCode?: string | null | undefined;
  niceToHaveSkills?: Array<string> | null | undefined;
  /** ESCO occupation code (e.g. 9112.1) or URI */
  occupationCode?: string | null | undefined;
  openings?: number | null | undefined;
  ownVehicleRequired?: boolean | null | undefined;
  requiredSkills?: Array<string> | null | undefined;
  shifts?: Array<WorkShift> | null | undefined;
  /** ISO date */
  startDate?: string | null | undefined;
  tasks?: string | null | undefined;
  title?: string | null | undefined;
};

export type VacancyStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'FILLED'
  | 'OPEN';

export type WorkShift =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MORNING'
  | 'NIGHT'
  | 'WEEKEND';

export type CompanyChangeCandidateStatusMutationVariables = Exact<{
  input: ChangeCandidateStatusInput;
}>;


export type CompanyChangeCandidateStatusMutation = { changeCandidateStatus: { id: string, status: CandidateStatus, reasonCode: CandidateOutcomeReason | null, reasonNote: string | null, updatedAt: string } };

export type CompanyInviteToInterviewMutationVariables = Exact<{
  input: InviteToInterviewInput;
}>;


export type CompanyInviteToInterviewMutation = { inviteToInterview: { id: string, status: CandidateStatus, interviewAt: string | null, interviewPlace: string | null, interviewLink: string | null, interviewNote: string | null, updatedAt: string } };

export type CompanyConfirmHireMutationVariables = Exact<{
  input: ConfirmHireInput;
}>;


export type CompanyConfirmHireMutation = { confirmHire: { id: string, status: PlacementDraftStatus, contract: ContractType | null, startDate: string, endDate: string | null, hoursPerWeek: number | null } };

export type CompanyVacancyCandidatesQueryVariables = Exact<{
  id: string | number;
}>;


export type CompanyVacancyCandidatesQuery = { vacancy: { id: string, title: string, status: VacancyStatus, municipalityCode: string, openings: number, startDate: string | null, requiredSkills: Array<string>, niceToHaveSkills: Array<string>, italianLevel: CompanyCefrLevel | null, shifts: Array<WorkShift>, hoursPerWeek: number | null, candidates: Array<{ id: string, status: CandidateStatus, firstName: string | null, initials: string | null, skills: Array<string>, italianLevel: CompanyCefrLevel | null, shifts: Array<WorkShift>, availableHoursPerWeek: number | null, cvAvailable: boolean, reasonCode: CandidateOutcomeReason | null, reasonNote: string | null, proposedAt: string | null, updatedAt: string, interviewAt: string | null, interviewPlace: string | null, interviewLink: string | null, interviewNote: string | null }> } };

export type CompanyCandidateChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CompanyCandidateChangedSubscription = { candidateStatusChanged: { id: string, status: CandidateStatus, firstName: string | null, initials: string | null, skills: Array<string>, italianLevel: CompanyCefrLevel | null, shifts: Array<WorkShift>, availableHoursPerWeek: number | null, cvAvailable: boolean, reasonCode: CandidateOutcomeReason | null, reasonNote: string | null, proposedAt: string | null, updatedAt: string, vacancy: { id: string } } };

export type CompanyPlacementPageQueryVariables = Exact<{
  filter?: PlacementListFilter | null | undefined;
  first: number;
  offset: number;
}>;


export type CompanyPlacementPageQuery = { placements: { totalCount: number, nodes: Array<{ id: string, personName: string | null, type: PlacementType, contract: ContractType | null, startDate: string, endDate: string | null, hoursPerWeek: number | null, followUp: PlacementFollowUp | null, vacancy: { id: string, title: string } | null }> }, placementDrafts: Array<{ id: string, personName: string | null, contract: ContractType | null, startDate: string, endDate: string | null, hoursPerWeek: number | null, vacancy: { id: string, title: string } | null }> };

export type CompanyPlacementRecordedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CompanyPlacementRecordedSubscription = { placementRecorded: { id: string } };

export type CompanyHomeQueryVariables = Exact<{
  companyId?: string | number | null | undefined;
}>;


export type CompanyHomeQuery = { companies: Array<{ id: string, name: string, vatNumber: string | null, municipalityCode: string, boardJoinedOn: string | null }>, vacancies: Array<{ id: string, title: string, municipalityCode: string, openings: number, status: VacancyStatus, createdAt: string, candidates: Array<{ id: string, status: CandidateStatus }> }> };

export type CompanyHomeCandidateChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CompanyHomeCandidateChangedSubscription = { candidateStatusChanged: { id: string, status: CandidateStatus } };

export type CompanyVacancyForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type CompanyVacancyForEditQuery = { vacancy: { id: string, title: string, municipalityCode: string, openings: number, tasks: string | null, occupationCode: string | null, requiredSkills: Array<string>, niceToHaveSkills: Array<string>, contractType: ContractType | null, hoursPerWeek: number | null, shifts: Array<WorkShift>, italianLevel: CompanyCefrLevel | null, startDate: string | null, maxDistanceKm: number, drivingLicenceRequired: boolean, ownVehicleRequired: boolean, status: VacancyStatus } };

export type CompanyPostVacancyMutationVariables = Exact<{
  input: PostVacancyInput;
}>;


export type CompanyPostVacancyMutation = { postVacancy: { id: string, title: string, status: VacancyStatus } };

export type CompanyUpdateVacancyMutationVariables = Exact<{
  id: string | number;
  input: VacancyFieldsInput;
}>;


export type CompanyUpdateVacancyMutation = { updateVacancy: { id: string, title: string, municipalityCode: string, openings: number, tasks: string | null, occupationCode: string | null, requiredSkills: Array<string>, niceToHaveSkills: Array<string>, contractType: ContractType | null, hoursPerWeek: number | null, shifts: Array<WorkShift>, italianLevel: CompanyCefrLevel | null, startDate: string | null, maxDistanceKm: number, drivingLicenceRequired: boolean, ownVehicleRequired: boolean, status: VacancyStatus, updatedAt: string | null } };

export type CompanyChangeVacancyStatusMutationVariables = Exact<{
  id: string | number;
  status: VacancyStatus;
}>;


export type CompanyChangeVacancyStatusMutation = { changeVacancyStatus: { id: string, status: VacancyStatus, updatedAt: string | null } };


export const CompanyChangeCandidateStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyChangeCandidateStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCandidateStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCandidateStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CompanyChangeCandidateStatusMutation, CompanyChangeCandidateStatusMutationVariables>;
export const CompanyInviteToInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyInviteToInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteToInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"interviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewPlace"}},{"kind":"Field","name":{"kind":"Name","value":"interviewLink"}},{"kind":"Field","name":{"kind":"Name","value":"interviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CompanyInviteToInterviewMutation, CompanyInviteToInterviewMutationVariables>;
export const CompanyConfirmHireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyConfirmHire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmHireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmHire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contract"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]}}]} as unknown as DocumentNode<CompanyConfirmHireMutation, CompanyConfirmHireMutationVariables>;
export const CompanyVacancyCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyVacancyCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"niceToHaveSkills"}},{"kind":"Field","name":{"kind":"Name","value":"italianLevel"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"italianLevel"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"availableHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"cvAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewPlace"}},{"kind":"Field","name":{"kind":"Name","value":"interviewLink"}},{"kind":"Field","name":{"kind":"Name","value":"interviewNote"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyVacancyCandidatesQuery, CompanyVacancyCandidatesQueryVariables>;
export const CompanyCandidateChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CompanyCandidateChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"italianLevel"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"availableHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"cvAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyCandidateChangedSubscription, CompanyCandidateChangedSubscriptionVariables>;
export const CompanyPlacementPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyPlacementPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementListFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"contract"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementDrafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"contract"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyPlacementPageQuery, CompanyPlacementPageQueryVariables>;
export const CompanyPlacementRecordedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CompanyPlacementRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CompanyPlacementRecordedSubscription, CompanyPlacementRecordedSubscriptionVariables>;
export const CompanyHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"boardJoinedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyHomeQuery, CompanyHomeQueryVariables>;
export const CompanyHomeCandidateChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CompanyHomeCandidateChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompanyHomeCandidateChangedSubscription, CompanyHomeCandidateChangedSubscriptionVariables>;
export const CompanyVacancyForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyVacancyForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"niceToHaveSkills"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"italianLevel"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"maxDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"ownVehicleRequired"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompanyVacancyForEditQuery, CompanyVacancyForEditQueryVariables>;
export const CompanyPostVacancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyPostVacancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostVacancyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompanyPostVacancyMutation, CompanyPostVacancyMutationVariables>;
export const CompanyUpdateVacancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyUpdateVacancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyFieldsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"niceToHaveSkills"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"italianLevel"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"maxDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"ownVehicleRequired"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CompanyUpdateVacancyMutation, CompanyUpdateVacancyMutationVariables>;
export const CompanyChangeVacancyStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyChangeVacancyStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeVacancyStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CompanyChangeVacancyStatusMutation, CompanyChangeVacancyStatusMutationVariables>;