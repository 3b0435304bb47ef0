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
});
