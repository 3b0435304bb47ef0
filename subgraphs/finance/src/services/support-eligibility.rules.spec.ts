import { describe, expect, it } from 'vitest';
import { ageOn } from './support-eligibility.rules.js';

describe('age at the hire date', () => {
  it('counts full years, turning a year older on the birthday itself', () => {
    expect(ageOn('1971-03-15', '2026-03-14')).toBe(54);
    expect(ageOn('1971-03-15', '2026-03-15')).toBe(55);
    expect(ageOn('1971-03-15', '2026-12-31')).toBe(55);
    expect(ageOn('1970-12-31', '2026-01-01')).toBe(55);
  });

  it('counts a 29 February birthday from 1 March in common years', () => {
    expect(ageOn('1972-02-29', '2027-02-28')).toBe(54);
    expect(ageOn('1972-02-29', '2027-03-01')).toBe(55);
    expect(ageOn('1972-02-29', '2028-02-29')).toBe(56);
  });
});
