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
  if (!Number.isFinite(percent) || !Number.isFinite(bps) || Math.abs(percent * 100 - bps) > 1e-6) throw badInput(field, 'RATE_FORMAT');
  return bps;
}

/** Throws BAD_USER_INPUT (with the field) when the terms break a product limit. */
export function validateLoanTerms(t: LoanTerms): void {
  if (!Number.isSafeInteger(t.principalCents) || t.principalCents <= 0) throw badInput('principalCents', 'PRINCIPAL_POSITIVE');
  if (t.principalCents > LOAN_RULES.maxPrincipalCents)
    throw badInput('principalCents', 'PRINCIPAL_TOO_HIGH', {}, { maxCents: LOAN_RULES.maxPrincipalCents });
  if (!Number.isInteger(t.annualRateBps) || t.annualRateBps < 0 || t.annualRateBps > LOAN_RULES.maxAnnualRateBps)
    throw badInput('annualRatePercent', 'ANNUAL_RATE_RANGE');
  if (!Number.isInteger(t.termMonths) || t.termMonths < LOAN_RULES.minTermMonths || t.termMonths > LOAN_RULES.maxTermMonths) {
    throw badInput('termMonths', 'LOAN_TERM_RANGE');
  }
  if (!Number.isInteger(t.graceMonths) || t.graceMonths < 0 || t.graceMonths > LOAN_RULES.maxGraceMonths)
    throw badInput('graceMonths', 'GRACE_TOO_LONG');
  if (t.graceMonths >= t.termMonths) throw badInput('graceMonths', 'GRACE_LEAVES_NO_AMORTISATION');
  if (!isIsoDate(t.startDate)) throw badInput('startDate', 'START_DATE_ISO');
}
