/**
 * THE AUTHORISATION MATRIX of the composed API (portals/api-schema.graphql).
 *
 * Every Query, Mutation and Subscription field has a rule per role, and every field of every object
 * type is classified (personal data with a rule per role, or not personal). The unit test
 * `authorization-matrix.spec.ts` fails when a field of the schema has no rule here; the integration
 * test `authorization.int.spec.ts` calls every root field as every demo role and proves the rules.
 *
 * Access levels:
 * - `allow`: the role may call it (a refusal may still come for bad input or state, never FORBIDDEN);
 * - `own`: only on its own rows: its company / training body / own record / committees it sits on,
 *   or rows it created. Lists return only those; another owner's id is refused (FORBIDDEN or NOT_FOUND,
 *   with no hint whether the row exists). Fields that act on the caller's own record implicitly
 *   (no id argument) are `allow`;
 * - `deny`: FORBIDDEN for signed-in callers, UNAUTHENTICATED for anonymous ones, with
 *   `data` null and no personal data or existence hint in the message.
 */

import { historyImportFieldNames, IMPORT_OWNERS } from '@ixl/contracts';
import { SUBGRAPHS, SUBGRAPH_NAMES } from '@ixl/registry';

export const ROLES = ['ANONYMOUS', 'BENEFICIARY', 'COMPANY', 'TRAINING_BODY', 'COMMITTEE_MEMBER', 'STAFF', 'ADMIN'] as const;
export type MatrixRole = (typeof ROLES)[number];
export type Access = 'allow' | 'own' | 'deny';
export type RoleRule = Readonly<Record<MatrixRole, Access>>;

export const MATRIX_FILE = 'test/security/authorization-matrix.ts';

/** A rule: every role not named is denied. */
export const rule = (spec: Partial<Record<MatrixRole, Access>>): RoleRule => ({
  ANONYMOUS: 'deny',
  BENEFICIARY: 'deny',
  COMPANY: 'deny',
  TRAINING_BODY: 'deny',
  COMMITTEE_MEMBER: 'deny',
  STAFF: 'deny',
  ADMIN: 'deny',
  ...spec,
});

const PUBLIC = rule({
  ANONYMOUS: 'allow',
  BENEFICIARY: 'allow',
  COMPANY: 'allow',
  TRAINING_BODY: 'allow',
  COMMITTEE_MEMBER: 'allow',
  STAFF: 'allow',
  ADMIN: 'allow',
});
/** Every signed-in role, each seeing only its own rows (staff: all). */
const SIGNED_IN_OWN = rule({
  BENEFICIARY: 'own',
  COMPANY: 'own',
  TRAINING_BODY: 'own',
  COMMITTEE_MEMBER: 'own',
  STAFF: 'allow',
  ADMIN: 'allow',
});
const STAFF = rule({ STAFF: 'allow', ADMIN: 'allow' });
const ADMIN = rule({ ADMIN: 'allow' });
const STAFF_AND = (spec: Partial<Record<MatrixRole, Access>>) => rule({ STAFF: 'allow', ADMIN: 'allow', ...spec });
const COMPANY_OWN = STAFF_AND({ COMPANY: 'own' });
const BODY_OWN = STAFF_AND({ TRAINING_BODY: 'own' });
const BENEFICIARY_OWN = STAFF_AND({ BENEFICIARY: 'own' });
const COMMITTEE_OWN = STAFF_AND({ COMMITTEE_MEMBER: 'own' });
/** The beneficiary's own business (the staff act for it, never see it as theirs). */
const BENEFICIARY_SELF = rule({ BENEFICIARY: 'allow' });

/** Every signed-in role (shared reference data such as the vocabulary). */
const SIGNED_IN_ALL = rule({
  BENEFICIARY: 'allow',
  COMPANY: 'allow',
  TRAINING_BODY: 'allow',
  COMMITTEE_MEMBER: 'allow',
  STAFF: 'allow',
  ADMIN: 'allow',
});

/** Query fields. */
export const QUERY_RULES: Record<string, RoleRule> = {
  // public
  currentPrivacyNoticeVersion: PUBLIC,
  passwordLink: PUBLIC, // needs the token of a reset or invitation mail
  demoDataLoaded: PUBLIC,
  openProjectCalls: PUBLIC,
  simulateLoan: PUBLIC,
  loanProduct: PUBLIC,
  loanProductVersions: STAFF,
  me: PUBLIC, // null for anonymous callers
  // the caller's own record and path
  myBeneficiary: SIGNED_IN_OWN, // null for non-beneficiaries
  myStatusHistory: SIGNED_IN_OWN,
  myProjectApplications: SIGNED_IN_OWN,
  mySelfEmploymentPaths: rule({ BENEFICIARY: 'own' }),
  myVacancyMatches: rule({ BENEFICIARY: 'own' }),
  // people (staff; health and fragility to staff only)
  beneficiary: BENEFICIARY_OWN,
  beneficiaries: STAFF,
  assessmentInstrument: STAFF,
  assessmentInstruments: STAFF,
  overdueIntakeInterviews: STAFF,
  intakeInterviewsDue: STAFF,
  capturedMail: STAFF,
  mailDeliveryProblems: STAFF,
  massMailProgress: STAFF,
  peopleReport: STAFF,
  personalDataAudit: ADMIN,
  peopleFuoriProtocolloSurveys: STAFF,
  peopleFuoriProtocolloSurveyReport: STAFF,
  // companies
  companies: COMPANY_OWN,
  vacancies: COMPANY_OWN,
  vacancy: COMPANY_OWN,
  vacancyCandidates: COMPANY_OWN,
  companyPlacements: COMPANY_OWN,
  matchCandidates: STAFF,
  vocabularySearch: SIGNED_IN_ALL,
  vocabularyMap: SIGNED_IN_ALL,
  vocabularyUnmappedTerms: STAFF,
  placements: COMPANY_OWN,
  placementDrafts: COMPANY_OWN,
  myJobInterviews: rule({ BENEFICIARY: 'allow' }),
  companyPlacementRanking: STAFF,
  companiesPlacementReport: STAFF,
  // training: the catalogue (active/completed editions) is open to signed-in users, the rest to the body
  courseEdition: STAFF_AND({ BENEFICIARY: 'allow', COMPANY: 'allow', COMMITTEE_MEMBER: 'allow', TRAINING_BODY: 'own' }),
  courseEditions: STAFF_AND({ BENEFICIARY: 'allow', TRAINING_BODY: 'own' }),
  trainingBodies: BODY_OWN,
  trainingSettlements: BODY_OWN,
  trainingReport: STAFF,
  // projects and committees
  committees: SIGNED_IN_OWN,
  committeeSessions: SIGNED_IN_OWN,
  committeeSession: COMMITTEE_OWN,
  committeeMinutesTemplate: COMMITTEE_OWN,
  committeeMinutesTemplateVersions: COMMITTEE_OWN,
  previewCommitteeMinutes: COMMITTEE_OWN,
  project: STAFF,
  projects: STAFF,
  projectCalls: STAFF,
  projectDeadlines: STAFF,
  projectFunnel: STAFF,
  projectResults: STAFF,
  governanceDue: STAFF,
  governanceMeetings: STAFF,
  workPlans: STAFF,
  selfEmploymentFunnel: STAFF,
  selfEmploymentPath: BENEFICIARY_OWN,
  selfEmploymentPaths: STAFF,
  // finance
  loans: SIGNED_IN_OWN,
  loan: STAFF,
  grants: SIGNED_IN_OWN,
  grant: STAFF,
  guaranteeFund: STAFF,
  budgetLines: STAFF,
  financeLedger: STAFF,
  approvalRequests: STAFF,
  approvalRequest: STAFF,
  approvalRules: STAFF,
  approvalRuleChanges: STAFF,
  financeReport: STAFF,
  stageIndemnities: COMPANY_OWN,
  supportPayments: COMPANY_OWN,
  // the history import of every owner of import kinds (ADMIN only)
  ...Object.fromEntries(
    IMPORT_OWNERS.flatMap((o) => {
      const f = historyImportFieldNames(o);
      return [f.layouts, f.batch, f.batches, f.source].map((name) => [name, ADMIN]);
    }),
  ),
  // operations (admin): every subgraph of the registry has its event consumers and dead letters
  ...Object.fromEntries(
    SUBGRAPH_NAMES.flatMap((n) => [
      [`${n}EventConsumers`, ADMIN],
      [`${n}EventDeadLetters`, ADMIN],
      [`${n}JobDeadLetters`, ADMIN],
      [`${n}ServiceStatus`, ADMIN],
    ]),
  ),
};

/** Mutation fields. */
export const MUTATION_RULES: Record<string, RoleRule> = {
  defineLoanProduct: ADMIN,
  // public
  login: PUBLIC,
  logout: PUBLIC,
  refreshSession: PUBLIC, // needs a valid refresh token, whoever calls
  registerBeneficiary: PUBLIC,
  verifyEmail: PUBLIC, // needs the token of the registration mail, whoever calls
  requestPasswordReset: PUBLIC, // the same answer whether or not the address has an account
  resetPassword: PUBLIC, // needs the token of a reset or invitation mail
  inviteUser: ADMIN,
  submitProjectApplication: PUBLIC,
  // the beneficiary's own record
  updateBeneficiaryProfile: BENEFICIARY_OWN,
  setMailOptOut: BENEFICIARY_OWN,
  requestCourseEnrolment: BENEFICIARY_SELF,
  withdrawPrivacyConsent: BENEFICIARY_SELF,
  applySelfEmployment: STAFF_AND({ BENEFICIARY: 'allow' }), // a beneficiary applies for itself (any beneficiaryId given is ignored)
  submitSelfEmploymentBusinessPlan: BENEFICIARY_OWN,
  // people (staff)
  changeBeneficiaryStatus: STAFF,
  endBeneficiaryService: STAFF,
  startBeneficiaryService: STAFF,
  putBeneficiaryOutOfProtocol: STAFF,
  readmitBeneficiary: STAFF,
  recordContactAttempt: STAFF,
  recordFragilityAssessment: STAFF,
  recordIntakeInterviewOutcome: STAFF,
  scheduleIntakeInterview: STAFF,
  updateBeneficiaryReadiness: STAFF,
  recordOutOfAreaException: STAFF,
  publishAssessmentInstrument: STAFF,
  sendMassMail: STAFF,
  peopleSendFuoriProtocolloSurvey: STAFF,
  peopleAnswerFuoriProtocolloSurvey: PUBLIC, // the person with the link token (no login); by survey id: staff only
  eraseBeneficiary: ADMIN,
  // companies
  postVacancy: COMPANY_OWN,
  mergeVocabularyTerm: STAFF,
  addVocabularyConcept: STAFF,
  updateVacancy: COMPANY_OWN,
  changeVacancyStatus: COMPANY_OWN,
  addCompanyContact: COMPANY_OWN,
  addCompanySite: COMPANY_OWN,
  changeCandidateStatus: STAFF,
  proposeCandidate: STAFF,
  shortlistCandidate: STAFF,
  recordPlacement: STAFF,
  confirmHire: COMPANY_OWN,
  inviteToInterview: COMPANY_OWN,
  confirmPlacementDraft: STAFF,
  registerCompany: STAFF,
  updateCompany: STAFF,
  // training
  addCourseSessions: BODY_OWN,
  importAttendanceCsv: BODY_OWN,
  recordAttendance: BODY_OWN,
  recordCourseOutcome: BODY_OWN,
  decideCourseRequest: BODY_OWN,
  activateCourseEdition: STAFF,
  createCourseEdition: STAFF,
  createTrainingBody: STAFF,
  enrolInCourse: STAFF,
  setCourseHiringCommitments: STAFF,
  setRiskShareAgreement: STAFF,
  settleRiskShare: STAFF,
  settleDueRiskShares: STAFF,
  // committees: members act in their own committees' sessions; voting is for members only
  castCommitteeVote: rule({ COMMITTEE_MEMBER: 'own' }),
  recordCommitteeDecision: COMMITTEE_OWN,
  generateCommitteeMinutes: COMMITTEE_OWN,
  approveCommitteeMinutes: COMMITTEE_OWN,
  updateCommitteeMinutes: COMMITTEE_OWN, // members edit the draft verbale of their own committee's session until it is approved
  addCommitteeAgendaItem: STAFF,
  addCommitteeMember: STAFF,
  removeCommitteeMember: STAFF,
  createCommittee: STAFF,
  conveneCommitteeSession: STAFF,
  scheduleCommitteeSession: STAFF,
  // the verbale's template: the committee's secretary (or staff) saves a version; global one: staff
  saveCommitteeMinutesTemplate: COMMITTEE_OWN,
  // projects
  createProjectCall: STAFF,
  moveProject: STAFF,
  recordProjectLab: STAFF,
  recordProjectMonitoringMeeting: STAFF,
  recordProjectOutcome: STAFF,
  recordGovernanceMeeting: STAFF,
  recordWorkPlan: STAFF,
  moveSelfEmploymentPath: STAFF,
  recordSelfEmploymentMeeting: STAFF,
  recordSelfEmploymentOutcome: STAFF,
  // finance
  assessLoanArrears: STAFF,
  declareLoanDefault: STAFF,
  disburseLoan: STAFF,
  recordLoanRepayment: STAFF,
  retryLoanGuarantee: STAFF,
  addGrantExpenseLine: STAFF,
  disburseGrantTranche: STAFF,
  createBudgetLine: STAFF,
  commitBudget: STAFF,
  disburseBudgetCommitment: STAFF,
  commitSupportPayment: STAFF,
  recordNonCashSupport: STAFF,
  payStageIndemnity: STAFF,
  payTrainingSettlement: STAFF,
  reverseFinanceLedgerEntry: STAFF,
  setGuaranteePlafond: STAFF,
  approveApprovalRequest: STAFF, // never the maker; the rule's role or named approvers (reason APPROVER_NOT_ALLOWED)
  rejectApprovalRequest: STAFF,
  proposeApprovalRuleChange: ADMIN,
  // the history import of every owner of import kinds (ADMIN only)
  ...Object.fromEntries(
    IMPORT_OWNERS.flatMap((o) => {
      const f = historyImportFieldNames(o);
      return [f.check, f.start, f.undo].map((name) => [name, ADMIN]);
    }),
  ),
  // operations (admin)
  ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`retry${n[0]?.toUpperCase()}${n.slice(1)}EventDeadLetter`, ADMIN])),
  ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`retry${n[0]?.toUpperCase()}${n.slice(1)}JobDeadLetter`, ADMIN])),
};

/** Subscription fields (graphql-ws; anonymous sockets are refused at connection). Each event is filtered like the queries. */
export const SUBSCRIPTION_RULES: Record<string, RoleRule> = {
  beneficiaryRegistered: STAFF,
  interviewDue: STAFF,
  beneficiaryStatusChanged: SIGNED_IN_OWN,
  intakeInterviewUpdated: SIGNED_IN_OWN,
  vacancyPosted: COMPANY_OWN,
  candidateStatusChanged: COMPANY_OWN,
  placementRecorded: COMPANY_OWN,
  attendanceUploaded: BODY_OWN,
  editionKpisChanged: BODY_OWN,
  courseEnrolmentChanged: BODY_OWN,
  riskShareSettled: BODY_OWN,
  committeeDecisionRecorded: COMMITTEE_OWN,
  loanInArrears: STAFF,
};

export const ROOT_RULES = { Query: QUERY_RULES, Mutation: MUTATION_RULES, Subscription: SUBSCRIPTION_RULES } as const;

// ---------------------------------------------------------------------------------------------
// Personal data, field by field. A rule says who may read the field on an object that role can
// reach at all (the root rules above decide that). Types listed here must classify EVERY field.

/** The person themself and the staff. */
const SELF_AND_STAFF = STAFF_AND({ BENEFICIARY: 'own' });
/** Health, fragility, operators' notes: staff only (special categories, GDPR art. 9). */
const STAFF_ONLY = STAFF;
/** Pseudonymous candidate data a company needs for its own vacancies' proposed candidates. */
const FOR_OWN_COMPANY = STAFF_AND({ COMPANY: 'own', BENEFICIARY: 'own' });
/** Participants' data for the body running the course. */
const FOR_OWN_BODY = STAFF_AND({ TRAINING_BODY: 'own', BENEFICIARY: 'own' });
const COMMITTEE_DATA = STAFF_AND({ COMMITTEE_MEMBER: 'own' });
/** A self-employment dossier's business content: the person, the staff and the committee deciding it. */
const DOSSIER = STAFF_AND({ BENEFICIARY: 'own', COMMITTEE_MEMBER: 'own' });
/** The account holder (any role) and the staff. */
const ACCOUNT = rule({ BENEFICIARY: 'own', COMPANY: 'own', TRAINING_BODY: 'own', COMMITTEE_MEMBER: 'own', STAFF: 'allow', ADMIN: 'allow' });

export interface PersonalType {
  /** Fields holding personal data, with who may read them. */
  personal: Record<string, RoleRule>;
  /** The type's other fields (ids, dates, enums, links), readable by whoever may read the object. */
  other: string[];
}

export const PERSONAL_DATA: Record<string, PersonalType> = {
  Beneficiary: {
    personal: {
      firstName: FOR_OWN_BODY,
      lastName: FOR_OWN_BODY,
      codiceFiscale: FOR_OWN_BODY,
      email: SELF_AND_STAFF,
      phone: SELF_AND_STAFF,
      birthDate: SELF_AND_STAFF,
      age: SELF_AND_STAFF,
      sex: SELF_AND_STAFF,
      citizenship: SELF_AND_STAFF,
      municipalityCode: SELF_AND_STAFF,
      municipalityName: SELF_AND_STAFF,
      domicileMunicipalityCode: SELF_AND_STAFF,
      outOfArea: SELF_AND_STAFF,
      outOfAreaExceptionReason: SELF_AND_STAFF,
      outOfAreaExceptionAt: SELF_AND_STAFF,
      educationLevel: SELF_AND_STAFF,
      educationTitle: SELF_AND_STAFF,
      italianLevel: SELF_AND_STAFF,
      languages: SELF_AND_STAFF,
      skills: SELF_AND_STAFF,
      pastJobs: SELF_AND_STAFF,
      desiredOccupations: SELF_AND_STAFF,
      availableHoursPerWeek: SELF_AND_STAFF,
      shifts: SELF_AND_STAFF,
      drivingLicence: SELF_AND_STAFF,
      ownVehicle: SELF_AND_STAFF,
      contractWishes: SELF_AND_STAFF,
      cvShareConsent: SELF_AND_STAFF,
      mailOptOut: SELF_AND_STAFF,
      referringBody: SELF_AND_STAFF,
      referringBodyName: SELF_AND_STAFF,
      privacyConsentAt: SELF_AND_STAFF,
      privacyNoticeVersion: SELF_AND_STAFF,
      consentWithdrawnAt: SELF_AND_STAFF,
      documents: SELF_AND_STAFF,
      status: SELF_AND_STAFF,
      statusHistory: SELF_AND_STAFF,
      profileHistory: SELF_AND_STAFF,
      interviews: SELF_AND_STAFF,
      interviewSla: STAFF_ONLY,
      registeredAt: SELF_AND_STAFF,
      profile: STAFF_ONLY,
      readiness: STAFF_ONLY,
      assessments: STAFF_ONLY,
      fuoriProtocolloReason: SELF_AND_STAFF,
      fuoriProtocolloProposal: STAFF_ONLY,
      contactAttempts: STAFF_ONLY,
      services: SELF_AND_STAFF,
      erasedAt: STAFF_ONLY,
      placements: SELF_AND_STAFF,
      candidacies: STAFF_ONLY,
      enrolments: SELF_AND_STAFF,
      // GDPR export (one field per subgraph of the registry) and consent history: the person and the staff
      ...Object.fromEntries(SUBGRAPHS.map((s) => [s.personalData.exportField, SELF_AND_STAFF])),
      consentHistory: SELF_AND_STAFF,
    },
    other: ['id'],
  },
  BeneficiaryDocument: {
    personal: { fileName: SELF_AND_STAFF, sha256: SELF_AND_STAFF, downloadPath: SELF_AND_STAFF },
    other: ['id', 'kind', 'contentType', 'size', 'uploadedAt'],
  },
  BeneficiaryLanguage: { personal: { language: SELF_AND_STAFF, level: SELF_AND_STAFF }, other: [] },
  BeneficiaryPastJob: {
    personal: {
      title: SELF_AND_STAFF,
      employer: SELF_AND_STAFF,
      escoOccupationCode: SELF_AND_STAFF,
      fromYear: SELF_AND_STAFF,
      toYear: SELF_AND_STAFF,
    },
    other: [],
  },
  BeneficiarySkill: { personal: { label: SELF_AND_STAFF, escoCode: SELF_AND_STAFF }, other: [] },
  BeneficiaryServiceRecord: {
    personal: { notes: STAFF_ONLY, operatorId: STAFF_ONLY },
    other: ['id', 'kind', 'startedOn', 'expectedEndOn', 'endedOn'],
  },
  BeneficiaryStatusChange: {
    personal: {
      reason: SELF_AND_STAFF,
      reasonCode: SELF_AND_STAFF,
      reasonParams: SELF_AND_STAFF /* the interview's mode and time */,
      fuoriProtocolloReason: SELF_AND_STAFF,
      actorId: SELF_AND_STAFF /* an opaque operator id */,
      actorRole: SELF_AND_STAFF,
    },
    other: ['id', 'at', 'from', 'to'],
  },
  BeneficiaryProfileChange: {
    personal: { actorId: SELF_AND_STAFF, actorName: SELF_AND_STAFF, actorRole: SELF_AND_STAFF, changes: SELF_AND_STAFF },
    other: ['id', 'at'],
  },
  BeneficiaryProfileFieldChange: { personal: { before: SELF_AND_STAFF, after: SELF_AND_STAFF }, other: ['field'] },
  BeneficiaryStatusUpdate: {
    personal: { beneficiary: SELF_AND_STAFF, fuoriProtocolloReason: SELF_AND_STAFF },
    other: ['at', 'from', 'to'],
  },
  ContactAttempt: {
    personal: { notes: STAFF_ONLY, operatorId: STAFF_ONLY, answered: STAFF_ONLY, channel: STAFF_ONLY },
    other: ['id', 'at'],
  },
  FragilityAssessment: {
    personal: {
      answers: STAFF_ONLY,
      notes: STAFF_ONLY,
      profile: STAFF_ONLY,
      readiness: STAFF_ONLY,
      score: STAFF_ONLY,
      beneficiaryId: STAFF_ONLY,
      assessedBy: STAFF_ONLY,
    },
    other: ['id', 'assessedAt', 'instrumentId', 'instrumentVersion', 'threshold'],
  },
  FuoriProtocolloProposalView: {
    personal: {
      explanation: STAFF_ONLY,
      missedInterviews: STAFF_ONLY,
      propose: STAFF_ONLY,
      reason: STAFF_ONLY,
      unansweredCalls: STAFF_ONLY,
    },
    other: [],
  },
  InterviewSlaView: { personal: { interviewedAt: SELF_AND_STAFF }, other: ['daysLeft', 'daysWaited', 'dueDate', 'metSla', 'overdue'] },
  IntakeInterview: {
    personal: {
      beneficiary: SELF_AND_STAFF,
      beneficiaryId: SELF_AND_STAFF,
      outcomeNotes: STAFF_ONLY,
      operatorId: STAFF_ONLY,
      operatorName: SELF_AND_STAFF,
      location: SELF_AND_STAFF,
    },
    other: ['id', 'scheduledAt', 'completedAt', 'mode', 'status'],
  },
  ConsentRecord: { personal: { action: SELF_AND_STAFF, at: SELF_AND_STAFF, noticeVersion: SELF_AND_STAFF }, other: ['id'] },
  PersonalDataAuditEntry: {
    personal: { actorId: ADMIN, actorName: ADMIN, actorRole: ADMIN, beneficiaryId: ADMIN, beneficiaryName: ADMIN, detail: ADMIN },
    other: ['id', 'at', 'action', 'fields'],
  },
  CapturedMail: { personal: { to: STAFF_ONLY, subject: STAFF_ONLY, text: STAFF_ONLY, html: STAFF_ONLY }, other: ['id', 'capturedAt'] },
  User: {
    personal: { email: ACCOUNT, displayName: ACCOUNT, beneficiaryId: ACCOUNT },
    other: ['id', 'role', 'companyId', 'trainingBodyId'],
  },
  LoginResult: { personal: { token: ACCOUNT, refreshToken: ACCOUNT, user: ACCOUNT }, other: ['expiresAt'] },
  RefreshedSession: { personal: { token: ACCOUNT, refreshToken: ACCOUNT, user: ACCOUNT }, other: ['expiresAt'] },
  // What the caller typed or the holder of a mail link gets back (its own address), nobody else's.
  RegistrationReceipt: { personal: { email: ACCOUNT }, other: ['linkValidUntil'] },
  EmailVerificationResult: { personal: { email: ACCOUNT }, other: [] },
  PasswordLink: { personal: { email: ACCOUNT }, other: ['purpose', 'expiresAt'] },
  PasswordSet: { personal: { email: ACCOUNT }, other: ['role'] },
  // companies: proposed candidates are pseudonymous (first name + initials), staff notes stay with the staff
  Candidate: {
    personal: {
      beneficiary: STAFF_ONLY,
      firstName: FOR_OWN_COMPANY,
      initials: FOR_OWN_COMPANY,
      skills: FOR_OWN_COMPANY,
      shifts: FOR_OWN_COMPANY,
      availableHoursPerWeek: FOR_OWN_COMPANY,
      italianLevel: FOR_OWN_COMPANY,
      cvAvailable: FOR_OWN_COMPANY,
      score: STAFF_ONLY,
      staffNote: STAFF_ONLY,
      reasonCode: FOR_OWN_COMPANY,
      reasonNote: FOR_OWN_COMPANY,
      interviewNote: FOR_OWN_COMPANY,
    },
    other: ['id', 'status', 'proposedAt', 'updatedAt', 'vacancy', 'history', 'interviewAt', 'interviewPlace', 'interviewLink'],
  },
  CandidateMatch: {
    personal: {
      beneficiary: STAFF_ONLY,
      beneficiaryId: STAFF_ONLY,
      firstName: STAFF_ONLY,
      lastInitial: STAFF_ONLY,
      municipalityCode: STAFF_ONLY,
      score: STAFF_ONLY,
      explanation: STAFF_ONLY,
    },
    other: [],
  },
  Placement: {
    personal: {
      beneficiary: STAFF_AND({ COMPANY: 'own', BENEFICIARY: 'own' }),
      notes: STAFF_ONLY,
      hoursPerWeek: STAFF_AND({ COMPANY: 'own', BENEFICIARY: 'own' }),
      personName: STAFF_AND({ COMPANY: 'own', BENEFICIARY: 'own' }),
    },
    other: [
      'id',
      'company',
      'contract',
      'endDate',
      'followUp',
      'followUps',
      'previousPlacement',
      'sourceEditionId',
      'startDate',
      'type',
      'vacancy',
    ],
  },
  // a hire the company confirmed, waiting for staff: the company sees first name and initial, staff the person
  PlacementDraft: {
    personal: { beneficiary: STAFF_ONLY, personName: COMPANY_OWN, hoursPerWeek: COMPANY_OWN },
    other: ['id', 'company', 'contract', 'createdAt', 'confirmedAt', 'endDate', 'placement', 'startDate', 'status', 'type', 'vacancy'],
  },
  CandidateStatusChange: { personal: { reasonCode: FOR_OWN_COMPANY, reasonNote: FOR_OWN_COMPANY }, other: ['at', 'from', 'to'] },
  // the fuori-protocollo questionnaire (staff view)
  PeopleFuoriProtocolloSurvey: {
    personal: {
      beneficiaryId: STAFF_ONLY,
      working: STAFF_ONLY,
      contractType: STAFF_ONLY,
      offersReceived: STAFF_ONLY,
      reason: STAFF_ONLY,
      answeredAt: STAFF_ONLY,
    },
    other: ['id', 'sentAt'],
  },
  CompanyContact: { personal: { fullName: COMPANY_OWN, email: COMPANY_OWN, phone: COMPANY_OWN, role: COMPANY_OWN }, other: ['id'] },
  StageIndemnity: { personal: { placementId: COMPANY_OWN, amountCents: COMPANY_OWN }, other: ['id', 'companyId', 'month', 'paidOn'] },
  // training
  Enrolment: {
    personal: {
      beneficiary: FOR_OWN_BODY,
      participantName: FOR_OWN_BODY,
      codiceFiscale: FOR_OWN_BODY,
      attendance: FOR_OWN_BODY,
      attendancePercent: FOR_OWN_BODY,
      attendedHours: FOR_OWN_BODY,
      dropOutReason: FOR_OWN_BODY,
      droppedOutOn: FOR_OWN_BODY,
      outcome: FOR_OWN_BODY,
      qualificationName: FOR_OWN_BODY,
      qualificationObtained: FOR_OWN_BODY,
      status: FOR_OWN_BODY,
      decisionReason: FOR_OWN_BODY,
    },
    other: ['id', 'edition', 'enrolledAt', 'requestedAt', 'decidedAt'],
  },
  CourseAttendanceRecord: { personal: { enrolmentId: FOR_OWN_BODY, hours: FOR_OWN_BODY }, other: ['sessionId'] },
  // projects and committees
  CommitteeMember: {
    personal: { displayName: COMMITTEE_DATA, userId: COMMITTEE_DATA, represents: COMMITTEE_DATA },
    other: ['id', 'active', 'committeeId', 'role'],
  },
  CommitteeVote: {
    personal: { memberId: COMMITTEE_DATA, choice: COMMITTEE_DATA, conflictOfInterest: COMMITTEE_DATA, conflictNote: COMMITTEE_DATA },
    other: ['id', 'agendaItemId', 'castAt'],
  },
  SelfEmploymentPath: {
    // Committee members of a session with the dossier read what they vote on (the committee portal shows
    // it), never who the person is nor the path's history, meetings and outcome (issue 18, finding 3).
    personal: {
      beneficiaryId: SELF_AND_STAFF,
      businessIdea: DOSSIER,
      planSummary: DOSSIER,
      costsCents: DOSSIER,
      revenueCents: DOSSIER,
      fundingNeedCents: DOSSIER,
      history: SELF_AND_STAFF,
      meetings: SELF_AND_STAFF,
      outcome: SELF_AND_STAFF,
      decisions: SELF_AND_STAFF,
    },
    other: ['id', 'monitoringMode', 'monitoringStartedOn', 'sector', 'startedOn', 'status', 'submittedAt'],
  },
  ProjectOutcome: {
    personal: { beneficiaryId: STAFF_ONLY, placement: STAFF_ONLY, placementId: STAFF_ONLY },
    other: ['id', 'description', 'kind', 'on', 'projectId'],
  },
  Project: {
    personal: { contactEmail: STAFF_AND({ COMMITTEE_MEMBER: 'own' }) },
    other: [
      'actorsInvolved',
      'call',
      'callId',
      'decisions',
      'expectedJobs',
      'grants',
      'history',
      'id',
      'intakeMeetingOn',
      'labs',
      'labsDueBy',
      'loans',
      'monitoringEndsOn',
      'monitoringMeetings',
      'monitoringMode',
      'monitoringStartedOn',
      'needsAnalysis',
      'nonCashSupport',
      'organisationKind',
      'organisationName',
      'outcomes',
      'pathKind',
      'projectLines',
      'requestedAmountCents',
      'sector',
      'status',
      'submittedAt',
      'supportTotalCents',
      'sustainabilityPlan',
      'title',
      'trackingCode',
    ],
  },
  ProjectMeeting: {
    personal: { notes: SELF_AND_STAFF /* a self-employment meeting's notes: also to the person */ },
    other: ['durationMinutes', 'facilitator', 'heldOn', 'id', 'kind', 'subjectId'],
  },
};

/**
 * Field names that suggest personal data. A field with such a name on a type NOT in PERSONAL_DATA must
 * be listed in NOT_PERSONAL (so a new e.g. `Company.ownerPhone` cannot slip in unclassified).
 */
export const PERSONAL_FIELD_PATTERN =
  /name|email|phone|fiscal|birth|\bsex\b|^sex|gender|citizen|nationality|address|domicile|health|fragil|answers|notes?$|^cv|document|iban|password|token|consent|beneficiary|person|participant|operator|actor|userId|member|contact/i;

/** Object types without personal data whose field names match PERSONAL_FIELD_PATTERN: why they are not personal. */
export const NOT_PERSONAL: Record<string, string[]> = {
  AssessmentInstrument: ['name'], // the instrument's name
  AssessmentAnswerOption: [],
  AssessmentDimension: [],
  AssessmentGivenAnswer: [],
  AssessmentItem: ['answers'], // instrument definition
  Committee: ['name', 'members'],
  HistoryImportBatch: ['fileName'], // the uploaded file's name (ADMIN only, like the whole import)
  HistoryImportCheck: ['fileName'],
  CommitteeAgendaItem: [],
  CommitteeDecision: [],
  CommitteeMinutesPlaceholder: ['name'], // a placeholder of the verbale's template
  CommitteeSession: [],
  CompaniesPlacementReport: ['personsPlaced', 'byNationality'], // aggregate counts
  GovernanceMeeting: ['notes'], // minutes-like notes of a governance table (STAFF only), not about a person
  CompaniesReportBreakdown: ['persons'],
  CompaniesReportRankingRow: ['companyName'],
  ProjectResultsRow: ['placementsWithoutPerson'], // aggregate count (STAFF only)
  Company: ['name', 'contacts', 'boardMember'],
  CompanyPlacementRank: ['companyName'],
  MyJobInterview: ['companyName', 'note'], // the company's own invitation, to the signed-in person only
  CompanySite: ['name', 'address'], // a company's site, not a person's address
  GuaranteePlafond: ['note'],
  ApprovalRequest: ['decisionNote'], // the approver's reason about a money operation
  ApprovalRule: ['approverUserIds'], // which staff accounts may approve
  MatchScoreComponent: ['name'],
  MassMailBatch: ['skippedWithoutEmail'], // a count
  PeopleSurveySendResult: ['skippedWithoutEmail'], // a count
  PeopleReport: [],
  TrainingBody: ['name', 'email'], // organisation contact
  TrainingReportCourse: ['trainingBodyName'],
  AttendanceUploadedNotice: [],
  ProjectCall: [],
  ProjectApplicationReceipt: [],
};
