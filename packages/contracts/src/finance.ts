// Events published by the `finance` subgraph (source 'finance'). Money in integer cents, dates ISO.
import type { PersonalDataReadPayload } from './read-audit.js';

export const FINANCE_EVENTS = {
  /** A social loan opened from a funding decision (guarantee reserved, schedule written). */
  LoanOpened: 'LoanOpened',
  /** A funding decision's loan was refused (product limit or guarantee fund capacity): nothing booked. */
  LoanRefused: 'LoanRefused',
  LoanInArrears: 'LoanInArrears',
  RepaymentRecorded: 'RepaymentRecorded',
  GrantOpened: 'GrantOpened',
  /** Added (issue 27): a loan or grant the history import brought in was taken back (its batch undone): readers forget it. */
  SupportWithdrawn: 'SupportWithdrawn',
  SettlementPaid: 'SettlementPaid',
  /** Added: someone other than the person read personal data (payload: PersonalDataReadPayload, read-audit.ts). */
  PersonalDataRead: 'PersonalDataRead',
} as const satisfies { [K in keyof FinanceEvents]: K };

export interface LoanOpenedPayload {
  loanId: string;
  decisionId: string | null;
  projectId: string;
  principalCents: number;
  annualRateBps: number;
  termMonths: number;
  graceMonths: number;
  guaranteedCents: number;
  installmentCents: number;
  firstDueDate: string;
  /** Added: ISO date (Europe/Rome) the loan was approved (optional for events published before it existed). */
  approvedOn?: string;
  /** Added (issue 27): brought in by the history import (counted like a live one; nobody is told about the past). */
  imported?: boolean;
}

export interface LoanRefusedPayload {
  loanId: string;
  decisionId: string | null;
  projectId: string;
  principalCents: number;
  /** The English sentence of the refusal (logs); readers show `reasonCode` with `params`. */
  reason: string;
  /** The error reason of the refusal (e.g. GUARANTEE_FUND_CAPACITY); absent in events recorded before it existed. */
  reasonCode?: string;
  params?: Record<string, string | number>;
}

export interface LoanInArrearsPayload {
  loanId: string;
  projectId: string;
  daysPastDue: number;
  overdueCents: number;
  /** Added (issue 27): brought in by the history import (counted like a live one; nobody is told about the past). */
  imported?: boolean;
}

export interface RepaymentRecordedPayload {
  repaymentId: string;
  loanId: string;
  projectId: string;
  paidOn: string;
  amountCents: number;
  principalCents: number;
  interestCents: number;
  kind: 'ON_TIME' | 'LATE' | 'PARTIAL' | 'EARLY';
  outstandingPrincipalCents: number;
  /** Added (issue 27): brought in by the history import (counted like a live one; nobody is told about the past). */
  imported?: boolean;
}

export interface GrantOpenedPayload {
  grantId: string;
  decisionId: string | null;
  projectId: string;
  totalCents: number;
  investmentCents: number;
  servicesCents: number;
  /** Added: ISO date (Europe/Rome) the grant was approved (optional for events published before it existed). */
  approvedOn?: string;
  /** Added (issue 27): brought in by the history import (counted like a live one; nobody is told about the past). */
  imported?: boolean;
}

/** A loan or grant of the history import taken back by the undo of its batch (nothing of it is left in finance). */
export interface SupportWithdrawnPayload {
  kind: 'LOAN' | 'GRANT';
  /** The loan's or grant's id (as in LoanOpened / GrantOpened). */
  id: string;
  projectId: string;
  imported: true;
}

export interface SettlementPaidPayload {
  settlementId: string;
  editionId: string;
  trainingBodyId: string;
  paidCents: number;
  paidOn: string;
}

/** Every event `finance` publishes, by type: its payload (see `eventPublisher` in @ixl/subgraph-kit). */
export interface FinanceEvents {
  LoanOpened: LoanOpenedPayload;
  LoanRefused: LoanRefusedPayload;
  LoanInArrears: LoanInArrearsPayload;
  RepaymentRecorded: RepaymentRecordedPayload;
  GrantOpened: GrantOpenedPayload;
  SupportWithdrawn: SupportWithdrawnPayload;
  SettlementPaid: SettlementPaidPayload;
  PersonalDataRead: PersonalDataReadPayload;
}
