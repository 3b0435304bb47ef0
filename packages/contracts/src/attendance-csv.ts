// The attendance CSV a training body uploads (the training subgraph parses it, the training portal
// checks it before sending): one definition, so both sides accept the same files.

/** Header names accepted for each column (compared lower-cased and trimmed). */
export const ATTENDANCE_CSV_COLUMNS = {
  /** Codice fiscale or enrolment id. */
  person: ['person', 'codice_fiscale', 'codicefiscale', 'cf', 'enrolment_id', 'enrolment'],
  /** Session code, id or ISO date. */
  session: ['session', 'session_code', 'session_id', 'date'],
  /** Hours present ("3", "2.5", "2,5"). */
  hours: ['hours', 'hours_present', 'ore'],
} as const;

export type AttendanceCsvColumn = keyof typeof ATTENDANCE_CSV_COLUMNS;

/** The largest file accepted, in characters (2 MiB). */
export const ATTENDANCE_CSV_MAX_CHARS = 2 * 1024 * 1024;

/** The file's delimiter, decided by its header line: `;` when it has one, else `,`. */
export function attendanceCsvDelimiter(header: string): ';' | ',' {
  return header.includes(';') ? ';' : ',';
}

/** Where each column is among the header's names (-1 when missing). */
export function attendanceCsvColumns(headerNames: readonly string[]): Record<AttendanceCsvColumn, number> {
  const names = headerNames.map((n) => n.trim().toLowerCase());
  const at = (c: AttendanceCsvColumn) => names.findIndex((n) => (ATTENDANCE_CSV_COLUMNS[c] as readonly string[]).includes(n));
  return { person: at('person'), session: at('session'), hours: at('hours') };
}
