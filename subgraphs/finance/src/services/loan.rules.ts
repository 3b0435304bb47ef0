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

/** The limits of one version of the product (LoanProduct); LOAN_RULES is the protocol's first version. */
export interface LoanProductLimits {
  annualRateBps: number;
  maxPrincipalCents: number;
  minTermMonths: number;
  maxTermMonths: number;
  maxGraceMonths: number;
  guaranteeShareBps: number;
}

export const PROTOCOL_LOAN_PRODUCT: LoanProductLimits = {
  annualRateBps: LOAN_RULES.defaultAnnualRateBps,
  maxPrincipalCents: LOAN_RULES.maxPrincipalCents,
  minTermMonths: LOAN_RULES.minTermMonths,
  maxTermMonths: LOAN_RULES.maxTermMonths,
  maxGraceMonths: LOAN_RULES.maxGraceMonths,
  guaranteeShareBps: LOAN_RULES.defaultGuaranteeShareBps,
};

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

/** Throws BAD_USER_INPUT (with the field) when the terms break a limit of the product (default: the protocol's). */
export function validateLoanTerms(t: LoanTerms, product: LoanProductLimits = PROTOCOL_LOAN_PRODUCT): void {
  if (!Number.isSafeInteger(t.principalCents) || t.principalCents <= 0) throw badInput('principalCents', 'PRINCIPAL_POSITIVE');
  if (t.principalCents > product.maxPrincipalCents)
    throw badInput(
      'principalCents',
      'PRINCIPAL_TOO_HIGH',
      { maxCents: product.maxPrincipalCents },
      { maxCents: product.maxPrincipalCents },
    );
  if (!Number.isInteger(t.annualRateBps) || t.annualRateBps < 0 || t.annualRateBps > LOAN_RULES.maxAnnualRateBps)
    throw badInput('annualRatePercent', 'ANNUAL_RATE_RANGE');
  if (!Number.isInteger(t.termMonths) || t.termMonths < product.minTermMonths || t.termMonths > product.maxTermMonths) {
    throw badInput('termMonths', 'LOAN_TERM_RANGE', { minMonths: product.minTermMonths, maxMonths: product.maxTermMonths });
  }
  if (!Number.isInteger(t.graceMonths) || t.graceMonths < 0 || t.graceMonths > product.maxGraceMonths)
    throw badInput('graceMonths', 'GRACE_TOO_LONG', { maxMonths: product.maxGraceMonths });
  if (t.graceMonths >= t.termMonths) throw badInput('graceMonths', 'GRACE_LEAVES_NO_AMORTISATION');
  if (!isIsoDate(t.startDate)) throw badInput('startDate', 'START_DATE_ISO');
}
