/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ApprovalState =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type ApproverRole =
  | 'ADMIN'
  | 'STAFF';

export type AssessmentAnswerInput = {
  answerCode: string;
  itemCode: string;
};

export type BeneficiaryDocumentKind =
  | 'CV'
  | 'IDENTITY_DOCUMENT';

export type BeneficiaryFilter = {
  ageMax?: number | null | undefined;
  ageMin?: number | null | undefined;
  /** Citizenships (ISO alpha-2) */
  citizenship?: Array<string> | null | undefined;
  /** ISTAT codes of residence or domicile */
  municipalityCodes?: Array<string> | null | undefined;
  outOfArea?: boolean | null | undefined;
  profile?: Array<FragilityProfile> | null | undefined;
  readiness?: Array<Readiness> | null | undefined;
  referringBody?: Array<ReferringBody> | null | undefined;
  /** Name or codice fiscale contains */
  search?: string | null | undefined;
  sex?: Sex | null | undefined;
  /** Skill labels or ESCO codes (any) */
  skills?: Array<string> | null | undefined;
  status?: Array<BeneficiaryStatus> | null | undefined;
  /** true: younger than 35; false: 35 or older */
  under35?: boolean | null | undefined;
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

/** Services tracked per person (IPS: Individual Placement and Support) */
export type BeneficiaryServiceKind =
  | 'CV_REVIEW'
  | 'IPS'
  | 'ITALIAN_LESSONS'
  | 'JOB_OFFER_ALERTS';

export type BeneficiaryStatus =
  | 'ACTIVE'
  | 'FUORI_PROTOCOLLO'
  | 'INTERVIEWED'
  | 'INTERVIEW_SCHEDULED'
  | 'IN_TARGET'
  | 'NOT_IN_TARGET'
  | 'PLACED'
  | 'REGISTERED';

export type BudgetFunder =
  | 'ARCIDIOCESI_FONDAZIONE'
  | 'COMUNE'
  | 'EXTRAORDINARY_FUND'
  | 'REGIONE';

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

export type CommitteeAgendaItemInput = {
  sessionId: string | number;
  /** Project or self-employment path (evaluation and management committees) */
  subjectId?: string | number | null | undefined;
  subjectKind?: ProjectSubjectKind | null | undefined;
  /** Required for governance tables; defaults to the dossier title */
  topic?: string | null | undefined;
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

export type CommitteeSessionInput = {
  committeeId: string | number;
  /** ISO date */
  heldOn: string;
  location?: string | null | undefined;
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

export type ConfirmPlacementDraftInput = {
  contract?: ContractType | null | undefined;
  draftId: string | number;
  /** ISO date */
  endDate?: string | null | undefined;
  hoursPerWeek?: number | null | undefined;
  notes?: string | null | undefined;
  /** ISO date */
  startDate?: string | null | undefined;
};

export type ContactChannel =
  | 'EMAIL'
  | 'IN_PERSON'
  | 'PHONE'
  | 'SMS';

export type ContractType =
  | 'A_CHIAMATA'
  | 'IN_PROPRIO'
  | 'TEMPO_DETERMINATO'
  | 'TEMPO_INDETERMINATO';

export type CourseDelivery =
  | 'IN_PERSON'
  | 'ONE_TO_ONE'
  | 'REMOTE';

export type CourseEditionStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT';

export type CourseKpiBasis =
  | 'ALL_PARTICIPANTS'
  | 'COMPLETED'
  | 'QUALIFIED';

export type CourseOutcome =
  | 'COMPLETED'
  | 'DROPPED_OUT'
  | 'IN_PROGRESS';

export type CourseStream =
  | 'EXPERIMENTAL'
  | 'PROFESSIONAL'
  | 'TRANSVERSAL';

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

export type FinanceLedgerAccount =
  | 'BUDGET_COMMITTED'
  | 'BUDGET_DISBURSED'
  | 'GRANT_COMMITTED'
  | 'GRANT_DISBURSED'
  | 'GUARANTEE_CALLED'
  | 'LOAN_DISBURSED'
  | 'LOAN_INTEREST_PAID'
  | 'LOAN_PRINCIPAL_REPAID'
  | 'SETTLEMENT_PAID'
  | 'SETTLEMENT_PAYABLE'
  | 'STAGE_INDEMNITY_PAID'
  | 'SUPPORT_PAYMENT_COMMITTED';

export type FragilityProfile =
  | 'FORTE'
  | 'IN_TARGET';

export type FuoriProtocolloReason =
  | 'NOT_COLLABORATING'
  | 'UNREACHABLE'
  | 'WORKING';

export type GovernanceDueKind =
  | 'COORDINATION_MEETING'
  | 'RESULTS_PRESENTATION'
  | 'TECHNICAL_MEETING'
  | 'WORK_PLAN_APPROVAL';

export type GovernanceTable =
  | 'COORDINATION'
  | 'TECHNICAL';

export type GrantStatus =
  | 'OPEN'
  | 'REFUSED';

/** What a history import file holds (issue 27) */
export type HistoryImportKind =
  | 'AZIENDE'
  | 'COLLOQUI'
  | 'CONTRIBUTI'
  | 'EDIZIONI'
  | 'ENTI'
  | 'INSERIMENTI'
  | 'ISCRIZIONI'
  | 'OFFERTE'
  | 'PAGAMENTI'
  | 'PERSONE'
  | 'PRESTITI'
  | 'PROGETTI'
  | 'SEDI'
  | 'VALUTAZIONI';

export type HistoryImportStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'UNDONE';

export type InterviewMode =
  | 'IN_PERSON'
  | 'PHONE'
  | 'VIDEO';

export type InterviewStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'MISSED'
  | 'SCHEDULED';

export type InviteUserInput = {
  /** The company (role COMPANY) */
  companyId?: string | number | null | undefined;
  /** Name and surname */
  displayName: string;
  email: string;
  /** Its name, for the invitation mail */
  organisationName?: string | null | undefined;
  /** COMPANY or TRAINING_BODY */
  role: Role;
  /** The training body (role TRAINING_BODY) */
  trainingBodyId?: string | number | null | undefined;
};

export type ItalianFit =
  | 'BELOW'
  | 'MEETS'
  | 'NOT_REQUIRED'
  | 'ONE_LEVEL_BELOW'
  | 'UNKNOWN';

export type LoanRepaymentInput = {
  amountCents: number;
  loanId: string | number;
  paidOn: string;
};

/** ON_TIME / LATE: covers what was due; PARTIAL: some due amount is still unpaid; EARLY: repays principal before it is due */
export type LoanRepaymentKind =
  | 'EARLY'
  | 'LATE'
  | 'ON_TIME'
  | 'PARTIAL';

export type LoanStatus =
  | 'APPROVED'
  | 'DEFAULTED'
  | 'DISBURSED'
  | 'IN_ARREARS'
  | 'REFUSED'
  | 'REPAID'
  | 'REPAYING';

export type MassMailInput = {
  /** The same filters as the staff search */
  filter?: BeneficiaryFilter | null | undefined;
  message: string;
  subject: string;
};

/** A money operation under maker-checker */
export type MoneyOperationKind =
  | 'CHANGE_APPROVAL_RULE'
  | 'COMMIT_BUDGET'
  | 'COMMIT_SUPPORT_PAYMENT'
  | 'CREATE_BUDGET_LINE'
  | 'DECLARE_LOAN_DEFAULT'
  | 'DISBURSE_BUDGET_COMMITMENT'
  | 'DISBURSE_GRANT_TRANCHE'
  | 'DISBURSE_LOAN'
  | 'PAY_STAGE_INDEMNITY'
  | 'PAY_TRAINING_SETTLEMENT'
  | 'RECORD_LOAN_REPAYMENT'
  | 'RETRY_LOAN_GUARANTEE'
  | 'REVERSE_LEDGER_ENTRY'
  | 'SET_GUARANTEE_PLAFOND';

export type MoveProjectInput = {
  /** Required to enter MONITORING */
  monitoringMode?: ProjectMonitoringMode | null | undefined;
  /** ISO date of the step (default: today in Europe/Rome); for INTAKE_MEETING the meeting date */
  on?: string | null | undefined;
  /** Required to enter ACCOMPANIMENT */
  pathKind?: ProjectPathKind | null | undefined;
  projectId: string | number;
  /** Required for REJECTED, WITHDRAWN and STAND_BY */
  reason?: string | null | undefined;
  to: ProjectStatus;
};

/** Staff: non-cash support given to a project (a course paid, stages funded, services in kind) */
export type NonCashSupportInput = {
  description: string;
  kind: NonCashSupportKind;
  /** The social-innovation project or self-employment path */
  projectId: string | number;
  /** ISO date it was provided (not after today) */
  providedOn: string;
  /** Value in euro cents */
  valueCents: number;
};

/** COURSE_FEES: a course paid for the project; STAGE_FUNDING: stages funded; SERVICES_IN_KIND: services given in kind */
export type NonCashSupportKind =
  | 'COURSE_FEES'
  | 'SERVICES_IN_KIND'
  | 'STAGE_FUNDING';

/** Why it ran at once or waits (stable code) */
export type OperationOutcomeReason =
  | 'APPROVAL_NOT_REQUIRED'
  | 'APPROVAL_REQUIRED'
  | 'BELOW_APPROVAL_THRESHOLD';

/** A money mutation ran, or waits for approval */
export type OperationOutcomeStatus =
  | 'EXECUTED'
  | 'PENDING_APPROVAL';

export type PersonalDataAction =
  | 'CHANGE'
  | 'DOWNLOAD_DOCUMENT'
  | 'ERASE'
  | 'EXPORT'
  | 'LIST'
  | 'READ';

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

export type ProjectCallKind =
  | 'LABOUR_INTERMEDIARIES'
  | 'OVER_55_HIRING'
  | 'SOCIAL_INNOVATION';

export type ProjectFundingKind =
  | 'GRANT'
  | 'LOAN'
  | 'NON_CASH';

export type ProjectMonitoringMode =
  | 'THREE_MEETINGS'
  | 'WEEKLY';

export type ProjectPathKind =
  | 'SHORT'
  | 'TERRITORIAL_NETWORK'
  | 'THREE_LABS';

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

export type ProposeCandidateInput = {
  beneficiaryId: string | number;
  /** Staff-only note (qualitative assessment) */
  note?: string | null | undefined;
  vacancyId: string | number;
};

export type Readiness =
  | 'FRAGILE'
  | 'IN_VALUTAZIONE'
  | 'NON_PRONTO'
  | 'PRONTO';

export type RecordAssessmentInput = {
  answers: Array<AssessmentAnswerInput>;
  beneficiaryId: string | number;
  notes?: string | null | undefined;
  /** Inside the target only; default IN_VALUTAZIONE */
  readiness?: Readiness | null | undefined;
};

export type RecordPlacementInput = {
  beneficiaryId: string | number;
  /** Required except for LAVORO_AUTONOMO */
  companyId?: string | number | null | undefined;
  /** Required for ASSUNZIONE, not allowed otherwise */
  contract?: ContractType | null | undefined;
  /** ISO date; none for TEMPO_INDETERMINATO */
  endDate?: string | null | undefined;
  /** Required with previousPlacementId */
  followUp?: PlacementFollowUp | null | undefined;
  /** Required for MINI_JOB (< 20) */
  hoursPerWeek?: number | null | undefined;
  notes?: string | null | undefined;
  /** The placement this one renews, extends or converts */
  previousPlacementId?: string | number | null | undefined;
  /** Course edition credited with the placement */
  sourceEditionId?: string | number | null | undefined;
  /** ISO date */
  startDate: string;
  type: PlacementType;
  vacancyId?: string | number | null | undefined;
};

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

/** What an account may do */
export type Role =
  | 'ADMIN'
  | 'BENEFICIARY'
  | 'COMMITTEE_MEMBER'
  | 'COMPANY'
  | 'STAFF'
  | 'TRAINING_BODY';

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

export type Sex =
  | 'F'
  | 'M';

export type VacancyStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'FILLED'
  | 'OPEN';

/** A skill (competenza) or an occupation (professione) */
export type VocabularyKind =
  | 'OCCUPATION'
  | 'SKILL';

export type WorkShift =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MORNING'
  | 'NIGHT'
  | 'WEEKEND';

export type StaffApprovalsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffApprovalsQuery = { pending: Array<{ id: string, kind: MoneyOperationKind, state: ApprovalState, amountCents: number, createdAt: string, dueAt: string, overdue: boolean, mine: boolean, makerId: string, targetType: string, payloadJson: string, maker: { displayName: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }>, ledgerLines: Array<{ account: string, amountCents: number, bookedOn: string, memo: string | null }> }>, mine: Array<{ id: string, kind: MoneyOperationKind, state: ApprovalState, amountCents: number, createdAt: string, decidedAt: string | null, decisionNote: string | null, overdue: boolean, decider: { displayName: string } | null }> };

export type StaffApprovalRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffApprovalRulesQuery = { approvalRules: Array<{ kind: MoneyOperationKind, required: boolean, thresholdCents: number, approverRole: ApproverRole, approverUserIds: Array<string> }>, approvalRuleChanges: Array<{ id: string, kind: MoneyOperationKind, reason: string, changedAt: string }> };

export type StaffApproveRequestMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type StaffApproveRequestMutation = { approveApprovalRequest: { id: string, state: ApprovalState } };

export type StaffRejectRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type StaffRejectRequestMutation = { rejectApprovalRequest: { id: string, state: ApprovalState } };

export type StaffAssessmentFormQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffAssessmentFormQuery = { assessmentInstrument: { id: string, version: number, name: string, threshold: number, dimensions: Array<{ code: string, label: string, items: Array<{ code: string, text: string, answers: Array<{ code: string, label: string, points: number }> }> }> } | null, beneficiary: { id: string, firstName: string, lastName: string, status: BeneficiaryStatus, profile: FragilityProfile | null, readiness: Readiness | null } | null };

export type StaffRecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type StaffRecordAssessmentMutation = { recordFragilityAssessment: { id: string, score: number, threshold: number, profile: FragilityProfile, readiness: Readiness | null, instrumentVersion: number } };

export type StaffPersonalDataAuditQueryVariables = Exact<{
  beneficiaryId?: string | number | null | undefined;
  actorId?: string | null | undefined;
  action?: PersonalDataAction | null | undefined;
  source?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first: number;
}>;


export type StaffPersonalDataAuditQuery = { personalDataAudit: { totalCount: number, nodes: Array<{ id: string, at: string, actorId: string, actorName: string | null, actorRole: string, action: PersonalDataAction, beneficiaryId: string, beneficiaryName: string | null, detail: string | null, fields: Array<string> }> } };

export type StaffBeneficiaryListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: BeneficiaryFilter | null | undefined;
}>;


export type StaffBeneficiaryListQuery = { beneficiaries: { totalCount: number, endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, firstName: string, lastName: string, codiceFiscale: string, sex: Sex, municipalityCode: string, status: BeneficiaryStatus, registeredAt: string, placements: Array<{ id: string }> | null, enrolments: Array<{ id: string }> | null }> } };

export type StaffPutOutOfProtocolMutationVariables = Exact<{
  id: string | number;
  reason: FuoriProtocolloReason;
  note?: string | null | undefined;
}>;


export type StaffPutOutOfProtocolMutation = { putBeneficiaryOutOfProtocol: { id: string, status: BeneficiaryStatus } };

export type StaffReadmitMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type StaffReadmitMutation = { readmitBeneficiary: { id: string, status: BeneficiaryStatus } };

export type StaffChangeStatusMutationVariables = Exact<{
  id: string | number;
  to: BeneficiaryStatus;
  reason: string;
}>;


export type StaffChangeStatusMutation = { changeBeneficiaryStatus: { id: string, status: BeneficiaryStatus } };

export type StaffOutOfAreaExceptionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type StaffOutOfAreaExceptionMutation = { recordOutOfAreaException: { id: string, outOfAreaExceptionReason: string | null, outOfAreaExceptionAt: string | null } };

export type StaffBeneficiaryRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffBeneficiaryRecordQuery = { beneficiary: { id: string, firstName: string, lastName: string, codiceFiscale: string, birthDate: string, age: number, sex: Sex, citizenship: string, email: string | null, phone: string | null, municipalityCode: string, municipalityName: string | null, domicileMunicipalityCode: string | null, outOfArea: boolean, educationLevel: EducationLevel | null, educationTitle: string | null, italianLevel: BeneficiaryLanguageLevel | null, drivingLicence: boolean, ownVehicle: boolean, availableHoursPerWeek: number | null, referringBody: ReferringBody | null, referringBodyName: string | null, registeredAt: string, privacyConsentAt: string | null, privacyNoticeVersion: string | null, mailOptOut: boolean, cvShareConsent: boolean, status: BeneficiaryStatus, profile: FragilityProfile | null, readiness: Readiness | null, outOfAreaExceptionReason: string | null, outOfAreaExceptionAt: string | null, fuoriProtocolloReason: FuoriProtocolloReason | null, skills: Array<{ label: string }>, interviewSla: { dueDate: string, daysWaited: number, daysLeft: number | null, overdue: boolean, metSla: boolean | null, interviewedAt: string | null }, fuoriProtocolloProposal: { propose: boolean, reason: FuoriProtocolloReason | null, explanation: string | null, unansweredCalls: number, missedInterviews: number }, statusHistory: Array<{ id: string, at: string, from: BeneficiaryStatus | null, to: BeneficiaryStatus, reason: string | null, reasonCode: string | null, reasonParams: unknown, fuoriProtocolloReason: FuoriProtocolloReason | null, actorRole: string }>, interviews: Array<{ id: string, scheduledAt: string, mode: InterviewMode, location: string | null, operatorName: string, status: InterviewStatus, completedAt: string | null, outcomeNotes: string | null }>, contactAttempts: Array<{ id: string, at: string, channel: ContactChannel, answered: boolean, notes: string | null }>, assessments: Array<{ id: string, assessedAt: string, score: number, threshold: number, profile: FragilityProfile, readiness: Readiness | null, instrumentVersion: number, notes: string | null }>, services: Array<{ id: string, kind: BeneficiaryServiceKind, startedOn: string, expectedEndOn: string | null, endedOn: string | null, notes: string | null }>, documents: Array<{ id: string, kind: BeneficiaryDocumentKind, fileName: string, downloadPath: string, uploadedAt: string, size: number }>, placements: Array<{ id: string, type: PlacementType, contract: ContractType | null, startDate: string, endDate: string | null, company: { id: string, name: string } | null }> | null, enrolments: Array<{ id: string, status: EnrolmentStatus, outcome: CourseOutcome, edition: { id: string, title: string, trainingBody: { id: string, name: string } } }> | null, candidacies: Array<{ id: string, status: CandidateStatus, vacancy: { id: string, title: string, company: { id: string, name: string } } }> | null } | null };

export type StaffStartServiceMutationVariables = Exact<{
  id: string | number;
  kind: BeneficiaryServiceKind;
  startedOn?: string | null | undefined;
  operatorId?: string | number | null | undefined;
  notes?: string | null | undefined;
}>;


export type StaffStartServiceMutation = { startBeneficiaryService: { id: string } };

export type StaffEndServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffEndServiceMutation = { endBeneficiaryService: { id: string, endedOn: string | null } };

export type StaffRecordInterviewOutcomeMutationVariables = Exact<{
  id: string | number;
  attended: boolean;
  notes?: string | null | undefined;
}>;


export type StaffRecordInterviewOutcomeMutation = { recordIntakeInterviewOutcome: { id: string, status: InterviewStatus } };

export type StaffScheduleCommitteeSessionMutationVariables = Exact<{
  input: CommitteeSessionInput;
}>;


export type StaffScheduleCommitteeSessionMutation = { scheduleCommitteeSession: { id: string, heldOn: string } };

export type StaffAddCommitteeAgendaItemMutationVariables = Exact<{
  input: CommitteeAgendaItemInput;
}>;


export type StaffAddCommitteeAgendaItemMutation = { addCommitteeAgendaItem: { id: string, position: number } };

export type StaffConveneCommitteeSessionMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type StaffConveneCommitteeSessionMutation = { conveneCommitteeSession: { id: string } };

export type StaffCommitteesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffCommitteesQuery = { committees: Array<{ id: string, name: string, kind: CommitteeKind, quorum: number, nextSessionDueBy: string | null, members: Array<{ id: string, active: boolean }> }>, committeeSessions: Array<{ id: string, heldOn: string, location: string | null, minutesStatus: CommitteeMinutesStatus, committee: { id: string, name: string }, agenda: Array<{ id: string, position: number, topic: string, votes: Array<{ id: string }>, decision: { id: string, outcome: CommitteeDecisionOutcome, votesFor: number, votesAgainst: number, abstentions: number, conditions: string | null, amountCents: number | null, fundingKind: ProjectFundingKind | null } | null }> }>, projects: Array<{ id: string, title: string, status: ProjectStatus }> };

export type StaffCourseEditionQueryVariables = Exact<{
  id: string | number;
  basis: CourseKpiBasis;
}>;


export type StaffCourseEditionQuery = { courseEdition: { id: string, title: string, subject: string, stream: CourseStream, status: CourseEditionStatus, delivery: CourseDelivery, startDate: string, endDate: string, seats: number, totalCostCents: number, kpiWindowMonths: number, trainingBody: { id: string, name: string }, enrolments: Array<{ id: string, participantName: string | null, status: EnrolmentStatus, outcome: CourseOutcome, attendancePercent: number, attendedHours: number, qualificationObtained: boolean, qualificationName: string | null, dropOutReason: string | null }>, kpis: { basis: CourseKpiBasis, population: number, placements: number, employed: number, permanent: number, placementRate: number, employmentRate: number, permanentRate: number, windowStart: string, windowEnd: string }, riskShare: { metric: RiskShareMetric, mode: RiskShareMode, basis: CourseKpiBasis, targetRatePercent: number, achievedRatePercent: number, atRiskPercent: number, atRiskCents: number, projectedPayableCents: number, projectedWithheldCents: number, windowStart: string, windowEnd: string, windowOpen: boolean, changes: Array<{ id: string, changedAt: string, changedByRole: string, reason: string, reasonCode: RiskShareReasonCode | null, after: string }>, settlement: { id: string, payableCents: number, withheldCents: number, settledAt: string, revision: number, revisions: Array<{ id: string, revisedAt: string, reason: string, reasonCode: RiskShareReasonCode | null, placementStartDate: string | null, payableBeforeCents: number, payableAfterCents: number, deltaCents: number }> } | null } | null } | null };

export type StaffCourseListQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffCourseListQuery = { courseEditions: Array<{ id: string, title: string, stream: CourseStream, status: CourseEditionStatus, startDate: string, endDate: string, seats: number, totalCostCents: number, trainingBody: { id: string, name: string }, enrolments: Array<{ id: string, status: EnrolmentStatus }>, kpis: { population: number, placementRate: number, employmentRate: number, permanentRate: number, windowStart: string, windowEnd: string }, riskShare: { atRiskCents: number, projectedWithheldCents: number } | null }> };

export type StaffFinanceQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffFinanceQuery = { guaranteeFund: { asOf: string, plafondCents: number, exposureCents: number, freeCapacityCents: number, calledCents: number }, loans: Array<{ id: string, bank: string, principalCents: number, annualRateBps: number, termMonths: number, graceMonths: number, status: LoanStatus, disbursedOn: string | null, project: { id: string, title: string, organisationName: string }, position: { outstandingPrincipalCents: number, overdueCents: number, daysPastDue: number } }>, grants: Array<{ id: string, status: GrantStatus, refusalReasonCode: string | null, refusalParams: unknown, approvedOn: string, totalCents: number, investmentCents: number, servicesCents: number, disbursedCents: number, project: { id: string, title: string } }>, budgetLines: Array<{ id: string, label: string, funder: BudgetFunder, fromYear: number, toYear: number, amountCents: number, committedCents: number, disbursedCents: number, availableCents: number }>, financeLedger: Array<{ id: string, bookedOn: string, account: FinanceLedgerAccount, amountCents: number, memo: string | null, reversesEntryId: string | null }> };

export type StaffLoanQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffLoanQuery = { loan: { id: string, bank: string, principalCents: number, annualRateBps: number, termMonths: number, graceMonths: number, guaranteeShareBps: number, status: LoanStatus, refusalReasonCode: string | null, refusalParams: unknown, approvedOn: string | null, contractDate: string | null, disbursedOn: string | null, project: { id: string, title: string, organisationName: string }, position: { asOf: string, outstandingPrincipalCents: number, paidPrincipalCents: number, paidInterestCents: number, overdueCents: number, daysPastDue: number, guaranteeExposureCents: number }, installments: Array<{ number: number, dueDate: string, principalCents: number, interestCents: number, totalCents: number, balanceCents: number }>, repayments: Array<{ id: string, paidOn: string, amountCents: number, principalCents: number, interestCents: number, kind: LoanRepaymentKind }> } };

export type StaffRecordLoanRepaymentMutationVariables = Exact<{
  input: LoanRepaymentInput;
}>;


export type StaffRecordLoanRepaymentMutation = { recordLoanRepayment: { status: OperationOutcomeStatus, reason: OperationOutcomeReason, request: { id: string } | null, result: { id: string } | null } };

export type StaffTrainingSettlementsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffTrainingSettlementsQuery = { trainingSettlements: Array<{ id: string, windowEnd: string, atRiskCents: number, payableCents: number, withheldCents: number, paidCents: number, outstandingCents: number, paidOn: string | null, edition: { id: string, title: string, trainingBody: { id: string, name: string } } }> };

export type StaffPayTrainingSettlementMutationVariables = Exact<{
  settlementId: string | number;
  paidOn: string;
}>;


export type StaffPayTrainingSettlementMutation = { payTrainingSettlement: { status: OperationOutcomeStatus, reason: OperationOutcomeReason, request: { id: string } | null, result: { id: string, paidCents: number, outstandingCents: number, paidOn: string | null } | null } };

export type StaffHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffHomeQuery = { beneficiaries: { totalCount: number }, overdueIntakeInterviews: { totalCount: number }, intakeInterviewsDue: { totalCount: number }, governanceDue: Array<{ kind: GovernanceDueKind, year: number | null, overdue: boolean }> };

export type StaffHistoryImportBatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffHistoryImportBatchesQuery = { companies: Array<{ id: string, owner: string, kind: HistoryImportKind, fileName: string, status: HistoryImportStatus, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, errorCode: string | null, errorParams: unknown, errorLine: number | null, createdAt: string, finishedAt: string | null }>, people: Array<{ id: string, owner: string, kind: HistoryImportKind, fileName: string, status: HistoryImportStatus, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, errorCode: string | null, errorParams: unknown, errorLine: number | null, createdAt: string, finishedAt: string | null }>, training: Array<{ id: string, owner: string, kind: HistoryImportKind, fileName: string, status: HistoryImportStatus, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, errorCode: string | null, errorParams: unknown, errorLine: number | null, createdAt: string, finishedAt: string | null }>, projects: Array<{ id: string, owner: string, kind: HistoryImportKind, fileName: string, status: HistoryImportStatus, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, errorCode: string | null, errorParams: unknown, errorLine: number | null, createdAt: string, finishedAt: string | null }>, finance: Array<{ id: string, owner: string, kind: HistoryImportKind, fileName: string, status: HistoryImportStatus, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, errorCode: string | null, errorParams: unknown, errorLine: number | null, createdAt: string, finishedAt: string | null }> };

export type StaffHistoryImportBatchFragment = { id: string, owner: string, kind: HistoryImportKind, fileName: string, status: HistoryImportStatus, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, errorCode: string | null, errorParams: unknown, errorLine: number | null, createdAt: string, finishedAt: string | null };

export type StaffUndoHistoryImportMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffUndoHistoryImportMutation = { undoHistoryImport: { id: string, status: HistoryImportStatus } };

export type StaffUndoPeopleHistoryImportMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffUndoPeopleHistoryImportMutation = { undoPeopleHistoryImport: { id: string, status: HistoryImportStatus } };

export type StaffUndoTrainingHistoryImportMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffUndoTrainingHistoryImportMutation = { undoTrainingHistoryImport: { id: string, status: HistoryImportStatus } };

export type StaffUndoProjectsHistoryImportMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffUndoProjectsHistoryImportMutation = { undoProjectsHistoryImport: { id: string, status: HistoryImportStatus } };

export type StaffUndoFinanceHistoryImportMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffUndoFinanceHistoryImportMutation = { undoFinanceHistoryImport: { id: string, status: HistoryImportStatus } };

export type StaffJobDeadLettersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffJobDeadLettersQuery = { peopleJobDeadLetters: Array<{ id: string, job: string, error: string, attempts: number, createdAt: string, failedAt: string }>, companiesJobDeadLetters: Array<{ id: string, job: string, error: string, attempts: number, createdAt: string, failedAt: string }>, trainingJobDeadLetters: Array<{ id: string, job: string, error: string, attempts: number, createdAt: string, failedAt: string }>, projectsJobDeadLetters: Array<{ id: string, job: string, error: string, attempts: number, createdAt: string, failedAt: string }>, financeJobDeadLetters: Array<{ id: string, job: string, error: string, attempts: number, createdAt: string, failedAt: string }> };

export type StaffRetryPeopleJobMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffRetryPeopleJobMutation = { retryPeopleJobDeadLetter: boolean };

export type StaffRetryCompaniesJobMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffRetryCompaniesJobMutation = { retryCompaniesJobDeadLetter: boolean };

export type StaffRetryTrainingJobMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffRetryTrainingJobMutation = { retryTrainingJobDeadLetter: boolean };

export type StaffRetryProjectsJobMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffRetryProjectsJobMutation = { retryProjectsJobDeadLetter: boolean };

export type StaffRetryFinanceJobMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffRetryFinanceJobMutation = { retryFinanceJobDeadLetter: boolean };

export type StaffLiveVacancyPostedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffLiveVacancyPostedSubscription = { vacancyPosted: { id: string, title: string, openings: number, company: { id: string, name: string } } };

export type StaffLivePlacementRecordedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffLivePlacementRecordedSubscription = { placementRecorded: { id: string, type: PlacementType, company: { id: string, name: string } | null, beneficiary: { id: string, firstName: string, lastName: string } } };

export type StaffLiveBeneficiaryRegisteredSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffLiveBeneficiaryRegisteredSubscription = { beneficiaryRegistered: { id: string, firstName: string, lastName: string } };

export type StaffCapturedMailQueryVariables = Exact<{
  first: number;
  to?: string | null | undefined;
}>;


export type StaffCapturedMailQuery = { capturedMail: Array<{ id: string, to: string, subject: string, text: string, capturedAt: string }> };

export type StaffMassMailAudienceQueryVariables = Exact<{
  filter?: BeneficiaryFilter | null | undefined;
}>;


export type StaffMassMailAudienceQuery = { beneficiaries: { totalCount: number } };

export type StaffSendMassMailMutationVariables = Exact<{
  input: MassMailInput;
}>;


export type StaffSendMassMailMutation = { sendMassMail: { batchId: string, recipients: number, skippedOptedOut: number, skippedWithoutEmail: number } };

export type StaffMassMailProgressQueryVariables = Exact<{
  batchId: string | number;
}>;


export type StaffMassMailProgressQuery = { massMailProgress: { total: number, sent: number, pending: number, failed: number } };

export type StaffMonitoringReportQueryVariables = Exact<{
  from: string;
  to: string;
  municipalityCode?: string | null | undefined;
  district?: string | null | undefined;
  fromYear: number;
  toYear: number;
}>;


export type StaffMonitoringReportQuery = { peopleReport: { registrations: number, interviewed: number, assessed: number, inTarget: number, notInTarget: number, inTargetOutOfArea: number, inTargetShare: number | null, medianDaysToFirstInterview: number | null, interviewedWithin15Days: number, shareWithin15Days: number | null, registrationsByMonth: Array<{ key: string, count: number }>, readiness: Array<{ key: string, count: number, share: number | null }>, fuoriProtocollo: Array<{ reason: string, entered: number, current: number }>, definitions: Array<{ figure: string, definition: string }> }, companiesPlacementReport: { placements: number, personsPlaced: number, stagesStarted: number, stagesContinued: number, stagesConverted: number, byType: Array<{ key: string, placements: number, persons: number }>, byContract: Array<{ key: string, placements: number, persons: number }>, bySex: Array<{ key: string, placements: number, persons: number }>, byNationality: Array<{ key: string, placements: number, persons: number }>, byAge: Array<{ key: string, placements: number, persons: number }>, byMonth: Array<{ key: string, placements: number, persons: number }>, byMunicipality: Array<{ key: string, placements: number, persons: number }>, byDistrict: Array<{ key: string, placements: number, persons: number }>, companyRanking: Array<{ rank: number, companyId: string, companyName: string, placements: number }>, definitions: Array<{ figure: string, definition: string }> }, trainingReport: { packages: number, completed: number, droppedOut: number, qualified: number, packagesBySubject: Array<{ key: string, count: number, share: number | null }>, courses: Array<{ editionId: string, title: string, subject: string, trainingBodyName: string, endDate: string, population: number, placements: number, employed: number, permanent: number, placementRate: number, employmentRate: number, permanentRate: number }>, definitions: Array<{ figure: string, definition: string }> }, financeReport: { grantsApprovedCount: number, grantsApprovedCents: number, loansApprovedCount: number, loansApprovedCents: number, loansOutstandingCents: number, plafondCents: number, exposureCents: number, calledCents: number, freeCapacityCents: number, disbursed: Array<{ account: string, cents: number }>, budgetLines: Array<{ id: string, funder: string, label: string, fromYear: number, toYear: number, amountCents: number, committedCents: number, disbursedCents: number, use: number | null }>, definitions: Array<{ figure: string, definition: string }> }, projectFunnel: Array<{ year: number, sector: ProjectSector, applied: number, accompanied: number, evaluated: number, evaluatedPositively: number, funded: number, rejected: number, withdrawn: number, standBy: number }>, projectResults: { years: Array<{ year: number | null, applications: number, accompanied: number, funded: number, placements: number, stages: number, jobs: number, peopleEmployed: number, placementsWithoutPerson: number, partnerships: number, grantedCents: number, loanCents: number, supportValueCents: number, presented: number, presentedNotFunded: number, notFundedRejected: number, notFundedWithdrawn: number, notFundedStandBy: number, notFundedPending: number }>, total: { year: number | null, applications: number, accompanied: number, funded: number, placements: number, stages: number, jobs: number, peopleEmployed: number, placementsWithoutPerson: number, partnerships: number, grantedCents: number, loanCents: number, supportValueCents: number, presented: number, presentedNotFunded: number, notFundedRejected: number, notFundedWithdrawn: number, notFundedStandBy: number, notFundedPending: number }, notFunded: Array<{ presentedOn: string, status: ProjectStatus, lastStepOn: string | null, lastStepReason: string | null, partnerships: number, stages: number, jobs: number, project: { id: string, title: string, organisationName: string }, lastDecision: { committeeKind: CommitteeKind, outcome: CommitteeDecisionOutcome } | null }>, definitions: Array<{ figure: string, definition: string, definitionIt: string }> }, governanceDue: Array<{ kind: GovernanceDueKind, table: GovernanceTable | null, year: number | null, lastOn: string | null, dueOn: string | null, overdue: boolean, daysOverdue: number }>, selfEmploymentFunnel: Array<{ year: number, applied: number, accompanied: number, evaluated: number, approved: number, started: number, rejected: number, withdrawn: number, standBy: number, fundedCents: number }> };

export type ProjectResultsFiguresFragment = { year: number | null, applications: number, accompanied: number, funded: number, placements: number, stages: number, jobs: number, peopleEmployed: number, placementsWithoutPerson: number, partnerships: number, grantedCents: number, loanCents: number, supportValueCents: number, presented: number, presentedNotFunded: number, notFundedRejected: number, notFundedWithdrawn: number, notFundedStandBy: number, notFundedPending: number };

export type StaffFuoriProtocolloSurveyReportQueryVariables = Exact<{
  wave: string;
}>;


export type StaffFuoriProtocolloSurveyReportQuery = { peopleFuoriProtocolloSurveyReport: { wave: string, invited: number, answered: number, responseRate: number | null, working: number, workingShare: number | null, withOffers: number, withOffersShare: number | null, offersTotal: number, byContract: Array<{ key: string, count: number, share: number | null }>, definitions: Array<{ figure: string, definition: string }> } };

export type StaffSendFuoriProtocolloSurveyMutationVariables = Exact<{
  wave: string;
}>;


export type StaffSendFuoriProtocolloSurveyMutation = { peopleSendFuoriProtocolloSurvey: { wave: string, invited: number, alreadyInvited: number, skippedWithoutEmail: number } };

export type StaffPlacementDraftsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffPlacementDraftsQuery = { placementDrafts: Array<{ id: string, personName: string | null, contract: ContractType | null, startDate: string, endDate: string | null, hoursPerWeek: number | null, createdAt: string, company: { id: string, name: string }, vacancy: { id: string, title: string } | null, beneficiary: { id: string, firstName: string, lastName: string } | null }> };

export type StaffConfirmPlacementDraftMutationVariables = Exact<{
  input: ConfirmPlacementDraftInput;
}>;


export type StaffConfirmPlacementDraftMutation = { confirmPlacementDraft: { id: string, startDate: string } };

export type StaffPlacementListQueryVariables = Exact<{
  filter?: PlacementListFilter | null | undefined;
  first: number;
  offset: number;
}>;


export type StaffPlacementListQuery = { placements: { totalCount: number, nodes: Array<{ id: string, type: PlacementType, contract: ContractType | null, startDate: string, endDate: string | null, hoursPerWeek: number | null, followUp: PlacementFollowUp | null, company: { id: string, name: string } | null, vacancy: { id: string, title: string } | null, beneficiary: { id: string, firstName: string, lastName: string } }> }, companies: Array<{ id: string, name: string }> };

export type StaffPlacementFindPersonQueryVariables = Exact<{
  search: string;
}>;


export type StaffPlacementFindPersonQuery = { beneficiaries: { nodes: Array<{ id: string, firstName: string, lastName: string, codiceFiscale: string }> } };

export type StaffPlacementCompanyVacanciesQueryVariables = Exact<{
  companyId: string | number;
}>;


export type StaffPlacementCompanyVacanciesQuery = { vacancies: Array<{ id: string, title: string }> };

export type StaffRecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type StaffRecordPlacementMutation = { recordPlacement: { id: string, type: PlacementType } };

export type StaffMoveProjectMutationVariables = Exact<{
  input: MoveProjectInput;
}>;


export type StaffMoveProjectMutation = { moveProject: { id: string, status: ProjectStatus, pathKind: ProjectPathKind | null, labsDueBy: string | null, monitoringEndsOn: string | null, history: Array<{ id: string, fromStatus: string | null, toStatus: string, on: string, reason: string | null }> } };

export type StaffRecordNonCashSupportMutationVariables = Exact<{
  input: NonCashSupportInput;
}>;


export type StaffRecordNonCashSupportMutation = { recordNonCashSupport: { id: string, kind: NonCashSupportKind, description: string, valueCents: number, providedOn: string } };

export type StaffProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffProjectsQuery = { projectCalls: Array<{ id: string, title: string, kind: ProjectCallKind, opensOn: string, closesOn: string | null, maxAmountCents: number | null }>, projects: Array<{ id: string, title: string, organisationName: string, sector: ProjectSector, status: ProjectStatus, submittedAt: string, pathKind: ProjectPathKind | null, intakeMeetingOn: string | null, labsDueBy: string | null, monitoringEndsOn: string | null, requestedAmountCents: number | null, supportTotalCents: number | null, call: { id: string, title: string } | null, labs: Array<{ id: string }>, decisions: Array<{ id: string, committeeKind: CommitteeKind, outcome: CommitteeDecisionOutcome, fundingKind: ProjectFundingKind | null, amountCents: number | null }>, nonCashSupport: Array<{ id: string, kind: NonCashSupportKind, description: string, valueCents: number, providedOn: string, decisionId: string | null }> | null, history: Array<{ id: string, fromStatus: string | null, toStatus: string, on: string, reason: string | null }> }>, projectDeadlines: Array<{ kind: string, detail: string, dueOn: string, overdue: boolean, project: { id: string, title: string } }>, selfEmploymentPaths: Array<{ id: string, businessIdea: string, sector: ProjectSector, status: SelfEmploymentStatus, submittedAt: string, fundingNeedCents: number | null }> };

export type StaffRecordContactAttemptMutationVariables = Exact<{
  id: string | number;
  channel: ContactChannel;
  answered: boolean;
  notes?: string | null | undefined;
}>;


export type StaffRecordContactAttemptMutation = { recordContactAttempt: { attempt: { id: string }, proposal: { propose: boolean, reason: FuoriProtocolloReason | null, unansweredCalls: number, missedInterviews: number } } };

export type StaffScheduleIntakeInterviewMutationVariables = Exact<{
  id: string | number;
  at: string;
  mode: InterviewMode;
  location?: string | null | undefined;
}>;


export type StaffScheduleIntakeInterviewMutation = { scheduleIntakeInterview: { id: string, scheduledAt: string } };

export type StaffQueueRegisteredSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffQueueRegisteredSubscription = { beneficiaryRegistered: { id: string } };

export type StaffQueueInterviewUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffQueueInterviewUpdatedSubscription = { intakeInterviewUpdated: { id: string, beneficiaryId: string } };

export type StaffQueueInterviewDueSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffQueueInterviewDueSubscription = { interviewDue: { id: string } };

export type StaffWorkQueuesQueryVariables = Exact<{
  first: number;
}>;


export type StaffWorkQueuesQuery = { intakeInterviewsDue: { totalCount: number, nodes: Array<{ id: string, firstName: string, sex: Sex, lastName: string, phone: string | null, status: BeneficiaryStatus, interviewSla: { dueDate: string, daysLeft: number | null, daysWaited: number }, interviews: Array<{ id: string, status: InterviewStatus, scheduledAt: string, mode: InterviewMode }>, contactAttempts: Array<{ id: string, answered: boolean }> }> }, overdueIntakeInterviews: { totalCount: number, nodes: Array<{ id: string, firstName: string, sex: Sex, lastName: string, phone: string | null, status: BeneficiaryStatus, interviewSla: { dueDate: string, daysLeft: number | null, daysWaited: number }, interviews: Array<{ id: string, status: InterviewStatus, scheduledAt: string, mode: InterviewMode }>, contactAttempts: Array<{ id: string, answered: boolean }> }> } };

export type StaffQueuePersonFragment = { id: string, firstName: string, sex: Sex, lastName: string, phone: string | null, status: BeneficiaryStatus, interviewSla: { dueDate: string, daysLeft: number | null, daysWaited: number }, interviews: Array<{ id: string, status: InterviewStatus, scheduledAt: string, mode: InterviewMode }>, contactAttempts: Array<{ id: string, answered: boolean }> };

export type StaffServiceStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffServiceStatusQuery = { peopleServiceStatus: { queuedMail: number | null, failedMail: number | null, consumers: Array<{ consumer: string, source: string, backlog: number, lagSeconds: number, openDeadLetters: number }>, jobs: Array<{ job: string, lastSuccessAt: string | null, failedLast24h: number }> } | null, companiesServiceStatus: { queuedMail: number | null, failedMail: number | null, consumers: Array<{ consumer: string, source: string, backlog: number, lagSeconds: number, openDeadLetters: number }>, jobs: Array<{ job: string, lastSuccessAt: string | null, failedLast24h: number }> } | null, trainingServiceStatus: { queuedMail: number | null, failedMail: number | null, consumers: Array<{ consumer: string, source: string, backlog: number, lagSeconds: number, openDeadLetters: number }>, jobs: Array<{ job: string, lastSuccessAt: string | null, failedLast24h: number }> } | null, projectsServiceStatus: { queuedMail: number | null, failedMail: number | null, consumers: Array<{ consumer: string, source: string, backlog: number, lagSeconds: number, openDeadLetters: number }>, jobs: Array<{ job: string, lastSuccessAt: string | null, failedLast24h: number }> } | null, financeServiceStatus: { queuedMail: number | null, failedMail: number | null, consumers: Array<{ consumer: string, source: string, backlog: number, lagSeconds: number, openDeadLetters: number }>, jobs: Array<{ job: string, lastSuccessAt: string | null, failedLast24h: number }> } | null };

export type StaffInviteOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffInviteOrganisationsQuery = { companies: Array<{ id: string, name: string }>, trainingBodies: Array<{ id: string, name: string }> };

export type StaffInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type StaffInviteUserMutation = { inviteUser: { id: string, email: string, role: Role, displayName: string } };

export type StaffPipelineChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffPipelineChangedSubscription = { candidateStatusChanged: { id: string, status: CandidateStatus, firstName: string | null, initials: string | null, reasonCode: CandidateOutcomeReason | null, reasonNote: string | null, updatedAt: string, vacancy: { id: string } } };

export type StaffChangeCandidateStatusMutationVariables = Exact<{
  input: ChangeCandidateStatusInput;
}>;


export type StaffChangeCandidateStatusMutation = { changeCandidateStatus: { id: string, status: CandidateStatus, reasonCode: CandidateOutcomeReason | null, reasonNote: string | null, updatedAt: string, history: Array<{ from: CandidateStatus | null, to: CandidateStatus, reasonCode: CandidateOutcomeReason | null, reasonNote: string | null, at: string }> | null } };

export type StaffVacancyListQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffVacancyListQuery = { vacancies: Array<{ id: string, title: string, status: VacancyStatus, openings: number, municipalityCode: string, startDate: string | null, createdAt: string, company: { id: string, name: string }, candidates: Array<{ id: string, status: CandidateStatus }> }> };

export type StaffVacancyMatchingQueryVariables = Exact<{
  id: string | number;
  limit: number;
}>;


export type StaffVacancyMatchingQuery = { vacancy: { id: string, title: string, status: VacancyStatus, openings: number, municipalityCode: string, hoursPerWeek: number | null, contractType: ContractType | null, italianLevel: CompanyCefrLevel | null, maxDistanceKm: number, requiredSkills: Array<string>, niceToHaveSkills: Array<string>, shifts: Array<WorkShift>, startDate: string | null, tasks: string | null, company: { id: string, name: string } }, matchCandidates: Array<{ beneficiaryId: string, firstName: string, lastInitial: string, municipalityCode: string | null, score: number, explanation: { summary: string, matchedSkills: Array<string>, missingSkills: Array<string>, matchedNiceToHave: Array<string>, italianFit: ItalianFit, italianLevel: CompanyCefrLevel | null, requiredItalianLevel: CompanyCefrLevel | null, distanceKm: number, maxDistanceKm: number, matchedShifts: Array<WorkShift>, missingShifts: Array<WorkShift>, availableHoursPerWeek: number | null, requiredHoursPerWeek: number | null, contractFit: boolean } }>, vacancyCandidates: Array<{ id: string, status: CandidateStatus, score: number | null, firstName: string | null, initials: string | null, reasonCode: CandidateOutcomeReason | null, reasonNote: string | null, staffNote: string | null, proposedAt: string | null, updatedAt: string, beneficiary: { id: string, firstName: string, lastName: string } | null, history: Array<{ from: CandidateStatus | null, to: CandidateStatus, reasonCode: CandidateOutcomeReason | null, reasonNote: string | null, at: string }> | null }> };

export type StaffShortlistCandidateMutationVariables = Exact<{
  input: ProposeCandidateInput;
}>;


export type StaffShortlistCandidateMutation = { shortlistCandidate: { id: string, status: CandidateStatus } };

export type StaffProposeCandidateMutationVariables = Exact<{
  input: ProposeCandidateInput;
}>;


export type StaffProposeCandidateMutation = { proposeCandidate: { id: string, status: CandidateStatus } };

export type StaffVocabularyUnmappedQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffVocabularyUnmappedQuery = { vocabularyUnmappedTerms: Array<{ text: string, uses: number }> };

export type StaffVocabularySearchQueryVariables = Exact<{
  text: string;
}>;


export type StaffVocabularySearchQuery = { vocabularySearch: Array<{ id: string, kind: VocabularyKind, label: string }> };

export type StaffMergeVocabularyTermMutationVariables = Exact<{
  term: string;
  conceptId: string | number;
}>;


export type StaffMergeVocabularyTermMutation = { mergeVocabularyTerm: { id: string, label: string } };

export const StaffHistoryImportBatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffHistoryImportBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}},{"kind":"Field","name":{"kind":"Name","value":"errorLine"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<StaffHistoryImportBatchFragment, unknown>;
export const ProjectResultsFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResultsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectResultsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"accompanied"}},{"kind":"Field","name":{"kind":"Name","value":"funded"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"}},{"kind":"Field","name":{"kind":"Name","value":"peopleEmployed"}},{"kind":"Field","name":{"kind":"Name","value":"placementsWithoutPerson"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"loanCents"}},{"kind":"Field","name":{"kind":"Name","value":"supportValueCents"}},{"kind":"Field","name":{"kind":"Name","value":"presented"}},{"kind":"Field","name":{"kind":"Name","value":"presentedNotFunded"}},{"kind":"Field","name":{"kind":"Name","value":"notFundedRejected"}},{"kind":"Field","name":{"kind":"Name","value":"notFundedWithdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"notFundedStandBy"}},{"kind":"Field","name":{"kind":"Name","value":"notFundedPending"}}]}}]} as unknown as DocumentNode<ProjectResultsFiguresFragment, unknown>;
export const StaffQueuePersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffQueuePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"interviewSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaited"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}}]}}]} as unknown as DocumentNode<StaffQueuePersonFragment, unknown>;
export const StaffApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffApprovals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"approvalRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"makerId"}},{"kind":"Field","name":{"kind":"Name","value":"maker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"payloadJson"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgerLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"bookedOn"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mine"},"name":{"kind":"Name","value":"approvalRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<StaffApprovalsQuery, StaffApprovalsQueryVariables>;
export const StaffApprovalRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffApprovalRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdCents"}},{"kind":"Field","name":{"kind":"Name","value":"approverRole"}},{"kind":"Field","name":{"kind":"Name","value":"approverUserIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvalRuleChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]} as unknown as DocumentNode<StaffApprovalRulesQuery, StaffApprovalRulesQueryVariables>;
export const StaffApproveRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffApproveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveApprovalRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<StaffApproveRequestMutation, StaffApproveRequestMutationVariables>;
export const StaffRejectRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRejectRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectApprovalRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<StaffRejectRequestMutation, StaffRejectRequestMutationVariables>;
export const StaffAssessmentFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAssessmentForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentInstrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"}}]}}]}}]} as unknown as DocumentNode<StaffAssessmentFormQuery, StaffAssessmentFormQueryVariables>;
export const StaffRecordAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRecordAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFragilityAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentVersion"}}]}}]}}]} as unknown as DocumentNode<StaffRecordAssessmentMutation, StaffRecordAssessmentMutationVariables>;
export const StaffPersonalDataAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPersonalDataAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataAction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryName"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPersonalDataAuditQuery, StaffPersonalDataAuditQueryVariables>;
export const StaffBeneficiaryListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffBeneficiaryList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffBeneficiaryListQuery, StaffBeneficiaryListQueryVariables>;
export const StaffPutOutOfProtocolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffPutOutOfProtocol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FuoriProtocolloReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putBeneficiaryOutOfProtocol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffPutOutOfProtocolMutation, StaffPutOutOfProtocolMutationVariables>;
export const StaffReadmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffReadmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readmitBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffReadmitMutation, StaffReadmitMutationVariables>;
export const StaffChangeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffChangeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeBeneficiaryStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffChangeStatusMutation, StaffChangeStatusMutationVariables>;
export const StaffOutOfAreaExceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffOutOfAreaException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutOfAreaException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outOfAreaExceptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"outOfAreaExceptionAt"}}]}}]}}]} as unknown as DocumentNode<StaffOutOfAreaExceptionMutation, StaffOutOfAreaExceptionMutationVariables>;
export const StaffBeneficiaryRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffBeneficiaryRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"domicileMunicipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"outOfArea"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"educationTitle"}},{"kind":"Field","name":{"kind":"Name","value":"italianLevel"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicence"}},{"kind":"Field","name":{"kind":"Name","value":"ownVehicle"}},{"kind":"Field","name":{"kind":"Name","value":"availableHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"referringBody"}},{"kind":"Field","name":{"kind":"Name","value":"referringBodyName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"privacyConsentAt"}},{"kind":"Field","name":{"kind":"Name","value":"privacyNoticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mailOptOut"}},{"kind":"Field","name":{"kind":"Name","value":"cvShareConsent"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"}},{"kind":"Field","name":{"kind":"Name","value":"outOfArea"}},{"kind":"Field","name":{"kind":"Name","value":"outOfAreaExceptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"outOfAreaExceptionAt"}},{"kind":"Field","name":{"kind":"Name","value":"fuoriProtocolloReason"}},{"kind":"Field","name":{"kind":"Name","value":"interviewSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaited"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"metSla"}},{"kind":"Field","name":{"kind":"Name","value":"interviewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fuoriProtocolloProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propose"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"unansweredCalls"}},{"kind":"Field","name":{"kind":"Name","value":"missedInterviews"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonParams"}},{"kind":"Field","name":{"kind":"Name","value":"fuoriProtocolloReason"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"operatorName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNotes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expectedEndOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"contract"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"trainingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffBeneficiaryRecordQuery, StaffBeneficiaryRecordQueryVariables>;
export const StaffStartServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffStartService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryServiceKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startedOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operatorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startBeneficiaryService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"startedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"operatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StaffStartServiceMutation, StaffStartServiceMutationVariables>;
export const StaffEndServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffEndService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endBeneficiaryService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<StaffEndServiceMutation, StaffEndServiceMutationVariables>;
export const StaffRecordInterviewOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRecordInterviewOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attended"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIntakeInterviewOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"attended"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attended"}}},{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffRecordInterviewOutcomeMutation, StaffRecordInterviewOutcomeMutationVariables>;
export const StaffScheduleCommitteeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffScheduleCommitteeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleCommitteeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]} as unknown as DocumentNode<StaffScheduleCommitteeSessionMutation, StaffScheduleCommitteeSessionMutationVariables>;
export const StaffAddCommitteeAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffAddCommitteeAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCommitteeAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<StaffAddCommitteeAgendaItemMutation, StaffAddCommitteeAgendaItemMutationVariables>;
export const StaffConveneCommitteeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffConveneCommitteeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conveneCommitteeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StaffConveneCommitteeSessionMutation, StaffConveneCommitteeSessionMutationVariables>;
export const StaffCommitteesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCommittees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"nextSessionDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"committeeSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"fundingKind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffCommitteesQuery, StaffCommitteesQueryVariables>;
export const StaffCourseEditionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCourseEdition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseKpiBasis"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseEdition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"totalCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"kpiWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"trainingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"attendedHours"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationObtained"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationName"}},{"kind":"Field","name":{"kind":"Name","value":"dropOutReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"employed"}},{"kind":"Field","name":{"kind":"Name","value":"permanent"}},{"kind":"Field","name":{"kind":"Name","value":"placementRate"}},{"kind":"Field","name":{"kind":"Name","value":"employmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"permanentRate"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"targetRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"achievedRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskPercent"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskCents"}},{"kind":"Field","name":{"kind":"Name","value":"projectedPayableCents"}},{"kind":"Field","name":{"kind":"Name","value":"projectedWithheldCents"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpen"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payableCents"}},{"kind":"Field","name":{"kind":"Name","value":"withheldCents"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"placementStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"payableBeforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"payableAfterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffCourseEditionQuery, StaffCourseEditionQueryVariables>;
export const StaffCourseListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCourseList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseEditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"totalCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"trainingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"placementRate"}},{"kind":"Field","name":{"kind":"Name","value":"employmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"permanentRate"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atRiskCents"}},{"kind":"Field","name":{"kind":"Name","value":"projectedWithheldCents"}}]}}]}}]}}]} as unknown as DocumentNode<StaffCourseListQuery, StaffCourseListQueryVariables>;
export const StaffFinanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffFinance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guaranteeFund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"plafondCents"}},{"kind":"Field","name":{"kind":"Name","value":"exposureCents"}},{"kind":"Field","name":{"kind":"Name","value":"freeCapacityCents"}},{"kind":"Field","name":{"kind":"Name","value":"calledCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bank"}},{"kind":"Field","name":{"kind":"Name","value":"principalCents"}},{"kind":"Field","name":{"kind":"Name","value":"annualRateBps"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"graceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedOn"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipalCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCents"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"refusalParams"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"investmentCents"}},{"kind":"Field","name":{"kind":"Name","value":"servicesCents"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedCents"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"fromYear"}},{"kind":"Field","name":{"kind":"Name","value":"toYear"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"committedCents"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedCents"}},{"kind":"Field","name":{"kind":"Name","value":"availableCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookedOn"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"reversesEntryId"}}]}}]}}]} as unknown as DocumentNode<StaffFinanceQuery, StaffFinanceQueryVariables>;
export const StaffLoanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffLoan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bank"}},{"kind":"Field","name":{"kind":"Name","value":"principalCents"}},{"kind":"Field","name":{"kind":"Name","value":"annualRateBps"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"graceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeShareBps"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"refusalParams"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contractDate"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedOn"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipalCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidPrincipalCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidInterestCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCents"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeExposureCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"principalCents"}},{"kind":"Field","name":{"kind":"Name","value":"interestCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"principalCents"}},{"kind":"Field","name":{"kind":"Name","value":"interestCents"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<StaffLoanQuery, StaffLoanQueryVariables>;
export const StaffRecordLoanRepaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRecordLoanRepayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoanRepaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLoanRepayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StaffRecordLoanRepaymentMutation, StaffRecordLoanRepaymentMutationVariables>;
export const StaffTrainingSettlementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffTrainingSettlements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingSettlements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskCents"}},{"kind":"Field","name":{"kind":"Name","value":"payableCents"}},{"kind":"Field","name":{"kind":"Name","value":"withheldCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"trainingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffTrainingSettlementsQuery, StaffTrainingSettlementsQueryVariables>;
export const StaffPayTrainingSettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffPayTrainingSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"settlementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payTrainingSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"settlementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"settlementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"paidOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPayTrainingSettlementMutation, StaffPayTrainingSettlementMutationVariables>;
export const StaffHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueIntakeInterviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intakeInterviewsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"governanceDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<StaffHomeQuery, StaffHomeQueryVariables>;
export const StaffHistoryImportBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffHistoryImportBatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"companies"},"name":{"kind":"Name","value":"historyImportBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffHistoryImportBatch"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"people"},"name":{"kind":"Name","value":"peopleHistoryImportBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffHistoryImportBatch"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"training"},"name":{"kind":"Name","value":"trainingHistoryImportBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffHistoryImportBatch"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"projects"},"name":{"kind":"Name","value":"projectsHistoryImportBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffHistoryImportBatch"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"finance"},"name":{"kind":"Name","value":"financeHistoryImportBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffHistoryImportBatch"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffHistoryImportBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}},{"kind":"Field","name":{"kind":"Name","value":"errorLine"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<StaffHistoryImportBatchesQuery, StaffHistoryImportBatchesQueryVariables>;
export const StaffUndoHistoryImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUndoHistoryImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoHistoryImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffUndoHistoryImportMutation, StaffUndoHistoryImportMutationVariables>;
export const StaffUndoPeopleHistoryImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUndoPeopleHistoryImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoPeopleHistoryImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffUndoPeopleHistoryImportMutation, StaffUndoPeopleHistoryImportMutationVariables>;
export const StaffUndoTrainingHistoryImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUndoTrainingHistoryImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoTrainingHistoryImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffUndoTrainingHistoryImportMutation, StaffUndoTrainingHistoryImportMutationVariables>;
export const StaffUndoProjectsHistoryImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUndoProjectsHistoryImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoProjectsHistoryImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffUndoProjectsHistoryImportMutation, StaffUndoProjectsHistoryImportMutationVariables>;
export const StaffUndoFinanceHistoryImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUndoFinanceHistoryImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoFinanceHistoryImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffUndoFinanceHistoryImportMutation, StaffUndoFinanceHistoryImportMutationVariables>;
export const StaffJobDeadLettersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffJobDeadLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleJobDeadLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"job"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companiesJobDeadLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"job"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobDeadLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"job"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectsJobDeadLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"job"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeJobDeadLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"job"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}}]}}]} as unknown as DocumentNode<StaffJobDeadLettersQuery, StaffJobDeadLettersQueryVariables>;
export const StaffRetryPeopleJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRetryPeopleJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryPeopleJobDeadLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<StaffRetryPeopleJobMutation, StaffRetryPeopleJobMutationVariables>;
export const StaffRetryCompaniesJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRetryCompaniesJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryCompaniesJobDeadLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<StaffRetryCompaniesJobMutation, StaffRetryCompaniesJobMutationVariables>;
export const StaffRetryTrainingJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRetryTrainingJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryTrainingJobDeadLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<StaffRetryTrainingJobMutation, StaffRetryTrainingJobMutationVariables>;
export const StaffRetryProjectsJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRetryProjectsJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryProjectsJobDeadLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<StaffRetryProjectsJobMutation, StaffRetryProjectsJobMutationVariables>;
export const StaffRetryFinanceJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRetryFinanceJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryFinanceJobDeadLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<StaffRetryFinanceJobMutation, StaffRetryFinanceJobMutationVariables>;
export const StaffLiveVacancyPostedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffLiveVacancyPosted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancyPosted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StaffLiveVacancyPostedSubscription, StaffLiveVacancyPostedSubscriptionVariables>;
export const StaffLivePlacementRecordedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffLivePlacementRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<StaffLivePlacementRecordedSubscription, StaffLivePlacementRecordedSubscriptionVariables>;
export const StaffLiveBeneficiaryRegisteredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffLiveBeneficiaryRegistered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaryRegistered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<StaffLiveBeneficiaryRegisteredSubscription, StaffLiveBeneficiaryRegisteredSubscriptionVariables>;
export const StaffCapturedMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCapturedMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capturedMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}}]}}]}}]} as unknown as DocumentNode<StaffCapturedMailQuery, StaffCapturedMailQueryVariables>;
export const StaffMassMailAudienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMassMailAudience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<StaffMassMailAudienceQuery, StaffMassMailAudienceQueryVariables>;
export const StaffSendMassMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSendMassMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MassMailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMassMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"skippedOptedOut"}},{"kind":"Field","name":{"kind":"Name","value":"skippedWithoutEmail"}}]}}]}}]} as unknown as DocumentNode<StaffSendMassMailMutation, StaffSendMassMailMutationVariables>;
export const StaffMassMailProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMassMailProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"massMailProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}}]} as unknown as DocumentNode<StaffMassMailProgressQuery, StaffMassMailProgressQueryVariables>;
export const StaffMonitoringReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMonitoringReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"district"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"district"},"value":{"kind":"Variable","name":{"kind":"Name","value":"district"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"registrationsByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewed"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"inTarget"}},{"kind":"Field","name":{"kind":"Name","value":"notInTarget"}},{"kind":"Field","name":{"kind":"Name","value":"inTargetOutOfArea"}},{"kind":"Field","name":{"kind":"Name","value":"inTargetShare"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToFirstInterview"}},{"kind":"Field","name":{"kind":"Name","value":"interviewedWithin15Days"}},{"kind":"Field","name":{"kind":"Name","value":"shareWithin15Days"}},{"kind":"Field","name":{"kind":"Name","value":"fuoriProtocollo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companiesPlacementReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"district"},"value":{"kind":"Variable","name":{"kind":"Name","value":"district"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"personsPlaced"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byNationality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyRanking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stagesStarted"}},{"kind":"Field","name":{"kind":"Name","value":"stagesContinued"}},{"kind":"Field","name":{"kind":"Name","value":"stagesConverted"}},{"kind":"Field","name":{"kind":"Name","value":"definitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packages"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"droppedOut"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"packagesBySubject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"trainingBodyName"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"employed"}},{"kind":"Field","name":{"kind":"Name","value":"permanent"}},{"kind":"Field","name":{"kind":"Name","value":"placementRate"}},{"kind":"Field","name":{"kind":"Name","value":"employmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"permanentRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantsApprovedCount"}},{"kind":"Field","name":{"kind":"Name","value":"grantsApprovedCents"}},{"kind":"Field","name":{"kind":"Name","value":"loansApprovedCount"}},{"kind":"Field","name":{"kind":"Name","value":"loansApprovedCents"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loansOutstandingCents"}},{"kind":"Field","name":{"kind":"Name","value":"plafondCents"}},{"kind":"Field","name":{"kind":"Name","value":"exposureCents"}},{"kind":"Field","name":{"kind":"Name","value":"calledCents"}},{"kind":"Field","name":{"kind":"Name","value":"freeCapacityCents"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fromYear"}},{"kind":"Field","name":{"kind":"Name","value":"toYear"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"committedCents"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedCents"}},{"kind":"Field","name":{"kind":"Name","value":"use"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectFunnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"accompanied"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedPositively"}},{"kind":"Field","name":{"kind":"Name","value":"funded"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"standBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResultsFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResultsFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notFunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeKind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastStepOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastStepReason"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"definitionIt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"governanceDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"lastOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEmploymentFunnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"accompanied"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"standBy"}},{"kind":"Field","name":{"kind":"Name","value":"fundedCents"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResultsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectResultsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"accompanied"}},{"kind":"Field","name":{"kind":"Name","value":"funded"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"}},{"kind":"Field","name":{"kind":"Name","value":"peopleEmployed"}},{"kind":"Field","name":{"kind":"Name","value":"placementsWithoutPerson"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"loanCents"}},{"kind":"Field","name":{"kind":"Name","value":"supportValueCents"}},{"kind":"Field","name":{"kind":"Name","value":"presented"}},{"kind":"Field","name":{"kind":"Name","value":"presentedNotFunded"}},{"kind":"Field","name":{"kind":"Name","value":"notFundedRejected"}},{"kind":"Field","name":{"kind":"Name","value":"notFundedWithdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"notFundedStandBy"}},{"kind":"Field","name":{"kind":"Name","value":"notFundedPending"}}]}}]} as unknown as DocumentNode<StaffMonitoringReportQuery, StaffMonitoringReportQueryVariables>;
export const StaffFuoriProtocolloSurveyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffFuoriProtocolloSurveyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wave"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleFuoriProtocolloSurveyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"wave"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wave"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"working"}},{"kind":"Field","name":{"kind":"Name","value":"workingShare"}},{"kind":"Field","name":{"kind":"Name","value":"byContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withOffers"}},{"kind":"Field","name":{"kind":"Name","value":"withOffersShare"}},{"kind":"Field","name":{"kind":"Name","value":"offersTotal"}},{"kind":"Field","name":{"kind":"Name","value":"definitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}}]}}]}}]} as unknown as DocumentNode<StaffFuoriProtocolloSurveyReportQuery, StaffFuoriProtocolloSurveyReportQueryVariables>;
export const StaffSendFuoriProtocolloSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSendFuoriProtocolloSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wave"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleSendFuoriProtocolloSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"wave"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wave"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyInvited"}},{"kind":"Field","name":{"kind":"Name","value":"skippedWithoutEmail"}}]}}]}}]} as unknown as DocumentNode<StaffSendFuoriProtocolloSurveyMutation, StaffSendFuoriProtocolloSurveyMutationVariables>;
export const StaffPlacementDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPlacementDrafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementDrafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"contract"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPlacementDraftsQuery, StaffPlacementDraftsQueryVariables>;
export const StaffConfirmPlacementDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffConfirmPlacementDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmPlacementDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPlacementDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]} as unknown as DocumentNode<StaffConfirmPlacementDraftMutation, StaffConfirmPlacementDraftMutationVariables>;
export const StaffPlacementListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPlacementList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementListFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"contract"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffPlacementListQuery, StaffPlacementListQueryVariables>;
export const StaffPlacementFindPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPlacementFindPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPlacementFindPersonQuery, StaffPlacementFindPersonQueryVariables>;
export const StaffPlacementCompanyVacanciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPlacementCompanyVacancies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<StaffPlacementCompanyVacanciesQuery, StaffPlacementCompanyVacanciesQueryVariables>;
export const StaffRecordPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<StaffRecordPlacementMutation, StaffRecordPlacementMutationVariables>;
export const StaffMoveProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffMoveProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pathKind"}},{"kind":"Field","name":{"kind":"Name","value":"labsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<StaffMoveProjectMutation, StaffMoveProjectMutationVariables>;
export const StaffRecordNonCashSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRecordNonCashSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NonCashSupportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNonCashSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"valueCents"}},{"kind":"Field","name":{"kind":"Name","value":"providedOn"}}]}}]}}]} as unknown as DocumentNode<StaffRecordNonCashSupportMutation, StaffRecordNonCashSupportMutationVariables>;
export const StaffProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pathKind"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"labsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"committeeKind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"fundingKind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonCashSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"valueCents"}},{"kind":"Field","name":{"kind":"Name","value":"providedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportTotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEmploymentPaths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessIdea"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fundingNeedCents"}}]}}]}}]} as unknown as DocumentNode<StaffProjectsQuery, StaffProjectsQueryVariables>;
export const StaffRecordContactAttemptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRecordContactAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactChannel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answered"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordContactAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}},{"kind":"Argument","name":{"kind":"Name","value":"answered"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answered"}}},{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propose"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"unansweredCalls"}},{"kind":"Field","name":{"kind":"Name","value":"missedInterviews"}}]}}]}}]}}]} as unknown as DocumentNode<StaffRecordContactAttemptMutation, StaffRecordContactAttemptMutationVariables>;
export const StaffScheduleIntakeInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffScheduleIntakeInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterviewMode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleIntakeInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"scheduledAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]} as unknown as DocumentNode<StaffScheduleIntakeInterviewMutation, StaffScheduleIntakeInterviewMutationVariables>;
export const StaffQueueRegisteredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffQueueRegistered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaryRegistered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StaffQueueRegisteredSubscription, StaffQueueRegisteredSubscriptionVariables>;
export const StaffQueueInterviewUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffQueueInterviewUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeInterviewUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}}]}}]}}]} as unknown as DocumentNode<StaffQueueInterviewUpdatedSubscription, StaffQueueInterviewUpdatedSubscriptionVariables>;
export const StaffQueueInterviewDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffQueueInterviewDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviewDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StaffQueueInterviewDueSubscription, StaffQueueInterviewDueSubscriptionVariables>;
export const StaffWorkQueuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffWorkQueues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeInterviewsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffQueuePerson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueIntakeInterviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffQueuePerson"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffQueuePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"interviewSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaited"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}}]}}]} as unknown as DocumentNode<StaffWorkQueuesQuery, StaffWorkQueuesQueryVariables>;
export const StaffServiceStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffServiceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleServiceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"backlog"}},{"kind":"Field","name":{"kind":"Name","value":"lagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"openDeadLetters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedLast24h"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queuedMail"}},{"kind":"Field","name":{"kind":"Name","value":"failedMail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companiesServiceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"backlog"}},{"kind":"Field","name":{"kind":"Name","value":"lagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"openDeadLetters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedLast24h"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queuedMail"}},{"kind":"Field","name":{"kind":"Name","value":"failedMail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingServiceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"backlog"}},{"kind":"Field","name":{"kind":"Name","value":"lagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"openDeadLetters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedLast24h"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queuedMail"}},{"kind":"Field","name":{"kind":"Name","value":"failedMail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectsServiceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"backlog"}},{"kind":"Field","name":{"kind":"Name","value":"lagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"openDeadLetters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedLast24h"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queuedMail"}},{"kind":"Field","name":{"kind":"Name","value":"failedMail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeServiceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"backlog"}},{"kind":"Field","name":{"kind":"Name","value":"lagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"openDeadLetters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedLast24h"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queuedMail"}},{"kind":"Field","name":{"kind":"Name","value":"failedMail"}}]}}]}}]} as unknown as DocumentNode<StaffServiceStatusQuery, StaffServiceStatusQueryVariables>;
export const StaffInviteOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffInviteOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffInviteOrganisationsQuery, StaffInviteOrganisationsQueryVariables>;
export const StaffInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<StaffInviteUserMutation, StaffInviteUserMutationVariables>;
export const StaffPipelineChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffPipelineChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPipelineChangedSubscription, StaffPipelineChangedSubscriptionVariables>;
export const StaffChangeCandidateStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffChangeCandidateStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCandidateStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCandidateStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonNote"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<StaffChangeCandidateStatusMutation, StaffChangeCandidateStatusMutationVariables>;
export const StaffVacancyListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffVacancyList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<StaffVacancyListQuery, StaffVacancyListQueryVariables>;
export const StaffVacancyMatchingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffVacancyMatching"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"italianLevel"}},{"kind":"Field","name":{"kind":"Name","value":"maxDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"niceToHaveSkills"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vacancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastInitial"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkills"}},{"kind":"Field","name":{"kind":"Name","value":"missingSkills"}},{"kind":"Field","name":{"kind":"Name","value":"matchedNiceToHave"}},{"kind":"Field","name":{"kind":"Name","value":"italianFit"}},{"kind":"Field","name":{"kind":"Name","value":"italianLevel"}},{"kind":"Field","name":{"kind":"Name","value":"requiredItalianLevel"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"maxDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"matchedShifts"}},{"kind":"Field","name":{"kind":"Name","value":"missingShifts"}},{"kind":"Field","name":{"kind":"Name","value":"availableHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"contractFit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancyCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vacancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonNote"}},{"kind":"Field","name":{"kind":"Name","value":"staffNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonNote"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<StaffVacancyMatchingQuery, StaffVacancyMatchingQueryVariables>;
export const StaffShortlistCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffShortlistCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortlistCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffShortlistCandidateMutation, StaffShortlistCandidateMutationVariables>;
export const StaffProposeCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffProposeCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffProposeCandidateMutation, StaffProposeCandidateMutationVariables>;
export const StaffVocabularyUnmappedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffVocabularyUnmapped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vocabularyUnmappedTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}}]}}]}}]} as unknown as DocumentNode<StaffVocabularyUnmappedQuery, StaffVocabularyUnmappedQueryVariables>;
export const StaffVocabularySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffVocabularySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vocabularySearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"15"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<StaffVocabularySearchQuery, StaffVocabularySearchQueryVariables>;
export const StaffMergeVocabularyTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffMergeVocabularyTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conceptId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeVocabularyTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}},{"kind":"Argument","name":{"kind":"Name","value":"conceptId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conceptId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<StaffMergeVocabularyTermMutation, StaffMergeVocabularyTermMutationVariables>;