/**
 * Italian codice fiscale of natural persons (DM 23/12/1976): validation and, for tests and demo
 * data, generation.
 *
 * Layout (0-based positions): 0-2 surname, 3-5 name, 6-7 year, 8 month letter, 9-10 day
 * (+40 for women), 11-14 birth place (cadastral/Belfiore code, or Z+3 digits abroad), 15 check
 * character. Omocodia: the Agenzia delle Entrate disambiguates colliding codes by replacing
 * digits at positions 6, 7, 9, 10, 12, 13, 14 (right to left) with the letters LMNPQRSTUV
 * (0..9); the check character is then computed on the substituted code.
 */

export type Sex = 'F' | 'M';

export type CodiceFiscaleFailureReason = 'FORMAT' | 'CHECK_CHARACTER' | 'BIRTH_DATE_MISMATCH' | 'SEX_MISMATCH' | 'INVALID_DATE';

export interface CodiceFiscaleValid {
  ok: true;
  /** Trimmed, uppercased code, as written (omocodia letters kept). */
  normalized: string;
  /** ISO yyyy-mm-dd. */
  birthDate: string;
  sex: Sex;
  /** Birth place cadastral code with omocodia letters turned back into digits, e.g. 'A944'. */
  birthPlaceCode: string;
}

export interface CodiceFiscaleInvalid {
  ok: false;
  reason: CodiceFiscaleFailureReason;
  message: string;
}

export type CodiceFiscaleResult = CodiceFiscaleValid | CodiceFiscaleInvalid;

export interface CodiceFiscaleExpectation {
  /** ISO yyyy-mm-dd. When it matches the code's day, month and two-digit year it also fixes the century. */
  birthDate?: string;
  sex?: Sex;
}

export interface ValidateCodiceFiscaleOptions {
  /** Reference date for the century of the birth year (default: now). A Date, or ISO yyyy-mm-dd. */
  today?: Date | string;
}

/** The official pattern, omocodia letters allowed at every numeric position. */
export const CODICE_FISCALE_PATTERN = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** Month letters, January to December. */
export const MONTH_LETTERS = 'ABCDEHLMPRST';

/** Omocodia letters standing for the digits 0..9. */
export const OMOCODIA_LETTERS = 'LMNPQRSTUV';

/** Positions that hold digits (or their omocodia letters), left to right; substitutions go right to left. */
export const NUMERIC_POSITIONS: readonly number[] = Object.freeze([6, 7, 9, 10, 12, 13, 14]);

/** Check-character values of the characters in odd positions (1st, 3rd, ...), for A..Z; digits 0..9 count as A..J. */
const ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23] as const;

const CODE_A = 'A'.charCodeAt(0);
const CODE_0 = '0'.charCodeAt(0);

/** 0..25 for A..Z, 0..9 for digits (the shared index of both check-character tables). */
function tableIndex(ch: string): number {
  const code = ch.charCodeAt(0);
  return ch >= '0' && ch <= '9' ? code - CODE_0 : code - CODE_A;
}

/** The check character (16th) for the first 15 characters of a codice fiscale (case-insensitive). */
export function computeCheckCharacter(first15: string): string {
  const s = first15.toUpperCase();
  if (!/^[A-Z0-9]{15}$/.test(s)) throw new RangeError(`expected 15 letters or digits, got ${JSON.stringify(first15)}`);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const idx = tableIndex(s.charAt(i));
    // i is 0-based: even i is an odd (1st, 3rd, ...) position.
    sum += i % 2 === 0 ? (ODD_VALUES[idx] ?? 0) : idx;
  }
  return String.fromCharCode(CODE_A + (sum % 26));
}

/**
 * Replaces omocodia letters at the numeric positions with their digits and, for a 16-character
 * code, recomputes the check character: the base code of the same person.
 */
export function removeOmocodia(code: string): string {
  const chars = code.toUpperCase().split('');
  for (const pos of NUMERIC_POSITIONS) {
    const ch = chars[pos];
    if (ch === undefined) continue;
    const digit = OMOCODIA_LETTERS.indexOf(ch);
    if (digit >= 0) chars[pos] = String(digit);
  }
  const first15 = chars.slice(0, 15).join('');
  if (chars.length === 16 && /^[A-Z0-9]{15}$/.test(first15)) chars[15] = computeCheckCharacter(first15);
  return chars.join('');
}

function fail(reason: CodiceFiscaleFailureReason, message: string): CodiceFiscaleInvalid {
  return { ok: false, reason, message };
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseIsoDate(iso: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function formatIsoDate({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function resolveToday(today: Date | string | undefined): Ymd {
  if (typeof today === 'string') {
    const parsed = parseIsoDate(today);
    if (!parsed) throw new RangeError(`today must be an ISO yyyy-mm-dd date, got ${JSON.stringify(today)}`);
    return parsed;
  }
  const d = today ?? new Date();
  if (Number.isNaN(d.getTime())) throw new RangeError('today is an invalid Date');
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/**
 * Validates the codice fiscale of a natural person.
 *
 * Checks, in order: format (16 characters, official pattern, omocodia allowed), check character,
 * birth date (day 1-31 or 41-71, existing calendar day), then the optional expected birth date and
 * sex. The century of the two-digit year is the one that makes the person at most 100 years old
 * on `options.today`, unless `expected.birthDate` matches day, month and two-digit year, in which
 * case its year is used (a person over 100 is then still recognised).
 */
export function validateCodiceFiscale(
  cf: string,
  expected?: CodiceFiscaleExpectation,
  options?: ValidateCodiceFiscaleOptions,
): CodiceFiscaleResult {
  if (typeof cf !== 'string') return fail('FORMAT', 'The codice fiscale must be a string.');
  const normalized = cf.trim().toUpperCase();
  if (normalized.length !== 16) {
    return fail('FORMAT', `The codice fiscale must be 16 characters long (got ${normalized.length}).`);
  }
  if (!CODICE_FISCALE_PATTERN.test(normalized)) {
    return fail(
      'FORMAT',
      'The codice fiscale does not match the official pattern (6 letters, 2 digits, month letter, 2 digits, letter, 3 digits, letter).',
    );
  }
  const check = computeCheckCharacter(normalized.slice(0, 15));
  if (normalized.charAt(15) !== check) {
    return fail('CHECK_CHARACTER', `The check character is wrong (expected ${check}, got ${normalized.charAt(15)}).`);
  }

  const decoded = removeOmocodia(normalized);
  const yy = Number(decoded.slice(6, 8));
  const month = MONTH_LETTERS.indexOf(decoded.charAt(8)) + 1;
  const rawDay = Number(decoded.slice(9, 11));
  const sex: Sex = rawDay > 40 ? 'F' : 'M';
  const day = sex === 'F' ? rawDay - 40 : rawDay;
  if (day < 1 || day > 31) {
    return fail('INVALID_DATE', `The day of birth ${String(rawDay).padStart(2, '0')} is not valid (1-31 for men, 41-71 for women).`);
  }

  let expectedDate: Ymd | undefined;
  if (expected?.birthDate !== undefined) {
    expectedDate = parseIsoDate(expected.birthDate);
    if (!expectedDate) {
      return fail(
        'BIRTH_DATE_MISMATCH',
        `The expected birth date ${JSON.stringify(expected.birthDate)} is not a valid ISO yyyy-mm-dd date.`,
      );
    }
  }

  let year: number;
  if (expectedDate && expectedDate.year % 100 === yy && expectedDate.month === month && expectedDate.day === day) {
    year = expectedDate.year;
  } else {
    const today = resolveToday(options?.today);
    year = Math.floor(today.year / 100) * 100 + yy;
    if (compareYmd({ year, month, day }, today) > 0) year -= 100;
  }
  if (day > daysInMonth(year, month)) {
    return fail('INVALID_DATE', `The birth date ${formatIsoDate({ year, month, day })} does not exist.`);
  }
  const birthDate = formatIsoDate({ year, month, day });

  if (expectedDate && compareYmd(expectedDate, { year, month, day }) !== 0) {
    return fail('BIRTH_DATE_MISMATCH', `The codice fiscale encodes the birth date ${birthDate}, not ${formatIsoDate(expectedDate)}.`);
  }
  if (expected?.sex !== undefined && expected.sex !== sex) {
    return fail('SEX_MISMATCH', `The codice fiscale encodes sex ${sex}, not ${expected.sex}.`);
  }

  return { ok: true, normalized, birthDate, sex, birthPlaceCode: decoded.slice(11, 15) };
}

/** True when the code is a valid codice fiscale (shorthand for `validateCodiceFiscale(cf).ok`). */
export function isValidCodiceFiscale(cf: string, options?: ValidateCodiceFiscaleOptions): boolean {
  return validateCodiceFiscale(cf, undefined, options).ok;
}

// ---------------------------------------------------------------------------------------------
// Generation (tests, demo data)
// ---------------------------------------------------------------------------------------------

const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);

/** Uppercase A-Z letters only: accents stripped, spaces, apostrophes and other signs dropped. */
function lettersOf(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .split('');
}

function splitLetters(s: string): { consonants: string[]; vowels: string[] } {
  const letters = lettersOf(s);
  return { consonants: letters.filter((c) => !VOWELS.has(c)), vowels: letters.filter((c) => VOWELS.has(c)) };
}

/** The three surname characters: consonants, then vowels, then X padding. */
export function surnameCode(surname: string): string {
  const { consonants, vowels } = splitLetters(surname);
  return [...consonants, ...vowels, 'X', 'X', 'X'].slice(0, 3).join('');
}

/** The three name characters: 1st, 3rd and 4th consonant if there are at least four, else as for surnames. */
export function nameCode(name: string): string {
  const { consonants, vowels } = splitLetters(name);
  if (consonants.length >= 4) return [consonants[0], consonants[2], consonants[3]].join('');
  return [...consonants, ...vowels, 'X', 'X', 'X'].slice(0, 3).join('');
}

export interface CodiceFiscalePerson {
  surname: string;
  name: string;
  /** ISO yyyy-mm-dd. */
  birthDate: string;
  sex: Sex;
  /** Cadastral (Belfiore) code of the birth municipality, or Z+3 digits for a foreign country. */
  birthPlaceCode: string;
  /** Number of omocodia substitutions (0-7, applied right to left as the Agenzia does). Default 0. */
  omocodia?: number;
}

/** Builds the valid codice fiscale of a person (throws RangeError on invalid input). */
export function buildCodiceFiscale(person: CodiceFiscalePerson): string {
  const date = parseIsoDate(person.birthDate);
  if (!date) throw new RangeError(`birthDate must be an ISO yyyy-mm-dd date, got ${JSON.stringify(person.birthDate)}`);
  if (person.sex !== 'F' && person.sex !== 'M') throw new RangeError(`sex must be 'F' or 'M', got ${JSON.stringify(person.sex)}`);
  const place = person.birthPlaceCode.trim().toUpperCase();
  if (!/^[A-Z]\d{3}$/.test(place))
    throw new RangeError(`birthPlaceCode must be a letter and 3 digits, got ${JSON.stringify(person.birthPlaceCode)}`);
  const omocodia = person.omocodia ?? 0;
  if (!Number.isInteger(omocodia) || omocodia < 0 || omocodia > NUMERIC_POSITIONS.length) {
    throw new RangeError(`omocodia must be an integer from 0 to ${NUMERIC_POSITIONS.length}, got ${omocodia}`);
  }

  const yy = String(date.year % 100).padStart(2, '0');
  const monthLetter = MONTH_LETTERS.charAt(date.month - 1);
  const dd = String(person.sex === 'F' ? date.day + 40 : date.day).padStart(2, '0');
  const chars = `${surnameCode(person.surname)}${nameCode(person.name)}${yy}${monthLetter}${dd}${place}`.split('');
  for (const pos of NUMERIC_POSITIONS.slice(NUMERIC_POSITIONS.length - omocodia)) {
    chars[pos] = OMOCODIA_LETTERS.charAt(Number(chars[pos]));
  }
  const first15 = chars.join('');
  return first15 + computeCheckCharacter(first15);
}
