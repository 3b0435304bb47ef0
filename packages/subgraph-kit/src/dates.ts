import { isIsoDate, todayInRome } from '@ixl/calendar';
import { badInput } from './errors.js';

/** Throws BAD_USER_INPUT on `field` unless `value` is a real ISO calendar date (YYYY-MM-DD); returns it. */
export function requireIsoDate(field: string, value: string): string {
  if (!isIsoDate(value)) throw badInput(field, 'INVALID_ISO_DATE', { field });
  return value;
}

/**
 * An ISO date of something that has already happened (a meeting held, a lab, an interview): not after
 * today in Europe/Rome. BAD_USER_INPUT on `field` otherwise.
 */
export function requireHeldDate(field: string, value: string, now: Date = new Date()): string {
  requireIsoDate(field, value);
  const today = todayInRome(now);
  if (value > today) throw badInput(field, 'HELD_ON_IN_FUTURE', { value, today }, { today });
  return value;
}
