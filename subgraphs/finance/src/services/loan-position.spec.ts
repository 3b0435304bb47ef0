import { describe, expect, it } from 'vitest';
import { allocatePayment, loanPosition, type InstallmentPlan, type Paid } from './loan-position.js';

const plan: InstallmentPlan[] = [
  { number: 1, dueDate: '2026-02-15', principalCents: 0, interestCents: 100 },
  { number: 2, dueDate: '2026-03-15', principalCents: 1_000, interestCents: 100 },
  { number: 3, dueDate: '2026-04-15', principalCents: 1_000, interestCents: 50 },
];
const none = new Map<number, Paid>();

describe('allocatePayment', () => {
  it('pays what is due oldest first, interest before principal', () => {
    expect(allocatePayment(plan, none, '2026-03-20', 150)).toEqual({
      allocations: [
        { number: 1, interestCents: 100, principalCents: 0, early: false },
        { number: 2, interestCents: 50, principalCents: 0, early: false },
      ],
      unplacedCents: 0,
    });
  });

  it('puts the rest on principal not yet due, without charging its interest', () => {
    const r = allocatePayment(plan, none, '2026-02-15', 1_600);
    expect(r.allocations).toEqual([
      { number: 1, interestCents: 100, principalCents: 0, early: false },
      { number: 2, interestCents: 0, principalCents: 1_000, early: true },
      { number: 3, interestCents: 0, principalCents: 500, early: true },
    ]);
    expect(r.unplacedCents).toBe(0);
  });

  it('reports what exceeds the debt', () => {
    expect(allocatePayment(plan, none, '2026-02-01', 2_500).unplacedCents).toBe(500);
  });
});

describe('loanPosition', () => {
  it('counts overdue amounts and days past due from the oldest unpaid installment', () => {
    const paid = new Map<number, Paid>([
      [1, { principalCents: 0, interestCents: 100 }],
      [2, { principalCents: 400, interestCents: 100 }],
    ]);
    expect(loanPosition(2_000, plan, paid, '2026-04-20')).toEqual({
      asOf: '2026-04-20',
      outstandingPrincipalCents: 1_600,
      paidPrincipalCents: 400,
      paidInterestCents: 200,
      overdueCents: 600 + 1_050,
      daysPastDue: 36,
    });
    expect(loanPosition(2_000, plan, paid, '2026-03-15').daysPastDue).toBe(0);
  });
});
