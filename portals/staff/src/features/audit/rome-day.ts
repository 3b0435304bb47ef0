/** Europe/Rome calendar days (`2026-03-29`) as the instants the API filters on. */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const romeParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Minutes Rome is ahead of UTC at instant `ms` (60 in winter, 120 in summer). */
function romeOffsetMinutes(ms: number): number {
  const p = Object.fromEntries(romeParts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The instant (ISO, UTC) a Rome day starts; `days` later when given (1 = the start of the next day). */
export function romeDayStart(day: string, days = 0): string {
  const m = DAY.exec(day);
  if (!m || !isDay(day)) throw new Error(`not a day: ${day}`);
  const midnightUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days);
  let at = midnightUtc - romeOffsetMinutes(midnightUtc) * 60_000;
  // Near a clock change the offset at the guess may differ from the one at the result: settle it.
  const settled = midnightUtc - romeOffsetMinutes(at) * 60_000;
  if (settled !== at) at = settled;
  return new Date(at).toISOString();
}

/** An instant as date and time in Europe/Rome, in the user's language. */
export function formatDateTimeRome(iso: string, lang: 'it' | 'en'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Europe/Rome' }).format(d);
}
