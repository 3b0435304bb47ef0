/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BeneficiaryDocumentKind =
  | 'CV'
  | 'IDENTITY_DOCUMENT';

export type BeneficiaryLanguageInput = {
  language: string;
  level: BeneficiaryLanguageLevel;
};

/** CEFR level (NATIVE: mother tongue) */
export type BeneficiaryLanguageLevel =
  | 'A1'
  | 'A2'
  | 'B1'
  | 'B2'
  | 'C1'
  | 'C2'
  | 'NATIVE';

export type BeneficiaryPastJobInput = {
  employer?: string | null | undefined;
  escoOccupationCode?: string | null | undefined;
  fromYear?: number | null | undefined;
  title: string;
  toYear?: number | null | undefined;
};

/** Services tracked per person (IPS: Individual Placement and Support) */
export type BeneficiaryServiceKind =
  | 'CV_REVIEW'
  | 'IPS'
  | 'ITALIAN_LESSONS'
  | 'JOB_OFFER_ALERTS';

export type BeneficiaryShift =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MORNING'
  | 'NIGHT'
  | 'WEEKEND';

export type BeneficiarySkillInput = {
  escoCode?: string | null | undefined;
  label: string;
};

export type BeneficiaryStatus =
  | 'ACTIVE'
  | 'FUORI_PROTOCOLLO'
  | 'INTERVIEWED'
  | 'INTERVIEW_SCHEDULED'
  | 'IN_TARGET'
  | 'NOT_IN_TARGET'
  | 'PLACED'
  | 'REGISTERED';

export type CandidateStatus =
  | 'CV_SENT'
  | 'DECLINED_BY_CANDIDATE'
  | 'HIRED'
  | 'INTERVIEW'
  | 'PROPOSED'
  | 'REJECTED_BY_COMPANY'
  | 'SHORTLISTED';

export type ContractType =
  | 'A_CHIAMATA'
  | 'IN_PROPRIO'
  | 'TEMPO_DETERMINATO'
  | 'TEMPO_INDETERMINATO';

export type CourseEditionStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT';

export type EducationLevel =
  | 'BACHELOR'
  | 'DOCTORATE'
  | 'LOWER_SECONDARY'
  | 'MASTER'
  | 'NONE'
  | 'PRIMARY'
  | 'UPPER_SECONDARY'
  | 'VOCATIONAL';

export type EnrolmentStatus =
  | 'ENROLLED'
  | 'REJECTED'
  | 'REQUESTED'
  | 'WITHDRAWN';

export type InterviewMode =
  | 'IN_PERSON'
  | 'PHONE'
  | 'VIDEO';

export type InterviewStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'MISSED'
  | 'SCHEDULED';

export type ItalianFit =
  | 'BELOW'
  | 'MEETS'
  | 'NOT_REQUIRED'
  | 'ONE_LEVEL_BELOW'
  | 'UNKNOWN';

export type PlacementType =
  | 'ASSUNZIONE'
  | 'LAVORO_AUTONOMO'
  | 'MINI_JOB'
  | 'STAGE'
  | 'TIROCINIO';

/** soggetto inviante */
export type ReferringBody =
  | 'CARITAS'
  | 'JOB_CENTRE'
  | 'OTHER'
  | 'PARISH'
  | 'SELF'
  | 'SOCIAL_SERVICES'
  | 'THIRD_SECTOR'
  | 'WORD_OF_MOUTH';

export type RegisterBeneficiaryInput = {
  availableHoursPerWeek?: number | null | undefined;
  /** ISO date */
  birthDate: string;
  /** ISO 3166-1 alpha-2 */
  citizenship: string;
  codiceFiscale: string;
  /** TEMPO_DETERMINATO, TEMPO_INDETERMINATO, IN_PROPRIO, A_CHIAMATA */
  contractWishes?: Array<string> | null | undefined;
  cvShareConsent?: boolean | null | undefined;
  desiredOccupations?: Array<string> | null | undefined;
  /** ISTAT code; null clears it */
  domicileMunicipalityCode?: string | null | undefined;
  drivingLicence?: boolean | null | undefined;
  educationLevel?: EducationLevel | null | undefined;
  educationTitle?: string | null | undefined;
  /** Also the login */
  email: string;
  firstName: string;
  italianLevel?: BeneficiaryLanguageLevel | null | undefined;
  languages?: Array<BeneficiaryLanguageInput> | null | undefined;
  lastName: string;
  /** ISTAT code of the residence municipality (6 digits) */
  municipalityCode: string;
  /** Required when the municipality is outside the Città metropolitana */
  municipalityName?: string | null | undefined;
  ownVehicle?: boolean | null | undefined;
  /** At least 10 characters */
  password: string;
  pastJobs?: Array<BeneficiaryPastJobInput> | null | undefined;
  phone?: string | null | undefined;
  /** Consent to the privacy notice; without it nothing is stored */
  privacyConsent: boolean;
  /** Version of the privacy notice shown to the person */
  privacyNoticeVersion: string;
  referringBody?: ReferringBody | null | undefined;
  referringBodyName?: string | null | undefined;
  sex: Sex;
  shifts?: Array<BeneficiaryShift> | null | undefined;
  skills?: Array<BeneficiarySkillInput> | null | undefined;
};

export type Sex =
  | 'F'
  | 'M';

export type WorkShift =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MORNING'
  | 'NIGHT'
  | 'WEEKEND';

export type BeneficiaryVerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type BeneficiaryVerifyEmailMutation = { verifyEmail: { email: string } };

export type BeneficiaryMyChoicesQueryVariables = Exact<{
  id: string | number;
}>;


export type BeneficiaryMyChoicesQuery = { beneficiary: { id: string, mailOptOut: boolean, privacyNoticeVersion: string | null, privacyConsentAt: string | null, consentWithdrawnAt: string | null } | null };

export type BeneficiarySetMailOptOutMutationVariables = Exact<{
  id: string | number;
  optOut: boolean;
}>;


export type BeneficiarySetMailOptOutMutation = { setMailOptOut: { id: string, mailOptOut: boolean } };

export type BeneficiaryWithdrawConsentMutationVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryWithdrawConsentMutation = { withdrawPrivacyConsent: { id: string, mailOptOut: boolean, consentWithdrawnAt: string | null } };

export type BeneficiaryCourseCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryCourseCatalogueQuery = { courseEditions: Array<{ id: string, title: string, subject: string, startDate: string, endDate: string, seats: number, status: CourseEditionStatus, trainingBody: { id: string, name: string } }> };

export type BeneficiaryRequestEnrolmentMutationVariables = Exact<{
  editionId: string | number;
  participantName?: string | null | undefined;
  codiceFiscale?: string | null | undefined;
}>;


export type BeneficiaryRequestEnrolmentMutation = { requestCourseEnrolment: { id: string, status: EnrolmentStatus } };

export type BeneficiaryMyEnrolmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryMyEnrolmentsQuery = { myBeneficiary: { id: string, firstName: string, lastName: string, codiceFiscale: string, enrolments: Array<{ id: string, status: EnrolmentStatus, decisionReason: string | null, edition: { id: string, title: string, startDate: string, endDate: string, trainingBody: { id: string, name: string } } }> | null } | null };

export type BeneficiaryMyDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryMyDocumentsQuery = { myBeneficiary: { id: string, documents: Array<{ id: string, kind: BeneficiaryDocumentKind, fileName: string, contentType: string, size: number, uploadedAt: string, downloadPath: string }> } | null };

export type BeneficiaryMyRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type BeneficiaryMyRecordQuery = { beneficiary: { id: string, firstName: string, lastName: string, codiceFiscale: string, email: string | null, phone: string | null, birthDate: string, sex: Sex, municipalityCode: string, status: BeneficiaryStatus, registeredAt: string, placements: Array<{ id: string, type: PlacementType, startDate: string, endDate: string | null, company: { id: string, name: string } | null }> | null, enrolments: Array<{ id: string, edition: { id: string, title: string, startDate: string, endDate: string, trainingBody: { id: string, name: string } } }> | null } | null };

export type BeneficiaryMyJobInterviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryMyJobInterviewsQuery = { myJobInterviews: Array<{ candidateId: string, vacancyTitle: string, companyName: string, at: string, place: string | null, link: string | null, note: string | null }> };

export type BeneficiaryMyOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryMyOffersQuery = { myVacancyMatches: Array<{ vacancyId: string, title: string, tasks: string | null, municipalityCode: string, contractType: ContractType | null, hoursPerWeek: number | null, startDate: string | null, score: number, explanation: { matchedSkills: Array<string>, missingSkills: Array<string>, matchedNiceToHave: Array<string>, italianFit: ItalianFit, distanceKm: number, maxDistanceKm: number, matchedShifts: Array<WorkShift>, missingShifts: Array<WorkShift>, availableHoursPerWeek: number | null, requiredHoursPerWeek: number | null, contractFit: boolean, vocabularyMatches: Array<{ term: string, conceptLabel: string | null, matched: boolean }> } }>, myBeneficiary: { id: string, candidacies: Array<{ id: string, status: CandidateStatus, proposedAt: string | null, vacancy: { id: string, title: string, municipalityCode: string } }> | null } | null };

export type BeneficiaryMyPathQueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryMyPathQuery = { myBeneficiary: { id: string, firstName: string, sex: Sex, status: BeneficiaryStatus, registeredAt: string, interviewSla: { dueDate: string, overdue: boolean, interviewedAt: string | null }, interviews: Array<{ id: string, scheduledAt: string, mode: InterviewMode, location: string | null, status: InterviewStatus, operatorName: string }>, services: Array<{ id: string, kind: BeneficiaryServiceKind, startedOn: string, expectedEndOn: string | null, endedOn: string | null }> } | null, myStatusHistory: Array<{ id: string, from: BeneficiaryStatus | null, to: BeneficiaryStatus, at: string }> };

export type BeneficiaryInterviewUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryInterviewUpdatedSubscription = { intakeInterviewUpdated: { id: string, status: InterviewStatus, scheduledAt: string } };

export type BeneficiaryStatusChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryStatusChangedSubscription = { beneficiaryStatusChanged: { to: BeneficiaryStatus, at: string } };

export type BeneficiaryPrivacyNoticeQueryVariables = Exact<{ [key: string]: never; }>;


export type BeneficiaryPrivacyNoticeQuery = { currentPrivacyNoticeVersion: string };

export type BeneficiaryRegisterMutationVariables = Exact<{
  input: RegisterBeneficiaryInput;
}>;


export type BeneficiaryRegisterMutation = { registerBeneficiary: { email: string, linkValidUntil: string } };

export type BeneficiaryAnswerSurveyMutationVariables = Exact<{
  token: string;
  working: boolean;
  contractType?: string | null | undefined;
  offersReceived: number;
}>;


export type BeneficiaryAnswerSurveyMutation = { peopleAnswerFuoriProtocolloSurvey: boolean };


export const BeneficiaryVerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeneficiaryVerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryVerifyEmailMutation, BeneficiaryVerifyEmailMutationVariables>;
export const BeneficiaryMyChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryMyChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mailOptOut"}},{"kind":"Field","name":{"kind":"Name","value":"privacyNoticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"privacyConsentAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentWithdrawnAt"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryMyChoicesQuery, BeneficiaryMyChoicesQueryVariables>;
export const BeneficiarySetMailOptOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeneficiarySetMailOptOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"optOut"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMailOptOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"optOut"},"value":{"kind":"Variable","name":{"kind":"Name","value":"optOut"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mailOptOut"}}]}}]}}]} as unknown as DocumentNode<BeneficiarySetMailOptOutMutation, BeneficiarySetMailOptOutMutationVariables>;
export const BeneficiaryWithdrawConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeneficiaryWithdrawConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPrivacyConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mailOptOut"}},{"kind":"Field","name":{"kind":"Name","value":"consentWithdrawnAt"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryWithdrawConsentMutation, BeneficiaryWithdrawConsentMutationVariables>;
export const BeneficiaryCourseCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryCourseCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseEditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trainingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiaryCourseCatalogueQuery, BeneficiaryCourseCatalogueQueryVariables>;
export const BeneficiaryRequestEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeneficiaryRequestEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"editionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codiceFiscale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCourseEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"editionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"editionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"participantName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantName"}}},{"kind":"Argument","name":{"kind":"Name","value":"codiceFiscale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codiceFiscale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryRequestEnrolmentMutation, BeneficiaryRequestEnrolmentMutationVariables>;
export const BeneficiaryMyEnrolmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryMyEnrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBeneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"trainingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiaryMyEnrolmentsQuery, BeneficiaryMyEnrolmentsQueryVariables>;
export const BeneficiaryMyDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryMyDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBeneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiaryMyDocumentsQuery, BeneficiaryMyDocumentsQueryVariables>;
export const BeneficiaryMyRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryMyRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"trainingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiaryMyRecordQuery, BeneficiaryMyRecordQueryVariables>;
export const BeneficiaryMyJobInterviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryMyJobInterviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myJobInterviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"vacancyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryMyJobInterviewsQuery, BeneficiaryMyJobInterviewsQueryVariables>;
export const BeneficiaryMyOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryMyOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myVacancyMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedSkills"}},{"kind":"Field","name":{"kind":"Name","value":"missingSkills"}},{"kind":"Field","name":{"kind":"Name","value":"matchedNiceToHave"}},{"kind":"Field","name":{"kind":"Name","value":"italianFit"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"maxDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"matchedShifts"}},{"kind":"Field","name":{"kind":"Name","value":"missingShifts"}},{"kind":"Field","name":{"kind":"Name","value":"availableHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"contractFit"}},{"kind":"Field","name":{"kind":"Name","value":"vocabularyMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"conceptLabel"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myBeneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiaryMyOffersQuery, BeneficiaryMyOffersQueryVariables>;
export const BeneficiaryMyPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryMyPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBeneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"interviewSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"interviewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operatorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expectedEndOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myStatusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryMyPathQuery, BeneficiaryMyPathQueryVariables>;
export const BeneficiaryInterviewUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BeneficiaryInterviewUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeInterviewUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryInterviewUpdatedSubscription, BeneficiaryInterviewUpdatedSubscriptionVariables>;
export const BeneficiaryStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BeneficiaryStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaryStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryStatusChangedSubscription, BeneficiaryStatusChangedSubscriptionVariables>;
export const BeneficiaryPrivacyNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeneficiaryPrivacyNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentPrivacyNoticeVersion"}}]}}]} as unknown as DocumentNode<BeneficiaryPrivacyNoticeQuery, BeneficiaryPrivacyNoticeQueryVariables>;
export const BeneficiaryRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeneficiaryRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterBeneficiaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"linkValidUntil"}}]}}]}}]} as unknown as DocumentNode<BeneficiaryRegisterMutation, BeneficiaryRegisterMutationVariables>;
export const BeneficiaryAnswerSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeneficiaryAnswerSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"working"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offersReceived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleAnswerFuoriProtocolloSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"working"},"value":{"kind":"Variable","name":{"kind":"Name","value":"working"}}},{"kind":"Argument","name":{"kind":"Name","value":"contractType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractType"}}},{"kind":"Argument","name":{"kind":"Name","value":"offersReceived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offersReceived"}}}]}]}}]} as unknown as DocumentNode<BeneficiaryAnswerSurveyMutation, BeneficiaryAnswerSurveyMutationVariables>;