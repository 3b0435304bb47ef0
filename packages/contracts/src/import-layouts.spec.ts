import { describe, expect, it } from 'vitest';
import { readCsv } from './attendance-csv.js';
import { IMPORT_LAYOUTS, importTemplateCsv, layoutCsv } from './import-layouts.js';

const cells = (text: string) => {
  const r = readCsv(text);
  if (!r.ok) throw new Error(r.reason);
  return [r.header, ...r.records.map((x) => x.cells)];
};

describe('layoutCsv: a file of an import layout from rows by column name', () => {
  const layout = [{ header: 'nome' }, { header: 'note' }, { header: 'importo' }];

  it('writes the header and each row in the layout’s order, a missing column empty', () => {
    expect(layoutCsv(layout, [{ importo: '10,00', nome: 'Anna' }])).toBe('nome;note;importo\nAnna;;10,00');
  });

  it('quotes a cell with a ; a quote or a line break, so a reader gets the cell back as written', () => {
    const note = 'disse "sì"; poi\r\nandò';
    const text = layoutCsv(layout, [{ nome: 'Anna', note, importo: '1' }], '\r\n');
    expect(text).toBe('nome;note;importo\r\nAnna;"disse ""sì""; poi\r\nandò";1');
    expect(cells(text)).toEqual([
      ['nome', 'note', 'importo'],
      ['Anna', note, '1'],
    ]);
  });
});

describe('importTemplateCsv', () => {
  it('is the header and the sample row of the layout, with a BOM and CRLF for Italian spreadsheets', () => {
    const text = importTemplateCsv('PRESTITI');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const cols = IMPORT_LAYOUTS.PRESTITI;
    expect(cells(text)).toEqual([cols.map((c) => c.header), cols.map((c) => c.example)]);
  });
});
