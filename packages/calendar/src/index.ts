/**
 * The programme's calendar: days, due dates and reports are counted in Bologna (Europe/Rome), and
 * the API speaks ISO dates (`yyyy-mm-dd`). Calendar arithmetic works on the civil date alone, so it
 * is the same in every time zone and across daylight-saving changes.
 */

/** The programme's time zone. */
export const TIME_ZONE = 'Europe/Rome';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The calendar day (ISO) of an instant in Europe/Rome. */
export function isoDateInRome(instant: Date): string {
  return dayFormat.format(instant);
}

/** Today's calendar day (ISO) in Europe/Rome. */
export function todayInRome(now: Date = new Date()): string {
  return isoDateInRome(now);
}

/** The wall-clock hour (0–23) of an instant in Europe/Rome. */
export function hourInRome(instant: Date): number {
  return Number(partsFormat.formatToParts(instant).find((p) => p.type === 'hour')?.value);
}

/** True for a real calendar day written `YYYY-MM-DD` (never year 0000, which PostgreSQL does not have). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value) || value.startsWith('0000')) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

const utcMidnight = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `days` calendar days after (before, when negative) an ISO date. */
export function addDays(isoDate: string, days: number): string {
  return new Date(utcMidnight(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * `months` calendar months after (before, when negative) an ISO date, clamped to the last day of the
 * month reached, as PostgreSQL's `date + interval 'n months'` (2026-01-31 + 1 month = 2026-02-28).
 */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Whole calendar days from `from` to `to` (ISO dates; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** Monday of the week (ISO weeks) that holds an ISO date. */
export function weekStart(isoDate: string): string {
  const dow = (new Date(utcMidnight(isoDate)).getUTCDay() + 6) % 7;
  return addDays(isoDate, -dow);
}

/** Age in whole years on `on` (ISO dates). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Minutes Europe/Rome is ahead of UTC at the instant `ms` (60 in winter, 120 in summer). */
function romeOffsetMinutes(ms: number): number {
  const p = Object.fromEntries(partsFormat.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The instant (ISO, UTC) at which a Europe/Rome day starts; `days` later when given (1 = the start of the next day). */
export function romeDayStart(isoDate: string, days = 0): string {
  if (!isIsoDate(isoDate)) throw new Error(`not a day: ${isoDate}`);
  const midnightUtc = utcMidnight(isoDate) + days * DAY_MS;
  let at = midnightUtc - romeOffsetMinutes(midnightUtc) * 60_000;
  // Near a clock change the offset at the guess may differ from the one at the result: settle it.
  const settled = midnightUtc - romeOffsetMinutes(at) * 60_000;
  if (settled !== at) at = settled;
  return new Date(at).toISOString();
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Whether a value is a time of day as `HH:MM` (24 hours). */
export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

/**
 * The instant (ISO, UTC) of a wall-clock time on a Europe/Rome day, e.g. `romeInstant('2027-01-15', '10:30')` →
 * `2027-01-15T09:30:00.000Z`. A time skipped by the spring clock change is read as the hour after.
 */
export function romeInstant(isoDate: string, time: string): string {
  if (!isIsoDate(isoDate)) throw new Error(`not a day: ${isoDate}`);
  if (!isTimeOfDay(time)) throw new Error(`not a time of day: ${time}`);
  const [h, m] = time.split(':').map(Number) as [number, number];
  const wallUtc = utcMidnight(isoDate) + (h * 60 + m) * 60_000;
  let at = wallUtc - romeOffsetMinutes(wallUtc) * 60_000;
  const settled = wallUtc - romeOffsetMinutes(at) * 60_000;
  if (settled !== at) at = settled;
  return new Date(at).toISOString();
}
