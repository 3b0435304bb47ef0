import { describe, expect, it } from 'vitest';
import { parseEuros } from './euros.js';

describe('parseEuros', () => {
  it('reads Italian and plain amounts as cents', () => {
    expect(parseEuros('25.000')).toBe(2_500_000);
    expect(parseEuros('1.234,56')).toBe(123_456);
    expect(parseEuros('€ 450,5')).toBe(45_050);
    expect(parseEuros('1234.5')).toBe(123_450);
    expect(parseEuros('300')).toBe(30_000);
  });
  it('refuses what is not an amount', () => {
    expect(parseEuros('')).toBeNull();
    expect(parseEuros('abc')).toBeNull();
    expect(parseEuros('-5')).toBeNull();
    expect(parseEuros('1,234')).toBeNull();
  });
});
