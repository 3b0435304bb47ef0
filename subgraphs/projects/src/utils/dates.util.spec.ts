import { describe, expect, it } from 'vitest';
import { addMonths, isIsoDate, todayInRome, weekStart } from './dates.util.js';

describe('dates', () => {
  it('adds calendar months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-03-02', 2)).toBe('2026-05-02');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });

  it('validates real ISO dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('28/02/2026')).toBe(false);
  });

  it('finds the Monday of the week and the Rome calendar date', () => {
    expect(weekStart('2026-06-07')).toBe('2026-06-01'); // Sunday
    expect(weekStart('2026-06-01')).toBe('2026-06-01');
    expect(todayInRome(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // CEST: already July in Rome
    expect(todayInRome(new Date('2026-01-31T22:59:00Z'))).toBe('2026-01-31'); // CET
  });
});
