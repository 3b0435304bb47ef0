/**
 * `numerator ÷ denominator` as a percentage with one decimal, rounded half up, computed on integers
 * (41/22 → 186.4, 20/22 → 90.9, 5/6 → 83.3). Zero when the denominator is zero.
 */
export function ratePercent(numerator: number, denominator: number): number {
  if (denominator <= 0) return 0;
  const tenths = Math.floor((2000 * numerator + denominator) / (2 * denominator));
  return tenths / 10;
}
