import { divRoundHalfUp } from './money.rules.js';
import { validateLoanTerms, type LoanProductLimits, type LoanTerms } from './loan.rules.js';
import { addMonths } from '@ixl/calendar';

export interface ScheduledInstallment {
  number: number;
  dueDate: string;
  principalCents: number;
  interestCents: number;
  totalCents: number;
  /** Principal still owed after this installment. */
  balanceCents: number;
}

export interface LoanSchedule {
  installments: ScheduledInstallment[];
  totalInterestCents: number;
  /** The French annuity paid in each amortisation month (the last one may differ by the remainder). */
  installmentCents: number;
}

/** 12 months × 10 000 bps: monthly rate = bps / 120 000, kept as an exact fraction. */
const MONTHLY_DEN = 120_000n;

/**
 * The repayment plan of a social loan, in exact integer arithmetic (BigInt):
 * - months 1..grace: interest only, `P × r` rounded half-up to the cent (pre-amortisation);
 * - then French annuity over n = term − grace months, A = P·r·(1+r)ⁿ / ((1+r)ⁿ − 1) with r = bps/120 000,
 *   computed as an exact fraction and rounded half-up to the cent;
 * - each amortisation month: interest = balance × r rounded half-up, principal = A − interest;
 * - the last installment repays the whole remaining balance (it absorbs the rounding remainder),
 *   so the principal repaid equals the principal exactly.
 * Installment k falls due k months after `startDate` (day clamped to the month's end).
 */
export function buildLoanSchedule(terms: LoanTerms, product?: LoanProductLimits): LoanSchedule {
  validateLoanTerms(terms, product);
  const P = BigInt(terms.principalCents);
  const bps = BigInt(terms.annualRateBps);
  const n = terms.termMonths - terms.graceMonths;
  const interestOn = (balance: bigint) => divRoundHalfUp(balance * bps, MONTHLY_DEN);
  const annuity = annuityCents(P, bps, n);

  const installments: ScheduledInstallment[] = [];
  let balance = P;
  let totalInterest = 0n;
  for (let k = 1; k <= terms.termMonths; k++) {
    const interest = interestOn(balance);
    let principal = 0n;
    if (k > terms.graceMonths) principal = k === terms.termMonths ? balance : min(annuity - interest, balance);
    balance -= principal;
    totalInterest += interest;
    installments.push({
      number: k,
      dueDate: addMonths(terms.startDate, k),
      principalCents: Number(principal),
      interestCents: Number(interest),
      totalCents: Number(principal + interest),
      balanceCents: Number(balance),
    });
  }
  return { installments, totalInterestCents: Number(totalInterest), installmentCents: Number(annuity) };
}

/** A = P·bps·qⁿ / (120 000·(qⁿ − dⁿ)) with q = 120 000 + bps, d = 120 000; zero rate: P / n. Half-up. */
export function annuityCents(P: bigint, bps: bigint, n: number): bigint {
  if (bps === 0n) return divRoundHalfUp(P, BigInt(n));
  const q = (MONTHLY_DEN + bps) ** BigInt(n);
  const d = MONTHLY_DEN ** BigInt(n);
  return divRoundHalfUp(P * bps * q, MONTHLY_DEN * (q - d));
}

const min = (a: bigint, b: bigint) => (a < b ? a : b);
