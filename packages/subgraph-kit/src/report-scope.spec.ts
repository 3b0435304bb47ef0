import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { reportScope, share } from './report-scope.js';

const fieldOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? `${e.code}:${e.field}` : String(e);
  }
  return 'no error';
};

describe('reportScope', () => {
  it('keeps a valid period and resolves a district to its municipalities', () => {
    expect(reportScope({ from: '2025-01-01', to: '2025-12-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      municipalityCodes: null,
    });
    expect(reportScope({ from: '2025-01-01', to: '2025-01-01', municipalityCode: '37006' }).municipalityCodes).toEqual(['037006']);
    const imola = reportScope({ from: '2025-01-01', to: '2025-12-31', district: 'Imola' }).municipalityCodes;
    expect(imola).toContain('037032');
    expect(imola).toHaveLength(10);
  });

  it('refuses bad dates, reversed or too long periods and unknown territories on the field at fault', () => {
    expect(fieldOf(() => reportScope({ from: '2025-02-30', to: '2025-12-31' }))).toBe('BAD_USER_INPUT:from');
    expect(fieldOf(() => reportScope({ from: '2025-01-01', to: '31/12/2025' }))).toBe('BAD_USER_INPUT:to');
    expect(fieldOf(() => reportScope({ from: '2025-12-31', to: '2025-01-01' }))).toBe('BAD_USER_INPUT:to');
    expect(fieldOf(() => reportScope({ from: '2000-01-01', to: '2025-01-01' }))).toBe('BAD_USER_INPUT:to');
    expect(fieldOf(() => reportScope({ from: '2025-01-01', to: '2025-12-31', municipalityCode: '058091' }))).toBe(
      'BAD_USER_INPUT:municipalityCode',
    );
    expect(fieldOf(() => reportScope({ from: '2025-01-01', to: '2025-12-31', district: 'Romagna' }))).toBe('BAD_USER_INPUT:district');
    expect(fieldOf(() => reportScope({ from: '2025-01-01', to: '2025-12-31', district: 'Imola', municipalityCode: '037032' }))).toBe(
      'BAD_USER_INPUT:district',
    );
  });

  it('rounds shares to four decimals and gives null for an empty denominator', () => {
    expect(share(5, 7)).toBe(0.7143);
    expect(share(0, 0)).toBeNull();
  });
});
