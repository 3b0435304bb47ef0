// Pure rules of the finance kinds of the history import (issue 27): a PRESTITI, CONTRIBUTI or PAGAMENTI row into
// its values, or every problem of the row. The rules that need the database (the project, the product version of the
// approval day, the guarantee fund, what a loan owes) are checked when the rows are resolved.

import { importDate, importEuroCents, ImportRowProblems, type ImportRowProblem } from '@ixl/subgraph-kit';
import { DomainError } from '@ixl/subgraph-kit';
import { GrantCategory } from '../entities/enums.js';
import { grantCapViolation } from './grant.service.js';

/** PRESTITI: a credito sociale loan of a funded project, with its terms (the product's where the file has none). */
export interface LoanRow {
  externalId: string;
  project: string;
  principalCents: number;
  /** Null: the rate of the product version valid on the approval day. */
  annualRateBps: number | null;
  /** Null: the product's longest term. */
  termMonths: number | null;
  graceMonths: number;
  bank: string | null;
  approvedOn: string;
  contractDate: string | null;
}

/** CONTRIBUTI: a fondo perduto grant of a funded project, split into investments and services. */
export interface GrantRow {
  externalId: string;
  project: string;
  investmentCents: number;
  servicesCents: number;
  approvedOn: string;
}

export type PaymentKind = 'DISBURSEMENT' | 'REPAYMENT';

/** PAGAMENTI: the disbursement of a loan or a grant, or a repayment of a loan. */
export interface PaymentRow {
  externalId: string;
  kind: PaymentKind;
  loan: string | null;
  grant: string | null;
  paidOn: string;
  amountCents: number;
  category: GrantCategory | null;
  receipt: string | null;
}

/** The column of a live rule's field (the reasons of loan terms and grant splits are the live ones). */
export const LOAN_FIELD_COLUMN: Record<string, string> = {
  principalCents: 'importo',
  annualRatePercent: 'tasso',
  termMonths: 'durata_mesi',
  graceMonths: 'preammortamento_mesi',
  startDate: 'data_approvazione',
};
const GRANT_FIELD_COLUMN: Record<string, string> = {
  investmentCents: 'importo_investimenti',
  servicesCents: 'importo_servizi',
  amountCents: 'importo_investimenti',
};

/** A live rule's refusal as a problem of the row, at the column of its field. */
export function problemOf(e: DomainError, columns: Record<string, string>, fallback: string): ImportRowProblem {
  return {
    column: (e.field && columns[e.field]) ?? fallback,
    reasonCode: e.reason,
    params: { ...e.params } as Record<string, string | number>,
  };
}

function rowReader(get: (column: string) => string) {
  const problems: ImportRowProblem[] = [];
  const problem = (column: string | null, reasonCode: string, params: Record<string, string | number> = {}) =>
    problems.push({ column, reasonCode, params });
  const required = (column: string): string => {
    const v = get(column);
    if (v === '') problem(column, 'IMPORT_REQUIRED', { column });
    return v;
  };
  const key = (column: string): string => {
    const v = required(column);
    if (v.length > 100) problem(column, 'IMPORT_KEY_LENGTH', { max: 100 });
    return v;
  };
  const date = (column: string, isRequired: boolean): string | null => {
    const v = isRequired ? required(column) : get(column);
    if (v === '') return null;
    const d = importDate(v);
    if (!d) problem(column, 'IMPORT_DATE_FORMAT', { value: v });
    return d;
  };
  /** Euro with at most 2 decimals → cents; empty → `empty` (null: required). */
  const money = (column: string, empty: number | null): number | null => {
    const v = empty === null ? required(column) : get(column);
    if (v === '') return empty;
    const cents = importEuroCents(v);
    if (cents === null) problem(column, 'IMPORT_MONEY_FORMAT', { value: v });
    return cents;
  };
  const whole = (column: string): number | null => {
    const v = get(column);
    if (v === '') return null;
    if (!/^\d{1,4}$/.test(v)) {
      problem(column, 'IMPORT_NUMBER_FORMAT', { value: v });
      return null;
    }
    return Number(v);
  };
  const done = () => {
    if (problems.length) throw new ImportRowProblems(problems);
  };
  return { problem, required, key, date, money, whole, done };
}

/** A percentage with at most 2 decimals (3,25 or 3.25) → basis points; null when it is not one. */
export function importRateBps(text: string): number | null {
  const m = /^(\d{1,2})(?:[.,](\d{1,2}))?\s*%?$/.exec(text.trim());
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
}

/** Reads a PRESTITI row: every problem at once, else the loan (its product limits are checked against the database). */
export function parseLoanRow(get: (column: string) => string): LoanRow {
  const r = rowReader(get);
  const externalId = r.key('id_esterno');
  const project = r.required('progetto');
  const principalCents = r.money('importo', null);
  if (principalCents !== null && principalCents <= 0) r.problem('importo', 'PRINCIPAL_POSITIVE');
  const rateText = get('tasso');
  const annualRateBps = rateText === '' ? null : importRateBps(rateText);
  if (rateText !== '' && annualRateBps === null) r.problem('tasso', 'IMPORT_RATE_FORMAT', { value: rateText });
  const termMonths = r.whole('durata_mesi');
  const graceMonths = r.whole('preammortamento_mesi') ?? 0;
  const bank = get('banca').replace(/\s+/g, ' ') || null;
  if (bank && bank.length > 200) r.problem('banca', 'FIELD_TOO_LONG', { field: 'banca', max: 200 });
  const approvedOn = r.date('data_approvazione', true);
  const contractDate = r.date('data_contratto', false);
  if (approvedOn && contractDate && contractDate < approvedOn)
    r.problem('data_contratto', 'IMPORT_FINANCE_DATE_ORDER', { column: 'data_contratto', previous: 'data_approvazione' });
  r.done();
  return {
    externalId,
    project,
    principalCents: principalCents!,
    annualRateBps,
    termMonths,
    graceMonths,
    bank,
    approvedOn: approvedOn!,
    contractDate,
  };
}

/** Reads a CONTRIBUTI row: every problem at once (the live caps: €6,000 investments, €2,000 services, €8,000 in all). */
export function parseGrantRow(get: (column: string) => string): GrantRow {
  const r = rowReader(get);
  const externalId = r.key('id_esterno');
  const project = r.required('progetto');
  const investmentCents = r.money('importo_investimenti', 0);
  const servicesCents = r.money('importo_servizi', 0);
  const approvedOn = r.date('data_approvazione', true);
  if (investmentCents !== null && servicesCents !== null) {
    const violation = grantCapViolation(investmentCents, servicesCents);
    if (violation) r.problem(...spread(problemOf(violation, GRANT_FIELD_COLUMN, 'importo_investimenti')));
  }
  r.done();
  return { externalId, project, investmentCents: investmentCents!, servicesCents: servicesCents!, approvedOn: approvedOn! };
}

const spread = (p: ImportRowProblem): [string | null, string, Record<string, string | number>] => [p.column, p.reasonCode, p.params];

const PAYMENT_KINDS: Record<string, PaymentKind> = { erogazione: 'DISBURSEMENT', rimborso: 'REPAYMENT', rata: 'REPAYMENT' };
const CATEGORIES: Record<string, GrantCategory> = {
  investimenti: GrantCategory.INVESTMENT,
  investimento: GrantCategory.INVESTMENT,
  servizi: GrantCategory.SERVICES,
  servizio: GrantCategory.SERVICES,
};

/** Reads a PAGAMENTI row: every problem at once (what the loan or grant allows is checked against the database). */
export function parsePaymentRow(get: (column: string) => string): PaymentRow {
  const r = rowReader(get);
  const externalId = r.key('id_esterno');
  const kindText = r.required('tipo').toLowerCase();
  const kind = PAYMENT_KINDS[kindText] ?? null;
  if (kindText && !kind) r.problem('tipo', 'IMPORT_CODE_UNKNOWN', { value: get('tipo'), allowed: 'erogazione, rimborso' });
  const loan = get('prestito') || null;
  const grant = get('contributo') || null;
  if (!loan === !grant) r.problem(loan ? 'contributo' : 'prestito', 'IMPORT_PAYMENT_TARGET');
  else if (grant && kind === 'REPAYMENT') r.problem('tipo', 'IMPORT_PAYMENT_TARGET');
  const paidOn = r.date('data', true);
  const amountCents = r.money('importo', null);
  if (amountCents !== null && amountCents <= 0) r.problem('importo', 'AMOUNT_POSITIVE_CENTS');
  const categoryText = get('categoria').toLowerCase();
  const category = categoryText ? (CATEGORIES[categoryText] ?? null) : null;
  if (categoryText && !category)
    r.problem('categoria', 'IMPORT_CODE_UNKNOWN', { value: get('categoria'), allowed: 'investimenti, servizi' });
  const receipt = get('ricevuta').replace(/\s+/g, ' ') || null;
  if (receipt && receipt.length > 100) r.problem('ricevuta', 'FIELD_TOO_LONG', { field: 'ricevuta', max: 100 });
  if (grant && !categoryText) r.problem('categoria', 'IMPORT_REQUIRED', { column: 'categoria' });
  if (!grant && categoryText) r.problem('categoria', 'IMPORT_ONLY_WITH', { column: 'contributo' });
  if (!grant && receipt) r.problem('ricevuta', 'IMPORT_ONLY_WITH', { column: 'contributo' });
  r.done();
  return { externalId, kind: kind!, loan, grant, paidOn: paidOn!, amountCents: amountCents!, category, receipt };
}
