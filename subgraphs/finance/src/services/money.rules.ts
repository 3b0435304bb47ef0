import { isIsoDate } from '@ixl/calendar';

/**
 * Exact money arithmetic on integer cents. Rounding rule used everywhere in finance:
 * half-up to the cent (x.5 cents → x+1), applied once per computed amount.
 */

/** round(num / den) half-up, for non-negative num and positive den (BigInt, exact). */
export function divRoundHalfUp(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new Error('divRoundHalfUp: denominator must be positive');
  if (num < 0n) throw new Error('divRoundHalfUp: numerator must be non-negative');
  return (2n * num + den) / (2n * den);
}

/** `cents` × `bps` / 10 000, half-up (e.g. a 70% guaranteed share: bps = 7000). */
export function shareOf(cents: number, bps: number): number {
  return Number(divRoundHalfUp(BigInt(cents) * BigInt(bps), 10_000n));
}

/** A value from an event payload as a safe integer, or `fallback` (malformed input must not crash a consumer). */
export function intOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) < 2 ** 31 ? value : fallback;
}

/** The ISO date at the start of a payload string, or '' (which then fails validation as a refusal). */
export function isoDayOf(value: unknown): string {
  return typeof value === 'string' && isIsoDate(value.slice(0, 10)) ? value.slice(0, 10) : '';
}
