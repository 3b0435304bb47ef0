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
});
