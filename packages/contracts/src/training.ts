// Events published by the `training` subgraph (source 'training').
import type { PersonalDataReadPayload } from './read-audit.js';

export const TRAINING_EVENTS = {
  AttendanceUploaded: 'AttendanceUploaded',
  EditionKpisChanged: 'EditionKpisChanged',
  /** The 30% risk-sharing settlement of an edition, computed when its window closed. */
  RiskShareSettled: 'RiskShareSettled',
  /** A settled edition changed after settlement (a placement recorded late inside its window): the difference. */
  RiskShareSettlementAdjusted: 'RiskShareSettlementAdjusted',
  EnrolmentChanged: 'EnrolmentChanged',
  /** Added: someone other than the person read personal data (payload: PersonalDataReadPayload, read-audit.ts). */
  PersonalDataRead: 'PersonalDataRead',
} as const satisfies { [K in keyof TrainingEvents]: K };

export interface AttendanceUploadedPayload {
  uploadId: string;
  editionId: string;
  trainingBodyId: string;
  rows: number;
}

export interface RiskShareSettledPayload {
  settlementId: string;
  editionId: string;
  trainingBodyId: string;
  totalCostCents: number;
  atRiskCents: number;
  /** Paid to the training body out of the at-risk amount. */
  payableCents: number;
  withheldCents: number;
  achievedRatePercent: number;
  targetRatePercent: number;
  mode: 'PROPORTIONAL' | 'ALL_OR_NOTHING';
  windowEnd: string;
}

/** A settlement's adjustment (revision ≥ 1): amounts before and after, delta = payable after − before (euro cents). */
/** A placement recorded after the settlement inside its window, or one corrected after it. */
export type RiskShareAdjustmentCause = 'PLACEMENT_RECORDED_LATE' | 'PLACEMENT_CORRECTED';

export interface RiskShareSettlementAdjustedPayload {
  settlementId: string;
  revisionId: string;
  revision: number;
  editionId: string;
  editionTitle: string;
  trainingBodyId: string;
  placementId: string | null;
  /** Why, in English (logs and the revision record); mails and portals word `cause` instead. */
  reason: string;
  /** What caused the adjustment (absent in events recorded before it existed). */
  cause?: RiskShareAdjustmentCause;
  /** ISO start date of the placement that caused it. */
  placementStartDate?: string | null;
  achievedRateBefore: number;
  achievedRateAfter: number;
  payableBeforeCents: number;
  payableAfterCents: number;
  withheldBeforeCents: number;
  withheldAfterCents: number;
  deltaCents: number;
  windowEnd: string;
  /** ISO date (Europe/Rome) of the adjustment: the ledger's booking day. */
  adjustedOn: string;
}

/** A participant's enrolment or outcome changed (staff enrolled, beneficiary asked, outcome recorded). */
export interface EnrolmentChangedPayload {
  enrolmentId: string;
  editionId: string;
  trainingBodyId: string;
  beneficiaryId: string;
  status: 'REQUESTED' | 'ENROLLED' | 'REJECTED' | 'WITHDRAWN';
  outcome: 'IN_PROGRESS' | 'COMPLETED' | 'DROPPED_OUT';
  qualificationObtained: boolean;
  /** The status before this change (a decided course request: REQUESTED → ENROLLED or REJECTED). */
  previousStatus?: 'REQUESTED' | 'ENROLLED' | 'REJECTED' | 'WITHDRAWN' | null;
  /** The edition's title and dates, for the person's notice. */
  editionTitle?: string;
  editionStartDate?: string;
  trainingBodyName?: string;
  /** Why a request was declined (training body or staff). */
  decisionReason?: string | null;
  /** Brought in by the history import (issue 27): counted like a live one, but nobody is told about the past. */
  imported?: boolean;
}

/** An edition's KPIs (over all participants, counted in its window) changed; rates are percentages with one decimal. */
export interface EditionKpisChangedPayload {
  editionId: string;
  trainingBodyId: string;
  population: number;
  placements: number;
  employed: number;
  permanent: number;
  placementRate: number;
  employmentRate: number;
  permanentRate: number;
  windowEnd: string;
}

/** Every event `training` publishes, by type: its payload (see `eventPublisher` in @ixl/subgraph-kit). */
export interface TrainingEvents {
  AttendanceUploaded: AttendanceUploadedPayload;
  EditionKpisChanged: EditionKpisChangedPayload;
  RiskShareSettled: RiskShareSettledPayload;
  RiskShareSettlementAdjusted: RiskShareSettlementAdjustedPayload;
  EnrolmentChanged: EnrolmentChangedPayload;
  PersonalDataRead: PersonalDataReadPayload;
}
