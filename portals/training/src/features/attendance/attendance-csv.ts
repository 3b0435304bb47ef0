/**
 * Client-side help for the attendance CSV screen. The API is the judge of every row (dry run); this
 * only checks what needs no data (size, empty file, header columns) so a wrong file is caught before
 * it is sent. The API's row reasons come as registry reasons (`reasonCode`, `params`), translated like errors.
 */

import { ATTENDANCE_CSV_COLUMNS, ATTENDANCE_CSV_MAX_CHARS, attendanceCsvColumns, readCsv, type AttendanceCsvColumn } from '@ixl/contracts';

/** The API refuses files larger than this (characters). */
export const MAX_CSV_CHARS = ATTENDANCE_CSV_MAX_CHARS;

/** A message key of the training portal and its parameters. */
export interface LocalText {
  key: string;
  params?: Record<string, string | number>;
}

export interface CsvPrecheck {
  /** Problems that stop the file from being sent (as message keys). */
  problems: LocalText[];
  /** Non-blank lines after the header. */
  dataRows: number;
}

/** What can be said about a file without the edition's data (read by the same CSV reader as the API). */
export function precheckAttendanceCsv(text: string): CsvPrecheck {
  if (text.length > MAX_CSV_CHARS) return { problems: [{ key: 'import.precheck.tooLarge', params: { max: '2 MiB' } }], dataRows: 0 };
  if (text.includes('\u0000')) return { problems: [{ key: 'import.precheck.notText' }], dataRows: 0 };
  if (
    !text
      .replace(/^\uFEFF/, '')
      .split(/\r\n|\n|\r/)[0]
      ?.trim()
  )
    return { problems: [{ key: 'import.precheck.empty' }], dataRows: 0 };
  const read = readCsv(text);
  if (!read.ok) return { problems: [{ key: 'import.precheck.malformed', params: { line: read.line } }], dataRows: 0 };
  const dataRows = read.records.length;
  const at = attendanceCsvColumns(read.header);
  const missing = (Object.keys(at) as AttendanceCsvColumn[]).filter((c) => at[c] < 0);
  const problems: LocalText[] = missing.map((c) => ({
    key: 'import.precheck.missingColumn',
    params: { column: c, names: ATTENDANCE_CSV_COLUMNS[c].join(' / ') },
  }));
  if (!missing.length && dataRows === 0) problems.push({ key: 'import.precheck.noRows' });
  return { problems, dataRows };
}
