import { findMunicipality } from '@ixl/territory';
import type { Lang } from './i18n.js';

const locale = (lang: Lang) => (lang === 'it' ? 'it-IT' : 'en-GB');

/** An ISO date (`2026-03-01`) or timestamp as a date in the user's language, in Europe/Rome. */
export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Rome' }).format(date);
}

/** A timestamp as date and time (medium date, short time) in the user's language, in Europe/Rome. */
export function formatDateTime(value: string | null | undefined, lang: Lang): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(date);
}

/** Integer euro cents as euros. */
export function formatCents(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** The name of a municipality of the Città metropolitana from its ISTAT code (the code if unknown). */
export function municipalityName(istatCode: string | null | undefined): string {
  if (!istatCode) return '—';
  return findMunicipality(istatCode)?.name ?? istatCode;
}
