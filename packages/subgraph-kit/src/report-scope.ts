import { DISTRICTS, MUNICIPALITIES, findMunicipality } from '@ixl/territory';
import { badInput } from './errors.js';
import { isIsoDate } from '@ixl/calendar';

/** A report's period (ISO dates, both included, Europe/Rome days) and territory (municipality or district). */
export interface ReportScope {
  from: string;
  to: string;
  /** ISTAT codes of the territory, or null for the whole area (no territory filter). */
  municipalityCodes: string[] | null;
}

/** Validates the period (at most 10 years) and resolves the territory to ISTAT codes; BAD_USER_INPUT on the wrong field. */
export function reportScope(input: { from: string; to: string; municipalityCode?: string | null; district?: string | null }): ReportScope {
  if (!isIsoDate(input.from)) throw badInput('from', 'REPORT_FROM_INVALID');
  if (!isIsoDate(input.to)) throw badInput('to', 'REPORT_TO_INVALID');
  if (input.to < input.from) throw badInput('to', 'REPORT_PERIOD_REVERSED');
  if (Date.parse(input.to) - Date.parse(input.from) > 3660 * 86_400_000) throw badInput('to', 'REPORT_PERIOD_TOO_LONG');
  if (input.municipalityCode && input.district) throw badInput('district', 'REPORT_TERRITORY_BOTH');
  if (input.municipalityCode) {
    const m = findMunicipality(input.municipalityCode);
    if (!m) throw badInput('municipalityCode', 'REPORT_UNKNOWN_MUNICIPALITY');
    return { from: input.from, to: input.to, municipalityCodes: [m.istatCode] };
  }
  if (input.district) {
    if (!(DISTRICTS as readonly string[]).includes(input.district))
      throw badInput('district', 'REPORT_UNKNOWN_DISTRICT', { districts: DISTRICTS.join(', ') });
    return {
      from: input.from,
      to: input.to,
      municipalityCodes: MUNICIPALITIES.filter((m) => m.district === input.district).map((m) => m.istatCode),
    };
  }
  return { from: input.from, to: input.to, municipalityCodes: null };
}

/** Share as a ratio 0–1 rounded to 4 decimals, null when the denominator is 0. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}
