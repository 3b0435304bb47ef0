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

/** The definitions of a report, by figure. */
export const definitionsOf = (defs: { figure: string; definition: string }[]): Record<string, string> =>
  Object.fromEntries(defs.map((d) => [d.figure, d.definition]));
