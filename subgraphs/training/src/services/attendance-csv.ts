import {
  ATTENDANCE_CSV_COLUMNS,
  attendanceCsvColumns,
  errorMessage,
  readCsv,
  type CsvUnreadableReason,
  type ErrorParamValue,
  type ErrorParams,
} from '@ixl/contracts';

/** One data row of an attendance CSV, before it is matched against the edition. */
export interface AttendanceCsvRow {
  /** 1-based physical line where the record starts (the header is line 1; quoted line breaks count). */
  line: number;
  person: string;
  session: string;
  /** Hours present converted to whole minutes. */
  minutes: number;
}

/** The registry reasons (`@ixl/contracts`) of a refused attendance row. */
export type AttendanceRowReason =
  | 'ATTENDANCE_HEADER_MISSING_COLUMN'
  | 'ATTENDANCE_PERSON_MISSING'
  | 'ATTENDANCE_SESSION_MISSING'
  | 'ATTENDANCE_HOURS_FORMAT'
  | 'ATTENDANCE_NO_ROWS'
  | 'ATTENDANCE_UNKNOWN_PERSON'
  | 'ATTENDANCE_UNKNOWN_SESSION'
  | 'ATTENDANCE_HOURS_EXCEED_SESSION'
  | 'ATTENDANCE_DUPLICATE_ROW'
  | CsvUnreadableReason;

export interface AttendanceCsvProblem {
  line: number;
  field: string;
  /** The English sentence (for API readers); portals translate `reasonCode` with `params`. */
  reason: string;
  reasonCode: AttendanceRowReason;
  params: Record<string, ErrorParamValue>;
}

/** One refused row: its line, the column at fault, the reason and its params. */
export function rowProblem<R extends AttendanceRowReason>(
  line: number,
  field: string,
  reasonCode: R,
  params: ErrorParams<R>,
): AttendanceCsvProblem {
  const values = params as Record<string, ErrorParamValue>;
  return { line, field, reason: errorMessage(reasonCode, values), reasonCode, params: values };
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
  if (!read.ok) return { rows: [], problems: [rowProblem(read.line, 'csv', read.reasonCode, {})] };
  const at = attendanceCsvColumns(read.header);
  const missing = (Object.keys(at) as (keyof typeof at)[]).filter((k) => at[k] < 0);
  if (missing.length) {
    return {
      rows: [],
      problems: missing.map((k) =>
        rowProblem(1, k, 'ATTENDANCE_HEADER_MISSING_COLUMN', { column: k, names: ATTENDANCE_CSV_COLUMNS[k].join(' / ') }),
      ),
    };
  }
  const rows: AttendanceCsvRow[] = [];
  const problems: AttendanceCsvProblem[] = [];
  for (const { line, cells } of read.records) {
    const person = cells[at.person] ?? '';
    const session = cells[at.session] ?? '';
    const hours = cells[at.hours] ?? '';
    if (!person) problems.push(rowProblem(line, 'person', 'ATTENDANCE_PERSON_MISSING', {}));
    if (!session) problems.push(rowProblem(line, 'session', 'ATTENDANCE_SESSION_MISSING', {}));
    const minutes = parseHoursToMinutes(hours);
    if (minutes === null) problems.push(rowProblem(line, 'hours', 'ATTENDANCE_HOURS_FORMAT', { value: hours.slice(0, 20) }));
    if (person && session && minutes !== null) rows.push({ line, person, session, minutes });
  }
  return { rows, problems };
}
