// Events published by the `companies` subgraph (source 'companies').
import type { PersonalDataReadPayload } from './read-audit.js';

export const COMPANIES_EVENTS = {
  VacancyPosted: 'VacancyPosted',
  VacancyChanged: 'VacancyChanged',
  CandidateProposed: 'CandidateProposed',
  CandidateStatusChanged: 'CandidateStatusChanged',
  PlacementRecorded: 'PlacementRecorded',
  /** Added: a company invited a candidate to a job interview (date, time, place or link). */
  InterviewInvited: 'InterviewInvited',
  /** Added: a company was registered (staff). */
  CompanyRegistered: 'CompanyRegistered',
  /** Added: company fields, board membership, sites or contacts changed. */
  CompanyChanged: 'CompanyChanged',
  /** Added: someone other than the person read personal data (payload: PersonalDataReadPayload, read-audit.ts). */
  PersonalDataRead: 'PersonalDataRead',
} as const satisfies { [K in keyof CompaniesEvents]: K };

export type PlacementTypeName = 'ASSUNZIONE' | 'STAGE' | 'TIROCINIO' | 'MINI_JOB' | 'LAVORO_AUTONOMO';
export type ContractTypeName = 'TEMPO_DETERMINATO' | 'TEMPO_INDETERMINATO' | 'IN_PROPRIO' | 'A_CHIAMATA';
export type VacancyStatusName = 'DRAFT' | 'OPEN' | 'FILLED' | 'CLOSED';
/** How a placement follows the previous one of the same person (each is a new placement). */
export type PlacementFollowUpName = 'RENEWAL' | 'EXTENSION' | 'CONVERSION';
export type CandidateStatusName =
  'SHORTLISTED' | 'PROPOSED' | 'CV_SENT' | 'INTERVIEW' | 'HIRED' | 'REJECTED_BY_COMPANY' | 'DECLINED_BY_CANDIDATE';

/**
 * A placement was recorded. `people` moves the person to PLACED; `training` credits
 * `sourceEditionId` in its course KPIs; `finance` pays the stage indemnity when `type` is STAGE.
 */
export interface PlacementRecordedPayload {
  placementId: string;
  beneficiaryId: string;
  companyId: string | null;
  vacancyId: string | null;
  /** Course edition the placement is credited to (training KPIs), if any. */
  sourceEditionId: string | null;
  /** Renewal, extension or stage → contract conversion: the placement it follows. */
  previousPlacementId: string | null;
  /** Added later: how it follows `previousPlacementId` (null for a first placement; absent in old events). */
  followUp?: PlacementFollowUpName | null;
  type: PlacementTypeName;
  contract: ContractTypeName | null;
  startDate: string;
  endDate: string | null;
  hoursPerWeek: number | null;
  /** Added later (issue 27): brought in by the history import (consumers count it as any other; nobody is mailed about it). */
  imported?: boolean;
}

export interface VacancyPostedPayload {
  vacancyId: string;
  companyId: string;
  title: string;
  municipalityCode: string;
  openings: number;
  /** Added later (absent in old events). */
  status?: VacancyStatusName;
  occupationCode?: string | null;
  requiredSkills?: string[];
  startDate?: string | null;
  /** A vacancy of the history brought in by the history import (issue 27): no offer alerts, not news. */
  imported?: boolean;
}

/** Any change of a vacancy (fields or status): the full current snapshot plus the changed field names. */
export interface VacancyChangedPayload {
  vacancyId: string;
  companyId: string;
  title: string;
  municipalityCode: string;
  openings: number;
  status: VacancyStatusName;
  previousStatus: VacancyStatusName;
  changedFields: string[];
}

export interface CandidateProposedPayload {
  candidateId: string;
  vacancyId: string;
  companyId: string;
  beneficiaryId: string;
  /** Matching score 0–100 at the time of the proposal (null when proposed without a score). */
  score: number | null;
}

/** A job interview a company set for a candidate: `people` mails it to the person. */
export interface InterviewInvitedPayload {
  candidateId: string;
  vacancyId: string;
  vacancyTitle: string;
  companyId: string;
  companyName: string;
  beneficiaryId: string;
  /** The instant of the interview (ISO, UTC); shown in Europe/Rome. */
  at: string;
  place: string | null;
  link: string | null;
  note: string | null;
}

export interface CandidateStatusChangedPayload {
  candidateId: string;
  vacancyId: string;
  companyId: string;
  beneficiaryId: string;
  from: string | null;
  to: string;
  reason: string | null;
  /** Added later: the reason code (e.g. FEAR_OF_INFECTION) when rejected/declined. */
  reasonCode?: string | null;
}

/** Payload of CompanyRegistered (changedFields empty) and CompanyChanged. */
export interface CompanyChangedPayload {
  companyId: string;
  name: string;
  association: string | null;
  atecoCode: string | null;
  municipalityCode: string;
  boardJoinedOn: string | null;
  boardLeftOn: string | null;
  /** Added: registered as a Third Sector body (ETS); absent in old events (read as false). */
  thirdSector?: boolean;
  /** Names of the changed fields, or 'sites' / 'contacts' when one was added. */
  changedFields: string[];
}

/** Every event `companies` publishes, by type: its payload (see `eventPublisher` in @ixl/subgraph-kit). */
export interface CompaniesEvents {
  VacancyPosted: VacancyPostedPayload;
  VacancyChanged: VacancyChangedPayload;
  CandidateProposed: CandidateProposedPayload;
  CandidateStatusChanged: CandidateStatusChangedPayload;
  PlacementRecorded: PlacementRecordedPayload;
  InterviewInvited: InterviewInvitedPayload;
  CompanyRegistered: CompanyChangedPayload;
  CompanyChanged: CompanyChangedPayload;
  PersonalDataRead: PersonalDataReadPayload;
}
