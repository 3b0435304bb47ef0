// The attendance CSV a training body uploads (the training subgraph parses it, the training portal
// checks it before sending): one definition, so both sides accept the same files.

import { parse } from 'csv-parse/browser/esm/sync';
import { errorMessage } from './errors/index.js';

/**
 * Header names accepted for each column (compared lower-cased and trimmed). The Italian names come first: they are
 * the ones the training portal shows and the error lists; the English ones stay accepted for existing files.
 */
export const ATTENDANCE_CSV_COLUMNS = {
  /** Codice fiscale or enrolment id. */
  person: ['codice_fiscale', 'codice fiscale', 'codicefiscale', 'cf', 'persona', 'person', 'enrolment_id', 'enrolment'],
  /** Session (lezione) code, id or ISO date. */
  session: ['lezione', 'codice_lezione', 'session', 'session_code', 'session_id', 'date'],
  /** Hours present ("3", "2.5", "2,5"). */
  hours: ['ore', 'ore_presenti', 'hours', 'hours_present'],
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

/** One record of a CSV file: its cells (trimmed) and the physical line it starts on (1-based; the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Why a CSV file cannot be read: a registry reason (`errors/training.ts`). */
export type CsvUnreadableReason = 'ATTENDANCE_CSV_QUOTE_NOT_CLOSED' | 'ATTENDANCE_CSV_STRAY_QUOTE' | 'ATTENDANCE_CSV_UNREADABLE';

/** A CSV file read into records, or where and why it cannot be read (`reason` is the reason's English message). */
export type CsvReading =
  | { ok: true; delimiter: ';' | ','; header: string[]; records: CsvRecord[] }
  | { ok: false; line: number; reasonCode: CsvUnreadableReason; reason: string };

/**
 * Reads a CSV file with csv-parse (RFC 4180): a UTF-8 byte-order mark is dropped, the header line
 * decides the separator (`;` when it has one, else `,`), quoted fields may hold separators, `""` and
 * line breaks, lines end in LF or CRLF. Records that are blank are left out; each record keeps the
 * physical line it starts on (a quoted line break inside an earlier record counts), so error reports
 * name the line a person sees in an editor. Used by the training subgraph and the training portal alike.
 */
export function readCsv(text: string): CsvReading {
  const source = text.replace(/^\uFEFF/, '');
  const firstBreak = source.search(/\r|\n/);
  const delimiter = attendanceCsvDelimiter(firstBreak < 0 ? source : source.slice(0, firstBreak));
  // csv-parse reports where each record ends in UTF-8 bytes; the next record starts there.
  const ends: number[] = [];
  let parsed: string[][];
  let failure: { lines?: number; code?: string; message?: string } | null = null;
  try {
    parsed = parse(source, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
      on_record: (record: string[], context: { bytes: number }) => {
        ends.push(context.bytes);
        return record;
      },
    });
  } catch (err) {
    failure = err as { lines?: number; code?: string; message?: string };
    parsed = [];
  }
  const bytes = new TextEncoder().encode(source);
  let offset = 0;
  let line = 1;
  const lineAt = (to: number) => {
    for (; offset < to; offset++) {
      const c = bytes[offset];
      if (c === 0x0a || (c === 0x0d && bytes[offset + 1] !== 0x0a)) line++;
    }
    return line;
  };
  if (failure) {
    // The record that failed starts where the last good one ended.
    const reasonCode: CsvUnreadableReason =
      failure.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'ATTENDANCE_CSV_QUOTE_NOT_CLOSED'
        : failure.code === 'INVALID_OPENING_QUOTE' ||
            failure.code === 'CSV_INVALID_CLOSING_QUOTE' ||
            failure.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE'
          ? 'ATTENDANCE_CSV_STRAY_QUOTE'
          : 'ATTENDANCE_CSV_UNREADABLE';
    return { ok: false, line: lineAt(ends.at(-1) ?? 0), reasonCode, reason: errorMessage(reasonCode, {}) };
  }
  const all: CsvRecord[] = [];
  let start = 0;
  parsed.forEach((record, i) => {
    all.push({ line: lineAt(start), cells: record.map((c) => c.trim()) });
    start = ends[i] ?? start;
  });
  const [header, ...rest] = all;
  return {
    ok: true,
    delimiter,
    header: header?.cells ?? [],
    records: rest.filter((r) => r.cells.some((c) => c !== '')),
  };
}
