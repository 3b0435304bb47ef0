import { describe, expect, it } from 'vitest';
import { DomainError } from '@ixl/subgraph-kit';
import { buildLoanSchedule } from './loan-schedule.js';

/**
 * Independent reference: plain floating point and the textbook formulas, written separately from the
 * BigInt implementation. `rounded` applies the documented rule (half-up to the cent per installment,
 * the last one absorbing the remainder); without it, the exact unrounded plan.
 */
function floatReference(P: number, ratePercent: number, term: number, grace: number, rounded: boolean) {
  const r = ratePercent / 100 / 12;
  const n = term - grace;
  const round = (x: number) => (rounded ? Math.floor(x + 0.5) : x);
  const annuity = round(r === 0 ? P / n : (P * r) / (1 - Math.pow(1 + r, -n)));
  const rows: { principal: number; interest: number; balance: number }[] = [];
  let balance = P;
  for (let k = 1; k <= term; k++) {
    const interest = round(balance * r);
    const principal = k <= grace ? 0 : k === term ? balance : annuity - interest;
    balance -= principal;
    rows.push({ principal, interest, balance });
  }
  return { annuity, rows };
}

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? `${e.code}:${e.field}` : 'other';
  }
  return 'none';
};

describe('buildLoanSchedule', () => {
  const terms = { principalCents: 2_500_000, annualRateBps: 325, termMonths: 60, graceMonths: 6, startDate: '2020-09-15' };
  const s = buildLoanSchedule(terms);
  const ref = floatReference(25_000_00, 3.25, 60, 6, true);
  const exact = floatReference(25_000_00, 3.25, 60, 6, false);

  it('€25,000 at 3.25% over 60 months with 6 grace months matches a floating-point reference within a cent per row', () => {
    expect(s.installments).toHaveLength(60);
    expect(ref.rows).toHaveLength(60);
    expect(Math.abs(s.installmentCents - exact.annuity)).toBeLessThanOrEqual(0.5);
    s.installments.forEach((row, i) => {
      const f = ref.rows[i]!;
      expect(Math.abs(row.interestCents - f.interest), `interest of #${row.number}`).toBeLessThanOrEqual(1);
      expect(Math.abs(row.principalCents - f.principal), `principal of #${row.number}`).toBeLessThanOrEqual(1);
      expect(Math.abs(row.balanceCents - f.balance), `balance of #${row.number}`).toBeLessThanOrEqual(1);
    });
  });

  it('stays within a few cents of the unrounded plan (rounding drift is bounded)', () => {
    const exactInterest = exact.rows.reduce((a, r) => a + r.interest, 0);
    expect(Math.abs(s.totalInterestCents - exactInterest)).toBeLessThanOrEqual(60);
    s.installments.forEach((row, i) => expect(Math.abs(row.balanceCents - exact.rows[i]!.balance)).toBeLessThanOrEqual(60 * 0.5));
  });

  it('has interest-only grace months, then a constant annuity, and known figures', () => {
    // Reference values computed separately with Python's decimal module (ROUND_HALF_UP).
    expect(s.installmentCents).toBe(49_827);
    expect(s.totalInterestCents).toBe(231_270);
    for (const row of s.installments.slice(0, 6))
      expect(row).toMatchObject({ principalCents: 0, interestCents: 6_771, totalCents: 6_771, balanceCents: 2_500_000 });
    for (const row of s.installments.slice(6, 59)) expect(row.totalCents).toBe(49_827);
    expect(s.installments[6]).toMatchObject({ number: 7, principalCents: 43_056, interestCents: 6_771, balanceCents: 2_456_944 });
    expect(s.installments[59]).toMatchObject({
      number: 60,
      principalCents: 49_678,
      interestCents: 135,
      totalCents: 49_813,
      balanceCents: 0,
    });
  });

  it('repays exactly the principal, and every row adds up', () => {
    expect(s.installments.reduce((a, r) => a + r.principalCents, 0)).toBe(2_500_000);
    expect(s.installments.reduce((a, r) => a + r.interestCents, 0)).toBe(s.totalInterestCents);
    let balance = 2_500_000;
    for (const row of s.installments) {
      expect(row.totalCents).toBe(row.principalCents + row.interestCents);
      balance -= row.principalCents;
      expect(row.balanceCents).toBe(balance);
      expect(Number.isInteger(row.interestCents) && Number.isInteger(row.principalCents)).toBe(true);
    }
  });

  it('dates installments monthly from the start date, clamping to the month end', () => {
    expect(s.installments[0]?.dueDate).toBe('2020-10-15');
    expect(s.installments[59]?.dueDate).toBe('2025-09-15');
    const jan31 = buildLoanSchedule({ ...terms, startDate: '2021-01-31', termMonths: 6, graceMonths: 0 });
    expect(jan31.installments.map((r) => r.dueDate).slice(0, 2)).toEqual(['2021-02-28', '2021-03-31']);
  });

  it.each([
    [1_234_567, 275, 37, 3],
    [100, 325, 6, 0],
    [2_500_000, 0, 24, 6],
    [999_999, 1999, 60, 1],
  ])('sums exactly for %i cents at %i bps, %i months, %i grace', (principalCents, annualRateBps, termMonths, graceMonths) => {
    const x = buildLoanSchedule({ principalCents, annualRateBps, termMonths, graceMonths, startDate: '2024-03-01' });
    expect(x.installments).toHaveLength(termMonths);
    expect(x.installments.reduce((a, r) => a + r.principalCents, 0)).toBe(principalCents);
    expect(x.installments.at(-1)?.balanceCents).toBe(0);
    const f = floatReference(principalCents, annualRateBps / 100, termMonths, graceMonths, true);
    x.installments.forEach((row, i) => expect(Math.abs(row.balanceCents - f.rows[i]!.balance)).toBeLessThanOrEqual(1));
  });

  it('enforces the product limits with the field at fault', () => {
    expect(code(() => buildLoanSchedule({ ...terms, principalCents: 2_500_001 }))).toBe('BAD_USER_INPUT:principalCents');
    expect(code(() => buildLoanSchedule({ ...terms, principalCents: 0 }))).toBe('BAD_USER_INPUT:principalCents');
    expect(code(() => buildLoanSchedule({ ...terms, termMonths: 61 }))).toBe('BAD_USER_INPUT:termMonths');
    expect(code(() => buildLoanSchedule({ ...terms, termMonths: 5, graceMonths: 0 }))).toBe('BAD_USER_INPUT:termMonths');
    expect(code(() => buildLoanSchedule({ ...terms, graceMonths: 7 }))).toBe('BAD_USER_INPUT:graceMonths');
    expect(code(() => buildLoanSchedule({ ...terms, termMonths: 6, graceMonths: 6 }))).toBe('BAD_USER_INPUT:graceMonths');
    expect(code(() => buildLoanSchedule({ ...terms, startDate: '2021-02-30' }))).toBe('BAD_USER_INPUT:startDate');
    expect(code(() => buildLoanSchedule({ ...terms, principalCents: 2_500_000, termMonths: 60, graceMonths: 6 }))).toBe('none');
  });
});
