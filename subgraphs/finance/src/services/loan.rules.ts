import { badInput } from '@ixl/subgraph-kit';
import { isIsoDate } from '@ixl/calendar';

/** Product rules of the credito sociale (docs/domain.md §5). */
export const LOAN_RULES = {
  maxPrincipalCents: 2_500_000,
  defaultAnnualRateBps: 325,
  minTermMonths: 6,
  maxTermMonths: 60,
  maxGraceMonths: 6,
  /** Guaranteed by the fund (Fondazione San Petronio): 70%. */
  defaultGuaranteeShareBps: 7_000,
  /** Sanity bound on the rate (20%). */
  maxAnnualRateBps: 2_000,
} as const;

export interface LoanTerms {
  principalCents: number;
  annualRateBps: number;
  termMonths: number;
  graceMonths: number;
  startDate: string;
}

/** Converts a percentage with at most two decimals (3.25) to basis points (325), exactly. */
export function percentToBps(percent: number, field = 'annualRatePercent'): number {
  const bps = Math.round(percent * 100);
  if (!Number.isFinite(percent) || !Number.isFinite(bps) || Math.abs(percent * 100 - bps) > 1e-6)
    throw badInput(field, 'The rate must be a percentage with at most two decimals');
  return bps;
}

/** Throws BAD_USER_INPUT (with the field) when the terms break a product limit. */
export function validateLoanTerms(t: LoanTerms): void {
  if (!Number.isSafeInteger(t.principalCents) || t.principalCents <= 0)
    throw badInput('principalCents', 'The principal must be a positive amount in cents');
  if (t.principalCents > LOAN_RULES.maxPrincipalCents)
    throw badInput('principalCents', 'The principal cannot exceed €25,000', { maxCents: LOAN_RULES.maxPrincipalCents });
  if (!Number.isInteger(t.annualRateBps) || t.annualRateBps < 0 || t.annualRateBps > LOAN_RULES.maxAnnualRateBps)
    throw badInput('annualRatePercent', 'The annual rate must be between 0% and 20%');
  if (!Number.isInteger(t.termMonths) || t.termMonths < LOAN_RULES.minTermMonths || t.termMonths > LOAN_RULES.maxTermMonths) {
    throw badInput('termMonths', 'The term must be between 6 and 60 months, grace months included');
  }
  if (!Number.isInteger(t.graceMonths) || t.graceMonths < 0 || t.graceMonths > LOAN_RULES.maxGraceMonths)
    throw badInput('graceMonths', 'The grace (pre-amortisation) period is at most 6 months');
  if (t.graceMonths >= t.termMonths) throw badInput('graceMonths', 'The grace period must leave at least one amortisation month');
  if (!isIsoDate(t.startDate)) throw badInput('startDate', 'The start date must be an ISO date (YYYY-MM-DD)');
}
