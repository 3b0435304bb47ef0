import type { Lang } from '@ixl/ui';

/** A 0–1 share as a percentage with one decimal ("—" when undefined). */
export function percent(share: number | null | undefined, lang: Lang): string {
  if (share == null) return '—';
  return new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
}

/** A number in the user's language (decimals kept up to 1). */
export function num(value: number | null | undefined, lang: Lang): string {
  if (value == null) return '—';
  return new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}

/** Every month (`YYYY-MM`) from `from` to `to` (ISO dates), so charts keep the months without data. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  while ((y < ty || (y === ty && m <= tm)) && out.length < 1200) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** Rows by month with a row of zeros for each month of the period that has none. */
export function withEmptyMonths<T extends { key: string }>(rows: T[], from: string, to: string, empty: (key: string) => T): T[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const months = monthsBetween(from, to);
  const extra = rows.filter((r) => !months.includes(r.key));
  return [...months.map((k) => byKey.get(k) ?? empty(k)), ...extra];
}
