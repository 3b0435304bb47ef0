// Events published by the `companies` subgraph (source 'companies').

export const COMPANIES_EVENTS = {
  VacancyPosted: 'VacancyPosted',
  VacancyChanged: 'VacancyChanged',
  CandidateProposed: 'CandidateProposed',
  CandidateStatusChanged: 'CandidateStatusChanged',
  PlacementRecorded: 'PlacementRecorded',
} as const;

export type PlacementTypeName = 'ASSUNZIONE' | 'STAGE' | 'TIROCINIO' | 'MINI_JOB' | 'LAVORO_AUTONOMO';
export type ContractTypeName = 'TEMPO_DETERMINATO' | 'TEMPO_INDETERMINATO' | 'IN_PROPRIO' | 'A_CHIAMATA';

export interface PlacementRecordedPayload {
  placementId: string;
  beneficiaryId: string;
  companyId: string | null;
  vacancyId: string | null;
  /** Course edition the placement is credited to (training KPIs), if any. */
  sourceEditionId: string | null;
  /** Renewal, extension or stage → contract conversion: the placement it follows. */
  previousPlacementId: string | null;
  type: PlacementTypeName;
  contract: ContractTypeName | null;
  startDate: string;
  endDate: string | null;
  hoursPerWeek: number | null;
}

export interface VacancyPostedPayload {
  vacancyId: string;
  companyId: string;
  title: string;
  municipalityCode: string;
  openings: number;
}

export interface CandidateStatusChangedPayload {
  candidateId: string;
  vacancyId: string;
  companyId: string;
  beneficiaryId: string;
  from: string | null;
  to: string;
  reason: string | null;
}
