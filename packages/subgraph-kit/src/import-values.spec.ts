import { describe, expect, it } from 'vitest';
import { importEuroCents, importYesNo } from './import-values.js';

describe('importEuroCents (amounts as the spreadsheets write them → integer cents)', () => {
  it.each([
    ['48.000,00', 4_800_000],
    ['12500,5', 1_250_050],
    ['12500.50', 1_250_050],
    ['1.500', 150_000],
    ['€ 300', 30_000],
    ['0', 0],
    ['1.234.567,89', 123_456_789],
    ['10.123', 1_012_300],
  ])('%s → %i', (text, cents) => expect(importEuroCents(text)).toBe(cents));
  it.each(['', '-10', '12,345', '1.50.0', 'dieci', '12.5.', '1,2,3'])('%s is not an amount', (text) =>
    expect(importEuroCents(text)).toBeNull(),
  );
});

describe('importYesNo', () => {
  it('reads the usual spellings, empty = no, anything else is refused', () => {
    expect(['sì', 'SI', 'x', '1'].map(importYesNo)).toEqual([true, true, true, true]);
    expect(['', 'no', 'N', '0'].map(importYesNo)).toEqual([false, false, false, false]);
    expect(importYesNo('forse')).toBeNull();
  });
});
