import { ATTENDANCE_CSV_COLUMNS, attendanceCsvColumns, readCsv } from '@ixl/contracts';

/** One data row of an attendance CSV, before it is matched against the edition. */
export interface AttendanceCsvRow {
  /** 1-based physical line where the record starts (the header is line 1; quoted line breaks count). */
  line: number;
  person: string;
  session: string;
  /** Hours present converted to whole minutes. */
  minutes: number;
}

export interface AttendanceCsvProblem {
  line: number;
  field: string;
  reason: string;
}

/** Hours as written by people ("3", "2.5", "2,5") to whole minutes; null when not a number ≥ 0. */
export function parseHoursToMinutes(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(normalised)) return null;
  return Math.round(Number(normalised) * 60);
}

/**
 * Parses an attendance CSV: a header naming the person (codice fiscale or enrolment id), the session
 * (code, id or ISO date) and the hours present; `,` or `;` separated (the header decides). Returns the
 * syntactically valid rows and the problems of the others (matching against the edition is the
 * service's job). Blank lines are skipped.
 */
export function parseAttendanceCsv(csv: string): { rows: AttendanceCsvRow[]; problems: AttendanceCsvProblem[] } {
  const read = readCsv(csv);
  if (!read.ok) return { rows: [], problems: [{ line: read.line, field: 'csv', reason: read.reason }] };
  const at = attendanceCsvColumns(read.header);
  const missing = (Object.keys(at) as (keyof typeof at)[]).filter((k) => at[k] < 0);
  if (missing.length) {
    return {
      rows: [],
      problems: missing.map((k) => ({
        line: 1,
        field: k,
        reason: `Header must have a ${k} column (${ATTENDANCE_CSV_COLUMNS[k].join(' / ')})`,
      })),
    };
  }
  const rows: AttendanceCsvRow[] = [];
  const problems: AttendanceCsvProblem[] = [];
  for (const { line, cells } of read.records) {
    const person = cells[at.person] ?? '';
    const session = cells[at.session] ?? '';
    const hours = cells[at.hours] ?? '';
    if (!person) problems.push({ line, field: 'person', reason: 'Person is missing' });
    if (!session) problems.push({ line, field: 'session', reason: 'Session is missing' });
    const minutes = parseHoursToMinutes(hours);
    if (minutes === null)
      problems.push({ line, field: 'hours', reason: `Hours must be a number ≥ 0 with at most 2 decimals, got "${hours.slice(0, 20)}"` });
    if (person && session && minutes !== null) rows.push({ line, person, session, minutes });
  }
  return { rows, problems };
}
