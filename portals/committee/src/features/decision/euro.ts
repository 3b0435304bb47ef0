/**
 * An amount typed in euro as people write it in Italy or elsewhere ("25.000", "25000,50", "6000.5",
 * "€ 1.234,56") to integer cents; null when it is not a non-negative amount with at most 2 decimals.
 */
export function parseEuroToCents(text: string): number | null {
  let s = text.replace(/[€\s\u00a0]/g, '');
  if (!s) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the later one is the decimal separator, the other groups thousands.
    const [group, decimal] = lastComma > lastDot ? ['.', ','] : [',', '.'];
    s = s.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    s = /^\d{1,3}(,\d{3})+$/.test(s) ? s.split(',').join('') : s.replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    // "25.000" is twenty-five thousand (Italian grouping), not 25.
    s = s.split('.').join('');
  }
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  const [whole = '0', fraction = ''] = s.split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}
