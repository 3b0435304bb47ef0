import type { ErrorReason } from '@ixl/contracts';

/** English texts for people where the API's message (written for developers) would not do. */
export const ERROR_TEXTS_EN: Partial<Record<ErrorReason, string>> = {
  LOGIN_RATE_LIMITED: 'Too many sign-in attempts: try again in {retryAfterMinutes, plural, one {# minute} other {# minutes}}.',
  REGISTRATION_RATE_LIMITED:
    'Too many registrations from this network: try again in {retryAfterMinutes, plural, one {# minute} other {# minutes}}.',
  PASSWORD_RESET_RATE_LIMITED:
    'Too many password requests from this network: try again in {retryAfterMinutes, plural, one {# minute} other {# minutes}}.',
  APPLICATION_RATE_LIMITED:
    'Too many applications from this network: try again in {retryAfterMinutes, plural, one {# minute} other {# minutes}}.',
  CODICE_FISCALE_FORMAT: 'The tax code has 16 characters: 6 letters, 2 digits, 1 letter, 2 digits, 1 letter, 3 digits and 1 letter.',
  CODICE_FISCALE_CHECK_CHARACTER: 'The tax code is not correct: please check how you typed it.',
  CODICE_FISCALE_INVALID_DATE: 'The tax code contains an invalid date of birth.',
  CODICE_FISCALE_BIRTH_DATE_MISMATCH: 'The tax code does not match the date of birth.',
  CODICE_FISCALE_SEX_MISMATCH: 'The tax code does not match the sex given.',
  INVALID_ISO_DATE: 'Enter a valid date.',
  INVALID_ID: 'Not a valid identifier.',
  ILLEGAL_TRANSITION: 'This change of status is not allowed (from “{from}” to “{to}”).',
  WHOLE_NUMBER_RANGE: 'Must be a whole number from {min} to {max}.',
  FIELD_REQUIRED: 'This field is required.',
  FIELD_TOO_SHORT: 'Write at least {min} characters.',
  FIELD_TOO_LONG: 'At most {max} characters.',
  WHOLE_CENTS: 'Must be an amount in whole cents ≥ 0.',
  THREE_YEARLY_AMOUNTS: 'Three yearly amounts in whole cents ≥ 0.',
  PERSON_STATUS_TRANSITION: 'A person in status “{from}” cannot move to “{to}”.',
  HOURS_EXCEED_SESSION: 'Hours present exceed the session length ({sessionHours, number} h).',
  ATTENDANCE_HOURS_EXCEED_SESSION: 'Hours present ({hours, number}) exceed the session length ({sessionHours, number})',
  ATTENDANCE_UNKNOWN_PERSON: 'Person “{value}” is not enrolled in this edition',
  ATTENDANCE_UNKNOWN_SESSION: 'Session “{value}” is not part of this edition',
  ATTENDANCE_HEADER_MISSING_COLUMN:
    'The header lacks the {column, select, person {person} session {session} hours {hours present} other {{column}}} column (accepted names: {names})',
  ATTENDANCE_HOURS_FORMAT: 'Hours must be a number ≥ 0 with at most 2 decimals, got “{value}”',
  DROP_OUT_DATE_OUTSIDE_EDITION: 'The drop-out date must fall within the edition.',
  DROP_OUT_DATE_REQUIRED: 'Give the drop-out date.',
  DROP_OUT_REASON_REQUIRED: 'Give the reason for dropping out.',
  QUORUM_NOT_REACHED: 'Quorum not reached: {voting} voting, {quorum} needed (members with a conflict of interest do not count).',
};
