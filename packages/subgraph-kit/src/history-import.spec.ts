import { describe, expect, it } from 'vitest';
import {
  checkImportHeader,
  importDate,
  importRowHash,
  ImportRowProblems,
  parseImportRecords,
  type ImportKindDefinition,
} from './history-import.js';

const layout = [
  { header: 'codice', required: true, description: 'Chiave', example: 'A-1' },
  { header: 'nome', required: true, description: 'Nome', example: 'Alfa' },
  { header: 'data', required: false, description: 'Data', example: '01/02/2020' },
];

/** A small kind: a key, a name and an optional date, with its rules. */
const kind = {
  name: 'PROVA',
  layout,
  keyColumn: 'codice',
  parse(get: (column: string) => string) {
    const problems = [];
    if (!get('codice')) problems.push({ column: 'codice', reasonCode: 'IMPORT_REQUIRED', params: { column: 'codice' } });
    const date = get('data') ? importDate(get('data')) : null;
    if (get('data') && !date) problems.push({ column: 'data', reasonCode: 'IMPORT_DATE_FORMAT', params: { value: get('data') } });
    if (problems.length) throw new ImportRowProblems(problems);
    return { code: get('codice'), name: get('nome'), date };
  },
  key: (v: { code: string }) => v.code,
} as unknown as ImportKindDefinition<{ code: string; name: string; date: string | null }>;

describe('history import rules shared by the subgraphs', () => {
  it('reads the programme’s dates (GG/MM/AAAA or ISO) and refuses days that do not exist', () => {
    expect(importDate('1/2/2020')).toBe('2020-02-01');
    expect(importDate('2020-02-29')).toBe('2020-02-29');
    expect(importDate('31/02/2019')).toBeNull();
    expect(importDate('2019/02/01')).toBeNull();
  });

  it('reports missing required and unknown columns on line 1, case and spaces aside', () => {
    expect(checkImportHeader(layout, 'f.csv', null, [' CODICE ', 'data', 'colore'])).toEqual([
      { file: 'f.csv', sheet: null, line: 1, column: 'nome', reasonCode: 'IMPORT_MISSING_COLUMN', params: { column: 'nome' } },
      { file: 'f.csv', sheet: null, line: 1, column: 'colore', reasonCode: 'IMPORT_UNKNOWN_COLUMN', params: { column: 'colore' } },
    ]);
    expect(checkImportHeader(layout, 'f.csv', null, ['nome', 'codice'])).toEqual([]);
  });

  it('parses rows with their line and sheet, every problem of a row, and a duplicate key at the later line', () => {
    const records = [
      { sheet: 'Foglio1', line: 2, cells: ['A-1', 'Alfa', '01/02/2020'] },
      { sheet: 'Foglio1', line: 3, cells: ['', 'Beta', '31/02/2020'] },
      { sheet: 'Foglio1', line: 4, cells: ['A-1', 'Alfa bis', ''] },
    ];
    const { rows, errors } = parseImportRecords(kind, 'f.xlsx', ['codice', 'nome', 'data'], records);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ sheet: 'Foglio1', line: 2, key: 'A-1', values: { code: 'A-1', name: 'Alfa', date: '2020-02-01' } });
    expect(errors).toEqual([
      { file: 'f.xlsx', sheet: 'Foglio1', line: 3, column: 'codice', reasonCode: 'IMPORT_REQUIRED', params: { column: 'codice' } },
      { file: 'f.xlsx', sheet: 'Foglio1', line: 3, column: 'data', reasonCode: 'IMPORT_DATE_FORMAT', params: { value: '31/02/2020' } },
      {
        file: 'f.xlsx',
        sheet: 'Foglio1',
        line: 4,
        column: 'codice',
        reasonCode: 'IMPORT_DUPLICATE_KEY',
        params: { key: 'A-1', firstLine: 2 },
      },
    ]);
  });

  it('hashes a row by its values whatever their order, and tells a change apart', () => {
    expect(importRowHash({ a: 1, b: 'x' })).toBe(importRowHash({ b: 'x', a: 1 }));
    expect(importRowHash({ a: 1, b: 'x' })).not.toBe(importRowHash({ a: 1, b: 'y' }));
  });
});
