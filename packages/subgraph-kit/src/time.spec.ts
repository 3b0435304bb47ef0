import { describe, expect, it } from 'vitest';
import { isoDateInRome } from './time.js';

describe('isoDateInRome', () => {
  it('counts days in Bologna, across midnight and daylight saving', () => {
    expect(isoDateInRome(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22'); // CET, UTC+1
    expect(isoDateInRome(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01'); // CEST, UTC+2
    expect(isoDateInRome(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
