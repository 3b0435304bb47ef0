/**
 * Client-side help for the attendance CSV screen. The API is the judge of every row (dry run); this
 * only checks what needs no data (size, empty file, header columns) so a wrong file is caught before
 * it is sent. The API's row reasons come as registry reasons (`reasonCode`, `params`), translated like errors.
 */

import {
  ATTENDANCE_CSV_COLUMNS,
  ATTENDANCE_CSV_MAX_CHARS,
  attendanceCsvColumns,
  attendanceCsvDelimiter,
  type AttendanceCsvColumn,
} from '@ixl/contracts';

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

function headerCells(header: string): string[] {
  return header.split(attendanceCsvDelimiter(header)).map((h) => h.trim().replace(/^"|"$/g, ''));
}

/** What can be said about a file without the edition's data. */
export function precheckAttendanceCsv(text: string): CsvPrecheck {
  if (text.length > MAX_CSV_CHARS) return { problems: [{ key: 'import.precheck.tooLarge', params: { max: '2 MiB' } }], dataRows: 0 };
  if (text.includes('\u0000')) return { problems: [{ key: 'import.precheck.notText' }], dataRows: 0 };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0] ?? '';
  const dataRows = lines.slice(1).filter((l) => l.trim()).length;
  if (!header.trim()) return { problems: [{ key: 'import.precheck.empty' }], dataRows };
  const names = headerCells(header);
  const at = attendanceCsvColumns(names);
  const missing = (Object.keys(at) as AttendanceCsvColumn[]).filter((c) => at[c] < 0);
  const problems: LocalText[] = missing.map((c) => ({
    key: 'import.precheck.missingColumn',
    params: { column: c, names: ATTENDANCE_CSV_COLUMNS[c].join(' / ') },
  }));
  if (!missing.length && dataRows === 0) problems.push({ key: 'import.precheck.noRows' });
  return { problems, dataRows };
}
