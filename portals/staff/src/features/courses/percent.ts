import type { Lang } from '@ixl/ui';

/** A rate the API gives in percent (186.4) as text, one decimal, in the user's language. */
export function percent(value: number, lang: Lang): string {
  return `${new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value)}%`;
}
