import { registerEnumType } from 'type-graphql';

/** Accounts of the finance journal (each row: one signed movement on one account). */
export enum LedgerAccount {
  LOAN_DISBURSED = 'LOAN_DISBURSED',
  LOAN_PRINCIPAL_REPAID = 'LOAN_PRINCIPAL_REPAID',
  LOAN_INTEREST_PAID = 'LOAN_INTEREST_PAID',
  GUARANTEE_CALLED = 'GUARANTEE_CALLED',
  GRANT_COMMITTED = 'GRANT_COMMITTED',
  GRANT_DISBURSED = 'GRANT_DISBURSED',
  SETTLEMENT_PAYABLE = 'SETTLEMENT_PAYABLE',
  SETTLEMENT_PAID = 'SETTLEMENT_PAID',
  STAGE_INDEMNITY_PAID = 'STAGE_INDEMNITY_PAID',
  SUPPORT_PAYMENT_COMMITTED = 'SUPPORT_PAYMENT_COMMITTED',
  BUDGET_COMMITTED = 'BUDGET_COMMITTED',
  BUDGET_DISBURSED = 'BUDGET_DISBURSED',
}
registerEnumType(LedgerAccount, { name: 'FinanceLedgerAccount' });

export enum RepaymentKind {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  PARTIAL = 'PARTIAL',
  EARLY = 'EARLY',
}
registerEnumType(RepaymentKind, {
  name: 'LoanRepaymentKind',
  description: 'ON_TIME / LATE: covers what was due; PARTIAL: some due amount is still unpaid; EARLY: repays principal before it is due',
});

export enum GrantStatus {
  OPEN = 'OPEN',
  REFUSED = 'REFUSED',
}
registerEnumType(GrantStatus, { name: 'GrantStatus' });

export enum GrantCategory {
  INVESTMENT = 'INVESTMENT',
  SERVICES = 'SERVICES',
}
registerEnumType(GrantCategory, {
  name: 'GrantCategory',
  description: 'INVESTMENT (≤ €6,000: equipment, training…) or SERVICES (≤ €2,000: consulting, implementation, communication)',
});

export enum Funder {
  COMUNE = 'COMUNE',
  ARCIDIOCESI_FONDAZIONE = 'ARCIDIOCESI_FONDAZIONE',
  REGIONE = 'REGIONE',
  EXTRAORDINARY_FUND = 'EXTRAORDINARY_FUND',
}
registerEnumType(Funder, { name: 'BudgetFunder' });

export enum SupportPaymentKind {
  OVER55_HIRING = 'OVER55_HIRING',
  INTERMEDIARY_PROJECT = 'INTERMEDIARY_PROJECT',
}
registerEnumType(SupportPaymentKind, {
  name: 'SupportPaymentKind',
  description: 'Over-55 hiring incentive (≤ €10,000 per placement per year) or intermediary project grant (≤ €40,000 per year)',
});

/**
 * Support that is not money to the project: paying a course, funding stages, services in kind
 * (seeds/000_ff0b96446bfee347.txt:445 "finanziamento del percorso di Alta Formazione", :469 "inserimento di 3 persone in stage").
 */
export enum NonCashSupportKind {
  COURSE_FEES = 'COURSE_FEES',
  STAGE_FUNDING = 'STAGE_FUNDING',
  SERVICES_IN_KIND = 'SERVICES_IN_KIND',
}
registerEnumType(NonCashSupportKind, {
  name: 'NonCashSupportKind',
  description: 'COURSE_FEES: a course paid for the project; STAGE_FUNDING: stages funded; SERVICES_IN_KIND: services given in kind',
});
