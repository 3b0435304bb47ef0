import { describe, expect, it } from 'vitest';
import { formatDateTimeRome, isDay, romeDayStart } from './rome-day.js';

describe('Europe/Rome days as instants', () => {
  it('starts a winter day at 23:00 UTC and a summer day at 22:00 UTC the day before', () => {
    expect(romeDayStart('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(romeDayStart('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
  });

  it('handles the clock changes and month/year ends (the day after)', () => {
    expect(romeDayStart('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(romeDayStart('2026-03-29', 1)).toBe('2026-03-29T22:00:00.000Z');
    expect(romeDayStart('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(romeDayStart('2026-10-25', 1)).toBe('2026-10-25T23:00:00.000Z');
    expect(romeDayStart('2026-12-31', 1)).toBe('2026-12-31T23:00:00.000Z');
  });

  it('accepts only real days', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('28/02/2026')).toBe(false);
    expect(() => romeDayStart('2026-13-01')).toThrow();
  });

  it('formats an instant in Rome time', () => {
    expect(formatDateTimeRome('2026-07-14T22:30:05.000Z', 'it')).toBe('15/07/2026, 00:30:05');
    expect(formatDateTimeRome('2026-01-14T22:30:05.000Z', 'en')).toBe('14/01/2026, 23:30:05');
  });
});
