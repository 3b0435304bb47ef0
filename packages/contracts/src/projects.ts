// Events published by the `projects` subgraph (source 'projects').

export const PROJECTS_EVENTS = {
  ProjectStatusChanged: 'ProjectStatusChanged',
  CommitteeDecisionRecorded: 'CommitteeDecisionRecorded',
  /** Both committees approved funding: `finance` opens the loan or grant. */
  FundingApproved: 'FundingApproved',
} as const;

export interface FundingApprovedPayload {
  decisionId: string;
  /** Social-innovation project or self-employment path. */
  projectId: string;
  projectKind: 'SOCIAL_INNOVATION' | 'SELF_EMPLOYMENT';
  kind: 'LOAN' | 'GRANT';
  /** LOAN: principal. GRANT: total (investments + services). */
  amountCents: number;
  investmentCents: number | null;
  servicesCents: number | null;
  termMonths: number | null;
  graceMonths: number | null;
  approvedOn: string;
  applicantUserId: string | null;
  beneficiaryId: string | null;
}

export interface CommitteeDecisionRecordedPayload {
  decisionId: string;
  sessionId: string;
  committeeId: string;
  committeeKind: 'EVALUATION' | 'MANAGEMENT' | 'COORDINATION' | 'TECHNICAL';
  projectId: string;
  outcome: 'APPROVED' | 'REJECTED' | 'POSTPONED';
}
