/**
 * A text that a spreadsheet would run as a formula (starts with = + - @, tab or carriage return) gets a
 * leading apostrophe, so a name like `=HYPERLINK(…)` typed by anyone is shown, never evaluated (CSV
 * injection, issue 18 finding 7). Numbers stay numbers: only text values are neutralised.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A figure's rows as CSV (RFC 4180: comma separated, fields quoted when needed, CRLF line ends; formulas neutralised). */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v == null ? '' : typeof v === 'number' ? String(v) : neutraliseFormula(v);
    return /[",\r\n;\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Offers the CSV to the browser as a download named `filename` (UTF-8 with BOM, so spreadsheets read accents). */
export function downloadCsv(filename: string, csv: string): void {
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
