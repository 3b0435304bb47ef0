// Events published by the `finance` subgraph (source 'finance').

export const FINANCE_EVENTS = {
  LoanOpened: 'LoanOpened',
  LoanInArrears: 'LoanInArrears',
  RepaymentRecorded: 'RepaymentRecorded',
  GrantOpened: 'GrantOpened',
  SettlementPaid: 'SettlementPaid',
} as const;

export interface LoanInArrearsPayload {
  loanId: string;
  projectId: string;
  daysPastDue: number;
  overdueCents: number;
}
