/**
 * A text that a spreadsheet would run as a formula (starts with = + - @, tab or carriage return) gets a
 * leading apostrophe, so a name like `=HYPERLINK(…)` typed by anyone is shown, never evaluated (CSV
 * injection, issue 18 finding 7). Numbers stay numbers: only text values are neutralised.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A figure's rows as CSV for the user's spreadsheet (RFC 4180 quoting, CRLF line ends, formulas neutralised). Italian:
 * `;` separator and decimal comma, as Italian spreadsheet software expects; English: `,` and decimal point. Numbers
 * stay numbers (no grouping, no unit), so they can be summed.
 */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][], lang: 'it' | 'en' = 'it'): string {
  const separator = lang === 'it' ? ';' : ',';
  const cell = (v: string | number | null | undefined) => {
    if (typeof v === 'number') return lang === 'it' ? String(v).replace('.', ',') : String(v);
    const s = v == null ? '' : neutraliseFormula(String(v));
    return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(separator)).join('\r\n') + '\r\n';
}

/** A 0–1 share as a number of percent with one decimal (0.885 → 88.5) for CSV cells. */
export function percentNumber(share: number | null | undefined): number | null {
  return share == null ? null : Math.round(share * 1000) / 10;
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
