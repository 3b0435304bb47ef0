import { isIsoDate } from '@ixl/calendar';
import { badInput } from './errors.js';

/** Throws BAD_USER_INPUT on `field` unless `value` is a real ISO calendar date (YYYY-MM-DD); returns it. */
export function requireIsoDate(field: string, value: string): string {
  if (!isIsoDate(value)) throw badInput(field, 'INVALID_ISO_DATE', { field });
  return value;
}
