/** Euros typed by a person ("1.234,56", "1234.5", "25000") as integer cents; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  const s = text.trim().replace(/\s|€/g, '');
  if (!s) return null;
  // Italian style: dots for thousands, comma for decimals; otherwise a plain decimal point.
  const normal = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : /^\d{1,3}(\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : s;
  if (!/^\d+(\.\d{1,2})?$/.test(normal)) return null;
  return Math.round(Number(normal) * 100);
}
