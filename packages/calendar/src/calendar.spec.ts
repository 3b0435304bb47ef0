import { describe, expect, it } from 'vitest';
import {
  addDays,
  isTimeOfDay,
  romeInstant,
  addMonths,
  ageOn,
  daysBetween,
  hourInRome,
  isIsoDate,
  isoDateInRome,
  romeDayStart,
  todayInRome,
  weekStart,
} from './index.js';

describe('Europe/Rome days of instants', () => {
  it('counts days in Bologna, across midnight and daylight saving', () => {
    expect(isoDateInRome(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22'); // CET, UTC+1
    expect(isoDateInRome(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01'); // CEST, UTC+2
    expect(isoDateInRome(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
    expect(todayInRome(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInRome(new Date('2026-01-31T22:59:00Z'))).toBe('2026-01-31');
  });

  it('reads the wall-clock hour in Rome', () => {
    expect(hourInRome(new Date('2026-01-15T11:30:00Z'))).toBe(12);
    expect(hourInRome(new Date('2026-07-15T11:30:00Z'))).toBe(13);
    expect(hourInRome(new Date('2026-07-15T22:10:00Z'))).toBe(0);
  });

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
    expect(() => romeDayStart('2026-13-01')).toThrow();
  });
});

describe('ISO calendar dates', () => {
  it('accepts only real days written YYYY-MM-DD, never year 0000', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('28/02/2026')).toBe(false);
    expect(isIsoDate('2026-02-28T00:00:00Z')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('adds calendar months, clamping to the end of shorter months, in both directions', () => {
    expect(addMonths('2026-03-02', 2)).toBe('2026-05-02');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2026-05-31', 9)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2026-01-15', 0)).toBe('2026-01-15');
    expect(addMonths('2020-10-30', 12)).toBe('2021-10-30');
    expect(addMonths('2019-05-31', 9)).toBe('2020-02-29');
  });

  it('adds days and counts the days between two dates', () => {
    expect(addDays('2026-12-20', 15)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29'); // the night the clocks change is still one day
    expect(daysBetween('2026-02-20', '2026-03-07')).toBe(15);
    expect(daysBetween('2026-03-07', '2026-02-20')).toBe(-15);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('finds the Monday of the week and ages in whole years', () => {
    expect(weekStart('2026-06-07')).toBe('2026-06-01'); // Sunday
    expect(weekStart('2026-06-01')).toBe('2026-06-01');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    expect(ageOn('1991-11-23', '2026-11-22')).toBe(34);
    expect(ageOn('1991-11-22', '2026-11-22')).toBe(35);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
  });
});

describe('romeInstant', () => {
  it('reads a wall-clock time in Bologna, in winter and in summer', () => {
    expect(romeInstant('2027-01-15', '10:30')).toBe('2027-01-15T09:30:00.000Z');
    expect(romeInstant('2027-07-15', '10:30')).toBe('2027-07-15T08:30:00.000Z');
    expect(romeInstant('2027-03-28', '12:00')).toBe('2027-03-28T10:00:00.000Z'); // the day summer time starts
    expect(romeInstant('2027-10-31', '12:00')).toBe('2027-10-31T11:00:00.000Z'); // the day it ends
    expect(romeInstant('2027-01-01', '00:00')).toBe('2026-12-31T23:00:00.000Z');
  });
  it('refuses what is not a day or a time', () => {
    expect(isTimeOfDay('24:00')).toBe(false);
    expect(isTimeOfDay('9:30')).toBe(false);
    expect(isTimeOfDay('09:30')).toBe(true);
    expect(() => romeInstant('2027-02-30', '10:00')).toThrow();
    expect(() => romeInstant('2027-02-01', '10:61')).toThrow();
  });
});
