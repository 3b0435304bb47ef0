// Events published by the `projects` subgraph (source 'projects').
import type { PersonalDataReadPayload } from './read-audit.js';

export const PROJECTS_EVENTS = {
  ProjectStatusChanged: 'ProjectStatusChanged',
  CommitteeDecisionRecorded: 'CommitteeDecisionRecorded',
  /** Both committees approved funding: `finance` opens the loan or grant. */
  FundingApproved: 'FundingApproved',
  /** Staff convened a committee session: `people` mails the convocation to each member. */
  CommitteeConvened: 'CommitteeConvened',
  /** Added: someone other than the person read personal data (payload: PersonalDataReadPayload, read-audit.ts). */
  PersonalDataRead: 'PersonalDataRead',
} as const satisfies { [K in keyof ProjectsEvents]: K };

export interface FundingApprovedPayload {
  decisionId: string;
  /**
   * Social-innovation project (`Project` id) or self-employment path (`SelfEmploymentPath` id, also an
   * entity with @key in the projects subgraph), per `projectKind`.
   */
  projectId: string;
  projectKind: 'SOCIAL_INNOVATION' | 'SELF_EMPLOYMENT';
  /** Added NON_CASH: support that is not money to the project (`nonCashItems`), chosen by the evaluation committee. */
  kind: 'LOAN' | 'GRANT' | 'NON_CASH';
  /** LOAN: principal. GRANT: total (investments + services). NON_CASH: the items' total value. */
  amountCents: number;
  /** NON_CASH: a course paid, stages funded, services in kind, each with its value in cents. */
  nonCashItems?: { kind: 'COURSE_FEES' | 'STAGE_FUNDING' | 'SERVICES_IN_KIND'; description: string; valueCents: number }[];
  investmentCents: number | null;
  servicesCents: number | null;
  termMonths: number | null;
  graceMonths: number | null;
  approvedOn: string;
  applicantUserId: string | null;
  beneficiaryId: string | null;
  /**
   * User ids of the members of the committees that had this dossier on their agenda (evaluation and
   * management) when funding was approved: they may see its funding in `finance`. Optional for events
   * published before it existed.
   */
  committeeMemberUserIds?: string[];
}

export interface CommitteeDecisionRecordedPayload {
  decisionId: string;
  sessionId: string;
  committeeId: string;
  committeeKind: 'EVALUATION' | 'MANAGEMENT' | 'COORDINATION' | 'TECHNICAL';
  projectId: string;
  /** Added: which kind of dossier `projectId` is. */
  projectKind?: 'SOCIAL_INNOVATION' | 'SELF_EMPLOYMENT';
  outcome: 'APPROVED' | 'REJECTED' | 'POSTPONED';
  /** Added: ISO date of the session. */
  decidedOn?: string;
}

/** A social-innovation project or a self-employment path changed step (history row written in the same transaction). */
export interface ProjectStatusChangedPayload {
  projectId: string;
  projectKind: 'SOCIAL_INNOVATION' | 'SELF_EMPLOYMENT';
  from: string | null;
  to: string;
  reason: string | null;
  /** ISO date (Europe/Rome) of the step. */
  on: string;
  /** Added (social-innovation projects): the applicant's kind (ETS, INFORMAL_GROUP, LABOUR_INTERMEDIARY). */
  organisationKind?: string | null;
  /** Added (social-innovation projects): the kind of call applied to (SOCIAL_INNOVATION, OVER_55_HIRING, LABOUR_INTERMEDIARIES). */
  callKind?: string | null;
  /** Added (issue 27): the old system's id of a project the history import brought in (finance finds it by it). */
  externalId?: string | null;
}

export interface CommitteeConvenedPayload {
  sessionId: string;
  committeeId: string;
  committeeName: string;
  heldOn: string;
  location: string | null;
  /** Agenda topics in order. */
  agenda: string[];
  /** User accounts of the active members (people holds their email addresses). */
  memberUserIds: string[];
}

/** Every event `projects` publishes, by type: its payload (see `eventPublisher` in @ixl/subgraph-kit). */
export interface ProjectsEvents {
  ProjectStatusChanged: ProjectStatusChangedPayload;
  CommitteeDecisionRecorded: CommitteeDecisionRecordedPayload;
  FundingApproved: FundingApprovedPayload;
  CommitteeConvened: CommitteeConvenedPayload;
  PersonalDataRead: PersonalDataReadPayload;
}
