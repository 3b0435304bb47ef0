/**
 * `numerator ÷ denominator` as a percentage with one decimal, rounded half up, computed on integers
 * (41/22 → 186.4, 20/22 → 90.9, 5/6 → 83.3). Zero when the denominator is zero.
 */
export function ratePercent(numerator: number, denominator: number): number {
  if (denominator <= 0) return 0;
  const tenths = Math.floor((2000 * numerator + denominator) / (2 * denominator));
  return tenths / 10;
}

/** Adds `months` calendar months to an ISO date (clamped to the month's last day, like PostgreSQL). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}
