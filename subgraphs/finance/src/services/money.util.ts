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

/** Adds `months` calendar months to an ISO date, clamping the day to the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (ISO dates; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value) || value.startsWith('0000')) return false; // PostgreSQL has no year 0
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** Today's date in Europe/Rome (ISO). */
export function todayInRome(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A value from an event payload as a safe integer, or `fallback` (malformed input must not crash a consumer). */
export function intOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) < 2 ** 31 ? value : fallback;
}

/** The ISO date at the start of a payload string, or '' (which then fails validation as a refusal). */
export function isoDayOf(value: unknown): string {
  return typeof value === 'string' && isIsoDate(value.slice(0, 10)) ? value.slice(0, 10) : '';
}
