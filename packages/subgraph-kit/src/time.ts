/** The programme's time zone: days, due dates and reports are counted in Bologna. */
export const TIME_ZONE = 'Europe/Rome';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (ISO yyyy-mm-dd) of an instant in Europe/Rome. */
export function isoDateInRome(instant: Date): string {
  return dayFormat.format(instant);
}
