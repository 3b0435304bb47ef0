import type { Lang } from './i18n.js';

const locale = (lang: Lang) => (lang === 'it' ? 'it-IT' : 'en-GB');

/** Intl formatters are slow to create and safe to reuse: one per language and options. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale(lang), options)));
  return format;
}

/** An ISO date (`2026-03-01`) or timestamp as a date in the user's language, in Europe/Rome. */
export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Rome' }).format(date);
}

/** A timestamp as date and time (medium date, short time) in the user's language, in Europe/Rome. */
export function formatDateTime(value: string | null | undefined, lang: Lang): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(date);
}

/** Integer euro cents as euros. */
export function formatCents(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR', useGrouping: 'always' }).format(cents / 100);
}

// municipalityName: municipality.ts (the list of municipalities is loaded only with the pages that name one).
export { municipalityName } from './municipality.js';

/** The catalogue key of a course subject code's label (`CV_DINAMICO` → `code.CourseSubject.CV_DINAMICO`). */
export function subjectKey(code: string): string {
  return `code.CourseSubject.${code}`;
}

/** The name of a language from its ISO 639 code (`ar` → "arabo"), in the user's language. */
export function languageName(code: string | null | undefined, lang: Lang): string {
  if (!code) return '—';
  try {
    const name = new Intl.DisplayNames([lang === 'it' ? 'it-IT' : 'en-GB'], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** The name of a country from its ISO 3166 code (`IT` → "Italia", `MA` → "Marocco"), in the user's language. */
export function countryName(code: string | null | undefined, lang: Lang): string {
  if (!code) return '—';
  try {
    const name = new Intl.DisplayNames([lang === 'it' ? 'it-IT' : 'en-GB'], { type: 'region' }).of(code.trim().toUpperCase());
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** A number in the user's language ("2,5", "3.000"), with at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits, useGrouping: 'always' }).format(value);
}

/** A share (0.885 or 88.5 with `percent: false`) as a percentage in the user's language ("88,5%"). */
export function formatPercent(value: number, lang: Lang, { fraction = true }: { fraction?: boolean } = {}): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(fraction ? value : value / 100);
}

/** A month (`2025-01`) as its name and year ("gennaio 2025"). */
export function formatMonth(value: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m) return value;
  return new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15)),
  );
}

/** Hours as a number in the user's language ("2,5 ore" / "2.5 hours"). */
export function formatHours(hours: number, lang: Lang): string {
  const n = formatNumber(hours, lang);
  if (lang === 'it') return `${n} ${hours === 1 ? 'ora' : 'ore'}`;
  return `${n} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** A timestamp's day and time in Europe/Rome, numeric ("10/12/2026", "10:30"), for sentences. */
export function romeDateAndTime(value: string, lang: Lang): { date: string; time: string } {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return { date: value, time: '' };
  const date = new Intl.DateTimeFormat(locale(lang), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Rome' }).format(
    d,
  );
  const time = new Intl.DateTimeFormat(locale(lang), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Rome',
  }).format(d);
  return { date, time };
}

/**
 * The words of a status change: the system's reason (`reasonCode` + params, e.g. an interview's mode and time in
 * Europe/Rome) in the user's language, else what staff typed.
 */
export function statusReasonText(
  t: (key: string, vars?: Record<string, string | number | null | undefined>) => string,
  lang: Lang,
  change: { reason?: string | null; reasonCode?: string | null; reasonParams?: unknown },
): string | null {
  if (!change.reasonCode) return change.reason ?? null;
  const params = (change.reasonParams ?? {}) as Record<string, string>;
  const when = params.scheduledAt ? romeDateAndTime(params.scheduledAt, lang) : { date: '', time: '' };
  return t(`history.reason.${change.reasonCode}`, { ...params, ...when });
}

/**
 * Why a risk-share agreement changed or a settlement was revised: the system's reason (`reasonCode`, with the
 * placement's start day) in the user's language, else what a person typed.
 */
export function riskShareReasonText(
  t: (key: string, vars?: Record<string, string | number | null | undefined>) => string,
  lang: Lang,
  change: { reason: string; reasonCode?: string | null; placementStartDate?: string | null },
): string {
  if (!change.reasonCode) return change.reason;
  const reason = t(`enum.RiskShareReasonCode.${change.reasonCode}`);
  return change.placementStartDate ? t('riskShare.reasonWithStart', { reason, date: formatDate(change.placementStartDate, lang) }) : reason;
}

/** A course subject's name (`CV_DINAMICO` → "Scrivere un curriculum efficace"); an unknown code in words ("NUOVO CORSO"). */
export function subjectLabel(t: (key: string) => string, code: string | null | undefined): string {
  if (!code) return '—';
  const key = subjectKey(code);
  const label = t(key);
  return label === key ? code.replace(/_/g, ' ') : label;
}
