import { daysBetween } from '@ixl/calendar';

export interface InstallmentPlan {
  number: number;
  dueDate: string;
  principalCents: number;
  interestCents: number;
}

export interface Paid {
  principalCents: number;
  interestCents: number;
}

export interface LoanPositionValue {
  asOf: string;
  outstandingPrincipalCents: number;
  paidPrincipalCents: number;
  paidInterestCents: number;
  /** Due before `asOf` and not paid (principal + interest). */
  overdueCents: number;
  /** Days since the oldest installment still unpaid fell due (0 when nothing is overdue). */
  daysPastDue: number;
}

/** Pure: where a loan stands on `asOf` given its plan and what was paid per installment. */
export function loanPosition(
  principalCents: number,
  plan: readonly InstallmentPlan[],
  paid: ReadonlyMap<number, Paid>,
  asOf: string,
): LoanPositionValue {
  let paidPrincipal = 0;
  let paidInterest = 0;
  let overdue = 0;
  let oldestUnpaid: string | null = null;
  for (const inst of plan) {
    const p = paid.get(inst.number) ?? { principalCents: 0, interestCents: 0 };
    paidPrincipal += p.principalCents;
    paidInterest += p.interestCents;
    const missing = inst.principalCents - p.principalCents + (inst.interestCents - p.interestCents);
    if (inst.dueDate < asOf && missing > 0) {
      overdue += missing;
      oldestUnpaid ??= inst.dueDate;
    }
  }
  return {
    asOf,
    outstandingPrincipalCents: principalCents - paidPrincipal,
    paidPrincipalCents: paidPrincipal,
    paidInterestCents: paidInterest,
    overdueCents: overdue,
    daysPastDue: oldestUnpaid ? daysBetween(oldestUnpaid, asOf) : 0,
  };
}

export interface Allocation {
  number: number;
  principalCents: number;
  interestCents: number;
  early: boolean;
}

/**
 * Pure: splits a payment received on `paidOn` — first what is due (oldest installment first, interest
 * before principal), then principal of installments not yet due (early repayment; their interest is not
 * charged in advance). Returns the allocation and what could not be placed (more than is owed).
 */
export function allocatePayment(
  plan: readonly InstallmentPlan[],
  paid: ReadonlyMap<number, Paid>,
  paidOn: string,
  amountCents: number,
): { allocations: Allocation[]; unplacedCents: number } {
  let left = amountCents;
  const allocations: Allocation[] = [];
  for (const inst of plan) {
    if (left === 0) break;
    const p = paid.get(inst.number) ?? { principalCents: 0, interestCents: 0 };
    const due = inst.dueDate <= paidOn;
    const interest = due ? Math.min(left, inst.interestCents - p.interestCents) : 0;
    left -= interest;
    const principal = Math.min(left, inst.principalCents - p.principalCents);
    left -= principal;
    if (interest > 0 || principal > 0)
      allocations.push({ number: inst.number, principalCents: principal, interestCents: interest, early: !due });
  }
  return { allocations, unplacedCents: left };
}
