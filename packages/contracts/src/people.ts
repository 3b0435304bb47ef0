// Events published by the `people` subgraph (source 'people'). Payloads are JSON; dates ISO strings.

export const PEOPLE_EVENTS = {
  BeneficiaryRegistered: 'BeneficiaryRegistered',
  /** Full snapshot of what other subgraphs may use for matching: consumers upsert it (idempotent). */
  BeneficiaryProfileChanged: 'BeneficiaryProfileChanged',
  BeneficiaryStatusChanged: 'BeneficiaryStatusChanged',
  InterviewScheduled: 'InterviewScheduled',
  InterviewCompleted: 'InterviewCompleted',
  AssessmentRecorded: 'AssessmentRecorded',
  /** GDPR erasure: consumers pseudonymise what they hold about the person. */
  BeneficiaryErased: 'BeneficiaryErased',
  /** Contacts/education/skills/availability edited (the new snapshot follows in BeneficiaryProfileChanged). */
  BeneficiaryDetailsChanged: 'BeneficiaryDetailsChanged',
  ReadinessChanged: 'ReadinessChanged',
  /** Staff allowed a person outside the Città metropolitana into the target, with a reason (audited). */
  OutOfAreaExceptionRecorded: 'OutOfAreaExceptionRecorded',
  ContactAttemptRecorded: 'ContactAttemptRecorded',
  /** The rules propose fuori protocollo (more than two unanswered calls at different times, or a missed interview). */
  FuoriProtocolloProposed: 'FuoriProtocolloProposed',
  /** The person was put out of protocol: the mailer sends the explanatory email. */
  BeneficiaryOutOfProtocol: 'BeneficiaryOutOfProtocol',
  BeneficiaryServiceStarted: 'BeneficiaryServiceStarted',
  BeneficiaryServiceEnded: 'BeneficiaryServiceEnded',
  DocumentUploaded: 'DocumentUploaded',
  AssessmentInstrumentPublished: 'AssessmentInstrumentPublished',
  /** The 15-day intake interview deadline nears or has passed (staff alert; once per person and day). */
  InterviewDue: 'InterviewDue',
  /** Staff queued a mass mail (aggregate: the mail batch). */
  MassMailQueued: 'MassMailQueued',
  /** The person opted out of (or back into) the programme's mass mail. */
  MailPreferencesChanged: 'MailPreferencesChanged',
} as const satisfies { [K in keyof PeopleEvents]: K };

export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'NATIVE';
export type Shift = 'MORNING' | 'AFTERNOON' | 'EVENING' | 'NIGHT' | 'WEEKEND';
export type FragilityProfile = 'FORTE' | 'IN_TARGET';
export type Readiness = 'PRONTO' | 'NON_PRONTO' | 'FRAGILE' | 'IN_VALUTAZIONE';

/**
 * What `companies` (matching, candidates) may know of a person: no health or fragility details,
 * only the profile/readiness needed to decide who is in the matching pool.
 */
export interface BeneficiaryMatchingProfile {
  beneficiaryId: string;
  firstName: string;
  lastInitial: string;
  birthYear: number;
  /**
   * Added: ISO birth date; `finance` keeps it only to check the over-55 hiring incentive's age at the hire date
   * (seeds/003_fe62a26ba95cc30f.txt:1563). Absent in old events.
   */
  birthDate?: string;
  sex: 'F' | 'M';
  citizenship: string;
  municipalityCode: string;
  status: string;
  profile: FragilityProfile | null;
  readiness: Readiness | null;
  italianLevel: CefrLevel | null;
  /** ESCO skill URIs/codes where known, else normalised free-text labels. */
  skills: string[];
  /** ESCO occupation codes (past jobs and wishes). */
  occupations: string[];
  drivingLicence: boolean;
  ownVehicle: boolean;
  availableHoursPerWeek: number | null;
  shifts: Shift[];
  /** Contract types the person accepts (companies' ContractType values). */
  contractWishes: string[];
  /** The person agreed that companies may see their CV. */
  cvShareConsent: boolean;
  /** Domicile when different from the residence (matching distance may prefer it). */
  domicileMunicipalityCode?: string | null;
  /** Neither resident nor domiciled in the 55 municipalities. */
  outOfArea?: boolean;
  /** Added later (issue 27): SHA-256 of the codice fiscale (`fiscalCodeHash` in subgraph-kit), how imports find the person. */
  fiscalCodeHash?: string;
}

export interface BeneficiaryRegisteredPayload {
  beneficiaryId: string;
  municipalityCode: string;
  registeredAt: string;
  referringBody: string | null;
  outOfArea: boolean;
  /** Europe/Rome date by which the intake interview is due (registration + 15 days). */
  interviewDueDate?: string | null;
  privacyNoticeVersion?: string | null;
  /** Registered by the demo data set, not by a person. */
  demo?: boolean;
  /** Registered in the programme's old system and brought in by the history import (issue 27): nobody is mailed. */
  imported?: boolean;
}

export interface InterviewScheduledPayload {
  interviewId: string;
  beneficiaryId: string;
  scheduledAt: string;
  mode: 'IN_PERSON' | 'VIDEO' | 'PHONE';
  operatorId: string;
  dueDate: string;
}

export interface InterviewCompletedPayload {
  interviewId: string;
  beneficiaryId: string;
  /** COMPLETED (held) or MISSED. */
  outcome: 'COMPLETED' | 'MISSED';
  completedAt: string;
  daysWaited: number;
  /** Held within the 15-day due date (null when missed). */
  metSla: boolean | null;
  /** A colloquio of the history brought in by the history import (issue 27). */
  imported?: boolean;
}

export interface AssessmentRecordedPayload {
  assessmentId: string;
  beneficiaryId: string;
  instrumentVersion: number;
  score: number;
  threshold: number;
  profile: FragilityProfile;
  readiness: Readiness | null;
  assessedAt: string;
  /** An assessment of the history brought in by the history import (issue 27). */
  imported?: boolean;
}

export interface BeneficiaryOutOfProtocolPayload {
  beneficiaryId: string;
  reason: 'WORKING' | 'UNREACHABLE' | 'NOT_COLLABORATING';
  previousStatus: string;
  email: string | null;
}

export interface BeneficiaryServiceStartedPayload {
  serviceId: string;
  beneficiaryId: string;
  kind: 'CV_REVIEW' | 'JOB_OFFER_ALERTS' | 'ITALIAN_LESSONS' | 'IPS';
  startedOn: string;
  expectedEndOn: string | null;
}

export interface DocumentUploadedPayload {
  documentId: string;
  beneficiaryId: string;
  kind: 'CV' | 'IDENTITY_DOCUMENT';
  contentType: string;
  size: number;
}

export interface BeneficiaryProfileChangedPayload {
  profile: BeneficiaryMatchingProfile;
}

export interface BeneficiaryStatusChangedPayload {
  beneficiaryId: string;
  from: string;
  to: string;
  reason: string | null;
  at: string;
  /** A step of the history brought in by the history import (issue 27), dated when it happened: nobody is mailed. */
  imported?: boolean;
}

export interface BeneficiaryErasedPayload {
  beneficiaryId: string;
}

export interface BeneficiaryDetailsChangedPayload {
  beneficiaryId: string;
  /** Names of the changed fields. */
  fields: string[];
}

export interface ReadinessChangedPayload {
  beneficiaryId: string;
  from: Readiness | null;
  to: Readiness;
  reason: string | null;
}

export interface OutOfAreaExceptionRecordedPayload {
  beneficiaryId: string;
  reason: string;
  recordedAt: string;
}

export interface ContactAttemptRecordedPayload {
  attemptId: string;
  beneficiaryId: string;
  at: string;
  channel: string;
  answered: boolean;
}

export interface FuoriProtocolloProposedPayload {
  beneficiaryId: string;
  reason: BeneficiaryOutOfProtocolPayload['reason'] | null;
  explanation: string | null;
}

export interface BeneficiaryServiceEndedPayload {
  serviceId: string;
  beneficiaryId: string;
  kind: BeneficiaryServiceStartedPayload['kind'];
  endedOn: string;
}

export interface AssessmentInstrumentPublishedPayload {
  instrumentId: string;
  version: number;
  threshold: number;
}

export interface InterviewDuePayload {
  beneficiaryId: string;
  dueDate: string;
  /** Calendar days left (negative when overdue). */
  daysLeft: number;
  overdue: boolean;
}

export interface MassMailQueuedPayload {
  batchId: string;
  recipients: number;
  skippedOptedOut: number;
  skippedWithoutEmail: number;
  subject: string;
}

export interface MailPreferencesChangedPayload {
  beneficiaryId: string;
  optOut: boolean;
}

/** Every event `people` publishes, by type: its payload (see `eventPublisher` in @ixl/subgraph-kit). */
export interface PeopleEvents {
  BeneficiaryRegistered: BeneficiaryRegisteredPayload;
  BeneficiaryProfileChanged: BeneficiaryProfileChangedPayload;
  BeneficiaryStatusChanged: BeneficiaryStatusChangedPayload;
  InterviewScheduled: InterviewScheduledPayload;
  InterviewCompleted: InterviewCompletedPayload;
  AssessmentRecorded: AssessmentRecordedPayload;
  BeneficiaryErased: BeneficiaryErasedPayload;
  BeneficiaryDetailsChanged: BeneficiaryDetailsChangedPayload;
  ReadinessChanged: ReadinessChangedPayload;
  OutOfAreaExceptionRecorded: OutOfAreaExceptionRecordedPayload;
  ContactAttemptRecorded: ContactAttemptRecordedPayload;
  FuoriProtocolloProposed: FuoriProtocolloProposedPayload;
  BeneficiaryOutOfProtocol: BeneficiaryOutOfProtocolPayload;
  BeneficiaryServiceStarted: BeneficiaryServiceStartedPayload;
  BeneficiaryServiceEnded: BeneficiaryServiceEndedPayload;
  DocumentUploaded: DocumentUploadedPayload;
  AssessmentInstrumentPublished: AssessmentInstrumentPublishedPayload;
  InterviewDue: InterviewDuePayload;
  MassMailQueued: MassMailQueuedPayload;
  MailPreferencesChanged: MailPreferencesChangedPayload;
}
