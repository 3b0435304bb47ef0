import { describe, expect, it } from 'vitest';
import { readCsv } from './attendance-csv.js';

const lines = (text: string) => {
  const r = readCsv(text);
  if (!r.ok) throw new Error(r.reason);
  return r.records.map((x) => [x.line, ...x.cells]);
};

describe('readCsv (csv-parse)', () => {
  it('keeps a quoted line break inside its field; the next records keep their physical line numbers', () => {
    expect(lines('a,b,c\n"one\ntwo",x,1\ny,z,2\n')).toEqual([
      [2, 'one\ntwo', 'x', '1'],
      [4, 'y', 'z', '2'],
    ]);
    expect(lines('a,b\n"1\n2\n3",x\n"4",y')).toEqual([
      [2, '1\n2\n3', 'x'],
      [5, '4', 'y'],
    ]);
  });

  it('drops a UTF-8 byte-order mark (the header names stay clean)', () => {
    const r = readCsv('\uFEFFperson;session;hours\nA;S1;2');
    expect(r).toMatchObject({
      ok: true,
      delimiter: ';',
      header: ['person', 'session', 'hours'],
      records: [{ line: 2, cells: ['A', 'S1', '2'] }],
    });
  });

  it('takes `;` or `,` from the header line; a decimal comma needs quotes only in a comma file', () => {
    expect(lines('person;session;hours\nA;S1;2,5')).toEqual([[2, 'A', 'S1', '2,5']]);
    expect(lines('person,session,hours\nA,S1,"2,5"')).toEqual([[2, 'A', 'S1', '2,5']]);
    expect(readCsv('person,session,hours\nA,S1,2').ok && readCsv('person,session,hours\nA,S1,2')).toMatchObject({ delimiter: ',' });
  });

  it('reads Windows line ends, also inside quoted fields, counting CRLF as one line', () => {
    expect(lines('a;b\r\n"x\r\ny";1\r\nz;2\r\n')).toEqual([
      [2, 'x\r\ny', '1'],
      [4, 'z', '2'],
    ]);
  });

  it('leaves out blank lines but counts them, and unescapes doubled quotes', () => {
    expect(lines('a,b\n\n   \n"say ""hi""",1\n\n"",""\nlast,2')).toEqual([
      [4, 'say "hi"', '1'],
      [7, 'last', '2'],
    ]);
  });

  it('counts lines in characters beyond ASCII right (offsets are in UTF-8 bytes)', () => {
    expect(lines('nome,ore\n"Niccolò\nè",1\nJosé,2')).toEqual([
      [2, 'Niccolò\nè', '1'],
      [4, 'José', '2'],
    ]);
  });

  it('reports a file it cannot read with the line and the reason', () => {
    expect(readCsv('a,b\nx,1\n"open,2\ny,3')).toEqual({
      ok: false,
      line: 3,
      reasonCode: 'ATTENDANCE_CSV_QUOTE_NOT_CLOSED',
      reason: 'The file is not valid CSV: a quoted field is never closed',
    });
    expect(readCsv('a,b\nx"y,1')).toMatchObject({ ok: false, line: 2, reasonCode: 'ATTENDANCE_CSV_STRAY_QUOTE' });
  });
});
