// Spreadsheets for the bulk import of the programme's history (issue 27): CSV through `readCsv`
// (csv-parse, @ixl/contracts) and XLSX through exceljs, read into one shape: a header and records,
// each with the sheet and the line a person sees in their spreadsheet program.

import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { readCsv } from '@ixl/contracts';

/** One data row: its cells (trimmed text) and where it is (sheet name for XLSX, null for CSV; 1-based line, header = 1). */
export interface SheetRecord {
  sheet: string | null;
  line: number;
  cells: string[];
}

export type SpreadsheetReading =
  | { ok: true; format: 'CSV' | 'XLSX'; sheet: string | null; header: string[]; records: SheetRecord[] }
  | { ok: false; format: 'CSV' | 'XLSX'; sheet: string | null; line: number; reasonCode: string };

/** A file is XLSX when it is a ZIP archive (PK\x03\x04), whatever its name says; anything else is read as CSV text. */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** An XLSX cell as the text a person sees: dates as ISO days (Europe/Rome noon-safe: exceljs gives UTC midnight), numbers as written. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value) return cellText((value as { result: ExcelJS.CellValue }).result);
  }
  return String(value as unknown).trim();
}

/**
 * Reads an uploaded file: XLSX (first worksheet) with exceljs, otherwise UTF-8 CSV with `readCsv`
 * (`;` or `,` from the header, BOM, quotes). Blank rows are left out. A file that cannot be read
 * answers where and why (`IMPORT_FILE_UNREADABLE`, or the CSV reader's quote reasons).
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<SpreadsheetReading> {
  if (!isXlsx(bytes)) {
    const text = new TextDecoder('utf-8').decode(bytes);
    const csv = readCsv(text);
    if (!csv.ok) return { ok: false, format: 'CSV', sheet: null, line: csv.line, reasonCode: csv.reasonCode };
    return {
      ok: true,
      format: 'CSV',
      sheet: null,
      header: csv.header,
      records: csv.records.map((r) => ({ sheet: null, line: r.line, cells: r.cells })),
    };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, format: 'XLSX', sheet: null, line: 1, reasonCode: 'IMPORT_FILE_UNREADABLE' };
  }
  const ws = workbook.worksheets[0];
  if (!ws) return { ok: false, format: 'XLSX', sheet: null, line: 1, reasonCode: 'IMPORT_FILE_UNREADABLE' };
  const width = ws.columnCount;
  const rowCells = (row: ExcelJS.Row): string[] => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    return cells;
  };
  let header: string[] = [];
  const records: SheetRecord[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = rowCells(row);
    if (rowNumber === 1) header = cells;
    else if (cells.some((c) => c !== '')) records.push({ sheet: ws.name, line: rowNumber, cells });
  });
  return { ok: true, format: 'XLSX', sheet: ws.name, header, records };
}

/** Writes a one-sheet XLSX with a bold header row (the import templates). */
export async function writeXlsx(sheetName: string, header: readonly string[], rows: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheetName);
  ws.addRow([...header]).font = { bold: true };
  for (const r of rows) ws.addRow([...r]);
  ws.columns.forEach((col) => {
    col.width = 22;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The key by which subgraphs other than `people` find a person of an imported row without holding the
 * codice fiscale: SHA-256 (hex) of it in upper case, published by `people` in the matching profile.
 */
export function fiscalCodeHash(codiceFiscale: string): string {
  return createHash('sha256').update(`ixl-cf:${codiceFiscale.trim().toUpperCase()}`).digest('hex');
}
