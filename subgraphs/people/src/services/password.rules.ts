import { badInput } from '@ixl/subgraph-kit';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/** Passwords people pick first (lower case, compared after removing spaces): refused whatever their length. */
const COMMON = new Set([
  '1234567890',
  '12345678910',
  '0123456789',
  'qwertyuiop',
  'password123',
  'password1234',
  'passwordpassword',
  'iloveyou123',
  'abcdefghij',
  'abcd123456',
  'qwerty123456',
  'ciaociao123',
  'passwordpassword1',
  'insiemeperillavoro',
  'insiemeperillavoro1',
  'bologna1234',
  'bologna2026',
]);

/**
 * The password rules of every account (registration, reset, first password of an invitation): 10 to 128
 * characters (length is what makes a password strong; no composition rules, NIST SP 800-63B), not one
 * character repeated or a well-known one, and not containing the account's email address or its name part.
 * Each refusal is BAD_USER_INPUT on `field` with its own reason.
 */
export function checkPassword(field: string, password: string, email?: string | null): void {
  if (password.length < PASSWORD_MIN) throw badInput(field, 'PASSWORD_TOO_SHORT');
  if (password.length > PASSWORD_MAX) throw badInput(field, 'PASSWORD_TOO_LONG', { max: PASSWORD_MAX });
  const folded = password.toLowerCase().replace(/\s+/g, '');
  if (new Set(folded).size <= 2 || COMMON.has(folded)) throw badInput(field, 'PASSWORD_TOO_COMMON');
  if (email) {
    const address = email.trim().toLowerCase();
    const local = address.split('@')[0] ?? '';
    if (folded.includes(address) || (local.length >= 4 && folded.includes(local))) throw badInput(field, 'PASSWORD_CONTAINS_EMAIL');
  }
}
