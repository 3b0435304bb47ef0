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
} as const;

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
}

export interface BeneficiaryRegisteredPayload {
  beneficiaryId: string;
  municipalityCode: string;
  registeredAt: string;
  referringBody: string | null;
  outOfArea: boolean;
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
}

export interface BeneficiaryErasedPayload {
  beneficiaryId: string;
}
