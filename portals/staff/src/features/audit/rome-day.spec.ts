import { describe, expect, it } from 'vitest';
import { formatDateTimeRome } from './rome-day.js';

describe('instants in Rome time', () => {
  it('formats an instant in Rome time', () => {
    expect(formatDateTimeRome('2026-07-14T22:30:05.000Z', 'it')).toBe('15/07/2026, 00:30:05');
    expect(formatDateTimeRome('2026-01-14T22:30:05.000Z', 'en')).toBe('14/01/2026, 23:30:05');
  });
});
