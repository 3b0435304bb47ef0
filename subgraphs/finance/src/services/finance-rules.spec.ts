import { describe, expect, it } from 'vitest';
import { grantCapViolation } from './grant.service.js';
import { stageMonths } from './stage-indemnity.service.js';
import { divRoundHalfUp, shareOf } from './money.rules.js';
import { percentToBps } from './loan.rules.js';
import { addMonths, daysBetween, isIsoDate } from '@ixl/calendar';

describe('grant caps', () => {
  it.each([
    [600_000, 200_000, null, null, null],
    [600_001, 0, 'investmentCents', 'GRANT_INVESTMENTS_CAP', {}],
    [0, 200_001, 'servicesCents', 'GRANT_SERVICES_CAP', {}],
    [0, 0, 'amountCents', 'GRANT_NEEDS_AMOUNTS', {}],
    [-1, 10, 'investmentCents', 'GRANT_AMOUNTS_NEGATIVE', {}],
    [10, -1, 'servicesCents', 'GRANT_AMOUNTS_NEGATIVE', {}],
  ])('investments %i + services %i → %s (%s, a reason code with params, not an English sentence)', (inv, serv, field, reason, params) => {
    const violation = grantCapViolation(inv, serv);
    expect(violation?.field ?? null).toBe(field);
    expect(violation?.reason ?? null).toBe(reason);
    expect(violation ? { ...violation.params } : null).toEqual(params);
  });
});

describe('money utilities', () => {
  it('rounds half-up exactly', () => {
    expect(divRoundHalfUp(5n, 10n)).toBe(1n);
    expect(divRoundHalfUp(4n, 10n)).toBe(0n);
    expect(divRoundHalfUp(15n, 10n)).toBe(2n);
    expect(shareOf(1_000_001, 7_000)).toBe(700_001);
    expect(shareOf(5, 7_000)).toBe(4);
  });

  it('handles calendar dates', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
    expect(daysBetween('2026-03-20', '2026-04-04')).toBe(15);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(percentToBps(3.25)).toBe(325);
    expect(() => percentToBps(3.255)).toThrow(/two decimals/);
  });

  it('lists the months of a stage (six when open-ended)', () => {
    expect(stageMonths('2026-02-10', '2026-04-30')).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
    expect(stageMonths('2026-11-03', null)).toEqual(['2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01', '2027-03-01', '2027-04-01']);
  });
});
