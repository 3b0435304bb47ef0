import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  CODICE_FISCALE_PATTERN,
  MONTH_LETTERS,
  NUMERIC_POSITIONS,
  OMOCODIA_LETTERS,
  buildCodiceFiscale,
  computeCheckCharacter,
  isValidCodiceFiscale,
  nameCode,
  removeOmocodia,
  surnameCode,
  validateCodiceFiscale,
  type Sex,
} from './codice-fiscale.js';
import { MUNICIPALITIES } from './municipalities.js';

const TODAY = '2025-06-15';
const opts = { today: TODAY };

/** A code with the right check character for arbitrary first 15 characters. */
const withCheck = (first15: string): string => first15 + computeCheckCharacter(first15);

describe('computeCheckCharacter', () => {
  it('matches published examples', () => {
    expect(computeCheckCharacter('RSSMRA85T10A562')).toBe('S');
    expect(computeCheckCharacter('MRTMTT25D09F205')).toBe('Z');
    expect(computeCheckCharacter('MLLSNT82P65Z404')).toBe('U');
    expect(computeCheckCharacter('rssmra85t10a562')).toBe('S');
  });

  it('rejects input that is not 15 letters or digits', () => {
    expect(() => computeCheckCharacter('RSSMRA85T10A56')).toThrow(RangeError);
    expect(() => computeCheckCharacter('RSSMRA85T10A56-')).toThrow(RangeError);
  });
});

describe('validateCodiceFiscale: known examples', () => {
  it('accepts Mario Rossi, born 10 Dec 1985 in A562', () => {
    expect(validateCodiceFiscale('RSSMRA85T10A562S', undefined, opts)).toEqual({
      ok: true,
      normalized: 'RSSMRA85T10A562S',
      birthDate: '1985-12-10',
      sex: 'M',
      birthPlaceCode: 'A562',
    });
  });

  it('normalises case and surrounding whitespace', () => {
    const r = validateCodiceFiscale('  rssmra85t10a562s\n', undefined, opts);
    expect(r).toMatchObject({ ok: true, normalized: 'RSSMRA85T10A562S' });
  });

  it('accepts a woman (day + 40) born abroad', () => {
    // Samantha Miller, born 25 Sep 1982 in the USA (Z404).
    expect(validateCodiceFiscale('MLLSNT82P65Z404U', { birthDate: '1982-09-25', sex: 'F' }, opts)).toEqual({
      ok: true,
      normalized: 'MLLSNT82P65Z404U',
      birthDate: '1982-09-25',
      sex: 'F',
      birthPlaceCode: 'Z404',
    });
  });

  it('accepts the woman born on the 1st (41) and on the 31st (71)', () => {
    expect(validateCodiceFiscale(withCheck('BNCNNA90A41A944'), undefined, opts)).toMatchObject({
      ok: true,
      birthDate: '1990-01-01',
      sex: 'F',
    });
    expect(validateCodiceFiscale(withCheck('BNCNNA90A71A944'), undefined, opts)).toMatchObject({
      ok: true,
      birthDate: '1990-01-31',
      sex: 'F',
    });
  });

  it('picks the century that makes the person at most 100 years old', () => {
    // Matteo Moretti, born 9 Apr 1925 in Milan.
    expect(validateCodiceFiscale('MRTMTT25D09F205Z', undefined, { today: '2025-06-15' })).toMatchObject({
      ok: true,
      birthDate: '2025-04-09',
    });
    expect(validateCodiceFiscale('MRTMTT25D09F205Z', undefined, { today: '2025-04-08' })).toMatchObject({
      ok: true,
      birthDate: '1925-04-09',
    });
    expect(validateCodiceFiscale('MRTMTT25D09F205Z', undefined, { today: new Date(1990, 0, 1) })).toMatchObject({
      ok: true,
      birthDate: '1925-04-09',
    });
    // A matching expected birth date settles the century, even past 100 years.
    expect(validateCodiceFiscale('MRTMTT25D09F205Z', { birthDate: '1925-04-09', sex: 'M' }, opts)).toMatchObject({
      ok: true,
      birthDate: '1925-04-09',
    });
    // Born today: age 0.
    expect(validateCodiceFiscale(withCheck('RSSMRA25H15A944'), undefined, opts)).toMatchObject({ ok: true, birthDate: '2025-06-15' });
    // Born tomorrow's date 100 years ago: 1925.
    expect(validateCodiceFiscale(withCheck('RSSMRA25H16A944'), undefined, opts)).toMatchObject({ ok: true, birthDate: '1925-06-16' });
  });

  it('works without a today option', () => {
    expect(validateCodiceFiscale('RSSMRA85T10A562S')).toMatchObject({ ok: true, birthDate: '1985-12-10' });
    expect(isValidCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
    expect(isValidCodiceFiscale('RSSMRA85T10A562T')).toBe(false);
  });
});

describe('validateCodiceFiscale: failures', () => {
  it('rejects a wrong check character', () => {
    const r = validateCodiceFiscale('RSSMRA85T10A562T', undefined, opts);
    expect(r).toMatchObject({ ok: false, reason: 'CHECK_CHARACTER' });
    expect(r.ok ? '' : r.message).toContain('S');
  });

  it.each([
    ['', 'empty'],
    ['RSSMRA85T10A562', 'too short'],
    ['RSSMRA85T10A562SS', 'too long'],
    ['RSSMRA85Z10A562S', 'Z is not a month letter'],
    ['R5SMRA85T10A562S', 'digit in the surname'],
    ['RSSMRA8AT10A562S', 'A is not an omocodia letter'],
    ['RSSMRA85T10A5A2S', 'A is not an omocodia letter in the place code'],
    ['RSSMRA85T101562S', 'digit instead of the place letter'],
    ['RSSMRA85T10A5625', 'digit as check character'],
    ['RSSMRA85T10 A562', 'inner space'],
    ['12345678901', 'a partita IVA'],
  ])('rejects %j (%s) as FORMAT', (cf) => {
    expect(validateCodiceFiscale(cf, undefined, opts)).toMatchObject({ ok: false, reason: 'FORMAT' });
  });

  it('rejects a non-string at run time', () => {
    expect(validateCodiceFiscale(undefined as unknown as string)).toMatchObject({ ok: false, reason: 'FORMAT' });
  });

  it.each([
    ['RSSMRA85T00A562', 'day 00'],
    ['RSSMRA85T32A562', 'day 32'],
    ['RSSMRA85T40A562', 'day 40'],
    ['RSSMRA85T72A562', 'day 72'],
    ['RSSMRA85B30A562', '30 February'],
    ['RSSMRA85D31A562', '31 April'],
    ['RSSMRA85B29A562', '29 February 1985'],
    ['RSSMRA85B69A562', '29 February 1985 (woman)'],
  ])('rejects %s (%s) as INVALID_DATE', (first15) => {
    expect(validateCodiceFiscale(withCheck(first15), undefined, opts)).toMatchObject({ ok: false, reason: 'INVALID_DATE' });
  });

  it('accepts 29 February in a leap year (2000 and 1984)', () => {
    expect(validateCodiceFiscale(withCheck('RSSMRA00B29A562'), undefined, opts)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(validateCodiceFiscale(withCheck('RSSMRA84B69A562'), undefined, opts)).toMatchObject({
      ok: true,
      birthDate: '1984-02-29',
      sex: 'F',
    });
  });

  it('reports a birth date that differs from the expected one', () => {
    expect(validateCodiceFiscale('RSSMRA85T10A562S', { birthDate: '1985-12-11' }, opts)).toMatchObject({
      ok: false,
      reason: 'BIRTH_DATE_MISMATCH',
    });
    expect(validateCodiceFiscale('RSSMRA85T10A562S', { birthDate: '1885-12-10' }, opts)).toMatchObject({
      ok: true,
      birthDate: '1885-12-10',
    });
    expect(validateCodiceFiscale('RSSMRA85T10A562S', { birthDate: '1986-12-10' }, opts)).toMatchObject({
      ok: false,
      reason: 'BIRTH_DATE_MISMATCH',
    });
    expect(validateCodiceFiscale('RSSMRA85T10A562S', { birthDate: '10/12/1985' }, opts)).toMatchObject({
      ok: false,
      reason: 'BIRTH_DATE_MISMATCH',
    });
  });

  it('reports a sex that differs from the expected one', () => {
    expect(validateCodiceFiscale('RSSMRA85T10A562S', { sex: 'F' }, opts)).toMatchObject({ ok: false, reason: 'SEX_MISMATCH' });
    expect(validateCodiceFiscale('MLLSNT82P65Z404U', { sex: 'M' }, opts)).toMatchObject({ ok: false, reason: 'SEX_MISMATCH' });
    expect(validateCodiceFiscale('RSSMRA85T10A562S', { birthDate: '1985-12-10', sex: 'M' }, opts)).toMatchObject({ ok: true });
  });

  it('checks the format before the check character and the check character before the date', () => {
    const badDay = withCheck('RSSMRA85T32A562');
    const wrongCheck = badDay.slice(0, 15) + (badDay.endsWith('A') ? 'B' : 'A');
    expect(validateCodiceFiscale(wrongCheck, undefined, opts)).toMatchObject({ ok: false, reason: 'CHECK_CHARACTER' });
    expect(validateCodiceFiscale(badDay, { sex: 'F' }, opts)).toMatchObject({ ok: false, reason: 'INVALID_DATE' });
    expect(validateCodiceFiscale('RSSMRA85T10A562S', { sex: 'F', birthDate: '2000-01-01' }, opts)).toMatchObject({
      ok: false,
      reason: 'BIRTH_DATE_MISMATCH',
    });
  });
});

describe('omocodia', () => {
  it('accepts omocodes of Mario Rossi and decodes the same person', () => {
    const one = withCheck('RSSMRA85T10A56N'); // 2 -> N
    const all = withCheck('RSSMRAUR' + 'T' + 'ML' + 'A' + 'RSN'); // 85 10 562 -> UR ML RSN
    for (const cf of [one, all]) {
      expect(validateCodiceFiscale(cf, { birthDate: '1985-12-10', sex: 'M' }, opts)).toEqual({
        ok: true,
        normalized: cf,
        birthDate: '1985-12-10',
        sex: 'M',
        birthPlaceCode: 'A562',
      });
      expect(removeOmocodia(cf)).toBe('RSSMRA85T10A562S');
    }
  });

  it('rejects an omocode whose check character was not recomputed', () => {
    expect(validateCodiceFiscale('RSSMRA85T10A56NS', undefined, opts)).toMatchObject({ ok: false, reason: 'CHECK_CHARACTER' });
  });

  it('buildCodiceFiscale substitutes right to left', () => {
    const person = { surname: 'Rossi', name: 'Mario', birthDate: '1985-12-10', sex: 'M' as const, birthPlaceCode: 'A562' };
    expect(buildCodiceFiscale(person)).toBe('RSSMRA85T10A562S');
    expect(buildCodiceFiscale({ ...person, omocodia: 1 }).slice(0, 15)).toBe('RSSMRA85T10A56N');
    expect(buildCodiceFiscale({ ...person, omocodia: 3 }).slice(0, 15)).toBe('RSSMRA85T10ARSN');
    expect(buildCodiceFiscale({ ...person, omocodia: 7 }).slice(0, 15)).toBe('RSSMRAURTMLARSN');
  });
});

describe('surname and name codes', () => {
  it('follows the official consonant rules', () => {
    expect(surnameCode('Rossi')).toBe('RSS');
    expect(surnameCode('Moretti')).toBe('MRT');
    expect(surnameCode("D'Angelo")).toBe('DNG');
    expect(surnameCode('De Luca')).toBe('DLC');
    expect(surnameCode('Rea')).toBe('REA');
    expect(surnameCode('Fo')).toBe('FOX');
    expect(surnameCode('Hu')).toBe('HUX');
    expect(surnameCode('Ai')).toBe('AIX');
    expect(surnameCode('Pè')).toBe('PEX');
    expect(nameCode('Mario')).toBe('MRA');
    expect(nameCode('Matteo')).toBe('MTT');
    expect(nameCode('Gianfranco')).toBe('GFR');
    expect(nameCode('Samantha')).toBe('SNT');
    expect(nameCode('Anna')).toBe('NNA');
    expect(nameCode('Luca')).toBe('LCU');
    expect(nameCode('Ugo')).toBe('GUO');
    expect(nameCode('Al')).toBe('LAX');
    expect(nameCode('Maria Chiara')).toBe('MCH');
    expect(nameCode('Nicolò')).toBe('NCL');
  });

  it('builds the published examples', () => {
    expect(buildCodiceFiscale({ surname: 'Rossi', name: 'Mario', birthDate: '1985-12-10', sex: 'M', birthPlaceCode: 'A562' })).toBe(
      'RSSMRA85T10A562S',
    );
    expect(buildCodiceFiscale({ surname: 'Moretti', name: 'Matteo', birthDate: '1925-04-09', sex: 'M', birthPlaceCode: 'F205' })).toBe(
      'MRTMTT25D09F205Z',
    );
    expect(buildCodiceFiscale({ surname: 'Miller', name: 'Samantha', birthDate: '1982-09-25', sex: 'F', birthPlaceCode: 'z404' })).toBe(
      'MLLSNT82P65Z404U',
    );
  });

  it('rejects invalid input', () => {
    const ok = { surname: 'Rossi', name: 'Mario', birthDate: '1985-12-10', sex: 'M' as const, birthPlaceCode: 'A944' };
    expect(() => buildCodiceFiscale({ ...ok, birthDate: '1985-02-30' })).toThrow(RangeError);
    expect(() => buildCodiceFiscale({ ...ok, birthDate: '10/12/1985' })).toThrow(RangeError);
    expect(() => buildCodiceFiscale({ ...ok, birthPlaceCode: 'A94' })).toThrow(RangeError);
    expect(() => buildCodiceFiscale({ ...ok, sex: 'X' as unknown as Sex })).toThrow(RangeError);
    expect(() => buildCodiceFiscale({ ...ok, omocodia: 8 })).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Property-based tests
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const letterChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÀÈÉÌÒÙàèéìòù '-".split('');
const nameArb = fc.array(fc.constantFrom(...letterChars), { minLength: 1, maxLength: 20 }).map((cs) => cs.join(''));
const placeArb = fc.oneof(
  fc.constantFrom(...MUNICIPALITIES.map((m) => m.cadastralCode)),
  fc
    .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')), fc.integer({ min: 0, max: 999 }))
    .map(([l, n]) => l + String(n).padStart(3, '0')),
);
/** Birth dates from (TODAY - 100 years, TODAY]: exactly the range the century rule decodes. */
const birthDateArb = fc
  .integer({ min: Date.UTC(1925, 5, 16) / DAY_MS, max: Date.UTC(2025, 5, 15) / DAY_MS })
  .map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));
const personArb = fc.record({
  surname: nameArb,
  name: nameArb,
  birthDate: birthDateArb,
  sex: fc.constantFrom<Sex>('F', 'M'),
  birthPlaceCode: placeArb,
  omocodia: fc.integer({ min: 0, max: 7 }),
});

describe('codice fiscale properties', () => {
  it('a built code validates and decodes to the same birth date, sex and place', () => {
    fc.assert(
      fc.property(personArb, (person) => {
        const cf = buildCodiceFiscale(person);
        expect(cf).toMatch(CODICE_FISCALE_PATTERN);
        const r = validateCodiceFiscale(cf, { birthDate: person.birthDate, sex: person.sex }, opts);
        expect(r).toEqual({
          ok: true,
          normalized: cf,
          birthDate: person.birthDate,
          sex: person.sex,
          birthPlaceCode: person.birthPlaceCode.toUpperCase(),
        });
        // Without expectations the century rule finds the same date.
        expect(validateCodiceFiscale(cf.toLowerCase(), undefined, opts)).toMatchObject({
          ok: true,
          birthDate: person.birthDate,
          sex: person.sex,
        });
        // All omocodes of a person share the base code.
        expect(removeOmocodia(cf)).toBe(buildCodiceFiscale({ ...person, omocodia: 0 }));
      }),
      { numRuns: 500 },
    );
  });

  it('a different expected sex or birth date is reported', () => {
    fc.assert(
      fc.property(personArb, fc.integer({ min: 1, max: 3650 }), (person, shift) => {
        const cf = buildCodiceFiscale(person);
        const other: Sex = person.sex === 'F' ? 'M' : 'F';
        expect(validateCodiceFiscale(cf, { sex: other }, opts)).toMatchObject({ ok: false, reason: 'SEX_MISMATCH' });
        const otherDate = new Date(Date.parse(person.birthDate) - shift * DAY_MS).toISOString().slice(0, 10);
        expect(validateCodiceFiscale(cf, { birthDate: otherDate }, opts)).toMatchObject({ ok: false, reason: 'BIRTH_DATE_MISMATCH' });
      }),
    );
  });

  it('any single-character change is rejected, or is an omocode of the same person', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split('');
    fc.assert(
      fc.property(personArb, fc.integer({ min: 0, max: 15 }), fc.constantFrom(...alphabet), (person, pos, ch) => {
        const cf = buildCodiceFiscale(person);
        fc.pre(cf.charAt(pos) !== ch);
        const mutated = cf.slice(0, pos) + ch + cf.slice(pos + 1);
        const r = validateCodiceFiscale(mutated, undefined, opts);
        if (r.ok) {
          expect(removeOmocodia(mutated)).toBe(removeOmocodia(cf));
          expect(r).toMatchObject({ birthDate: person.birthDate, sex: person.sex, birthPlaceCode: person.birthPlaceCode.toUpperCase() });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the check character is the only one that completes any 15 valid characters', () => {
    const digitOrOmo = fc.constantFrom(...('0123456789' + OMOCODIA_LETTERS).split(''));
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
    const first15Arb = fc
      .tuple(
        fc.array(letter, { minLength: 6, maxLength: 6 }),
        fc.array(digitOrOmo, { minLength: 7, maxLength: 7 }),
        fc.constantFrom(...MONTH_LETTERS.split('')),
        letter,
      )
      .map(([l6, d7, m, p]) => {
        const chars = [...l6, '', '', m, '', '', p, '', '', ''];
        NUMERIC_POSITIONS.forEach((pos, i) => (chars[pos] = d7[i] ?? '0'));
        return chars.join('');
      });
    fc.assert(
      fc.property(first15Arb, (first15) => {
        const check = computeCheckCharacter(first15);
        for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
          const r = validateCodiceFiscale(first15 + c, undefined, opts);
          if (c !== check) expect(r).toMatchObject({ ok: false, reason: 'CHECK_CHARACTER' });
          else expect(r.ok || r.reason === 'INVALID_DATE').toBe(true);
        }
      }),
    );
  });
});
