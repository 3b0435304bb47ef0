import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError, requireIsoDate } from '@ixl/subgraph-kit';
import {
  buildCodiceFiscale,
  validateCodiceFiscale,
  isValidCodiceFiscale,
  computeCheckCharacter,
  CODICE_FISCALE_PATTERN,
  MUNICIPALITIES,
  findMunicipality,
  isInMetroArea,
} from '@ixl/territory';
import { divRoundHalfUp, shareOf } from '../../subgraphs/finance/src/services/money.rules.js';
import { percentToBps, validateLoanTerms, LOAN_RULES } from '../../subgraphs/finance/src/services/loan.rules.js';
import {
  validateFunding,
  GRANT_INVESTMENT_MAX_CENTS,
  GRANT_SERVICES_MAX_CENTS,
} from '../../subgraphs/projects/src/services/funding-limits.rules.js';
import { FundingKind } from '../../subgraphs/projects/src/entities/enums.js';
import { checkMunicipality } from '../../subgraphs/people/src/services/profile.rules.js';
import { parseAttendanceCsv, parseHoursToMinutes } from '../../subgraphs/training/src/services/attendance-csv.js';
import { readCsv } from '@ixl/contracts';
import { addMonths, isIsoDate } from '@ixl/calendar';

/**
 * Property-based tests of the validators that guard every write (bad input must be refused with a
 * DomainError naming the field, never crash). Seeded and bounded: the same cases on every run.
 */
const SEED = 20261122;
const runs = (numRuns = 300) => ({ seed: SEED, numRuns });

/** Strings people and attackers send: unicode edge cases, control characters, injections, huge ones. */
const HOSTILE = [
  '',
  ' ',
  '\u0000',
  '\u202e',
  '\ufeff',
  '💥',
  'Z\u0301',
  '\ud800',
  "' OR 1=1 --",
  '"; drop table people.beneficiary; --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  'x'.repeat(100_000),
];
const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...HOSTILE),
);

/** A real calendar date between 1926 and 2008 (people of working age). */
const birthDate = fc
  .date({ min: new Date('1926-01-01T00:00:00Z'), max: new Date('2008-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const letters = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: min, maxLength: max });
const person = fc.record({
  surname: letters(1, 12),
  name: letters(1, 12),
  birthDate,
  sex: fc.constantFrom('F' as const, 'M' as const),
  birthPlaceCode: fc
    .tuple(fc.constantFrom(...'ABCDEFGHILMZ'), fc.integer({ min: 0, max: 999 }))
    .map(([l, n]) => `${l}${String(n).padStart(3, '0')}`),
  omocodia: fc.integer({ min: 0, max: 7 }),
});

describe('codice fiscale (packages/territory)', () => {
  it('accepts every code built from a person, with that birth date and sex, in any case and with surrounding blanks', () => {
    fc.assert(
      fc.property(person, (p) => {
        const cf = buildCodiceFiscale(p);
        expect(cf).toMatch(CODICE_FISCALE_PATTERN);
        const r = validateCodiceFiscale(` ${cf.toLowerCase()}\t`, { birthDate: p.birthDate, sex: p.sex });
        expect(r).toMatchObject({ ok: true, normalized: cf, birthDate: p.birthDate, sex: p.sex });
      }),
      runs(),
    );
  });

  it('refuses a code whose check character was changed', () => {
    fc.assert(
      fc.property(person, fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), (p, c) => {
        const cf = buildCodiceFiscale(p);
        fc.pre(cf[15] !== c);
        expect(validateCodiceFiscale(cf.slice(0, 15) + c)).toMatchObject({ ok: false, reason: 'CHECK_CHARACTER' });
      }),
      runs(),
    );
  });

  it('refuses a code when the expected sex or birth date differs', () => {
    fc.assert(
      fc.property(person, birthDate, (p, other) => {
        fc.pre(other !== p.birthDate);
        const cf = buildCodiceFiscale(p);
        expect(validateCodiceFiscale(cf, { sex: p.sex === 'F' ? 'M' : 'F' })).toMatchObject({ ok: false, reason: 'SEX_MISMATCH' });
        expect(validateCodiceFiscale(cf, { birthDate: other }).ok).toBe(false);
      }),
      runs(),
    );
  });

  it('never throws on any input, and whatever it accepts is well formed with the right check character', () => {
    const cfLike = fc.string({ unit: fc.constantFrom(...'ABCDEHLMPRSTXZ0123456789LMNPQRSTUV'), minLength: 16, maxLength: 16 });
    fc.assert(
      fc.property(fc.oneof(hostileString, cfLike), (s) => {
        const r = validateCodiceFiscale(s);
        expect(typeof r.ok).toBe('boolean');
        expect(isValidCodiceFiscale(s)).toBe(r.ok);
        if (r.ok) {
          expect(r.normalized).toMatch(CODICE_FISCALE_PATTERN);
          expect(r.normalized[15]).toBe(computeCheckCharacter(r.normalized.slice(0, 15)));
          expect(Number.isNaN(Date.parse(r.birthDate))).toBe(false);
        } else expect(r.message.length).toBeGreaterThan(0);
      }),
      runs(1000),
    );
  });
});

describe('municipality codes (packages/territory, people profile rules)', () => {
  it('finds exactly the 55 municipalities of the Città metropolitana by their ISTAT code', () => {
    expect(MUNICIPALITIES).toHaveLength(55);
    for (const m of MUNICIPALITIES) {
      expect(findMunicipality(m.istatCode)).toBe(m);
      expect(isInMetroArea(m.istatCode)).toBe(true);
      expect(checkMunicipality('municipalityCode', ` ${m.istatCode} `)).toEqual({ inArea: true, code: m.istatCode, name: m.name });
    }
  });

  it('refuses with BAD_USER_INPUT on the field, or accepts as out of area, every other input; never anything else', () => {
    const sixDigits = fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0'));
    fc.assert(
      fc.property(fc.oneof(hostileString, sixDigits), (s) => {
        const found = findMunicipality(s);
        if (found) expect(found.istatCode).toBe(s);
        try {
          const r = checkMunicipality('domicileMunicipalityCode', s);
          expect(r.code).toMatch(/^\d{6}$/);
          expect(r.inArea).toBe(!!findMunicipality(r.code));
          if (!r.inArea) expect(r.code.startsWith('037')).toBe(false);
        } catch (e) {
          expect(e).toBeInstanceOf(DomainError);
          expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domicileMunicipalityCode' });
        }
      }),
      runs(1000),
    );
  });
});

describe('dates (@ixl/calendar, used by every subgraph and portal)', () => {
  const isoDay = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const dateLike = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

  it('the ISO date validator accepts exactly the real calendar days, never year 0000, and requireIsoDate refuses the rest on the field', () => {
    for (const zero of ['0000-01-01', '0000-02-29']) expect(isIsoDate(zero)).toBe(false);
    fc.assert(
      fc.property(fc.oneof(hostileString, dateLike, isoDay), (s) => {
        const ok = isIsoDate(s);
        const [y, m, d] = s.split('-').map(Number) as [number, number, number];
        const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
        const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
        const real = /^\d{4}-\d{2}-\d{2}$/.test(s) && y > 0 && d >= 1 && d <= monthDays;
        expect(ok).toBe(real);
        if (ok) expect(requireIsoDate('startDate', s)).toBe(s);
        else expect(() => requireIsoDate('startDate', s)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'startDate' }));
      }),
      runs(1000),
    );
  });

  it('adding months gives a real day in the right month, never after the original day of month', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const a = addMonths(d, n);
        expect(isIsoDate(a)).toBe(true);
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const [y2, m2, day2] = a.split('-').map(Number) as [number, number, number];
        expect(y2 * 12 + m2 - (y * 12 + m)).toBe(n);
        expect(day2).toBeLessThanOrEqual(day);
      }),
      runs(),
    );
  });
});

describe('money in cents (finance, projects)', () => {
  it('half-up division is exact and shares stay within the whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 0, max: 10_000 }), (cents, bps) => {
        const s = shareOf(cents, bps);
        expect(Number.isSafeInteger(s)).toBe(true);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(cents);
        expect(Math.abs(s * 10_000 - cents * bps)).toBeLessThanOrEqual(5_000);
        expect(divRoundHalfUp(BigInt(cents) * 2n + 1n, 2n)).toBe(BigInt(cents) + 1n); // x.5 rounds up
      }),
      runs(),
    );
  });

  it('loan terms: accepted exactly within the product limits, otherwise BAD_USER_INPUT naming the field', () => {
    const anyNumber = fc.oneof(
      fc.integer({ min: -10, max: 3_000_000 }),
      fc.double(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 2 ** 53, -0),
    );
    fc.assert(
      fc.property(
        anyNumber,
        fc.oneof(fc.integer({ min: -5, max: 2500 }), fc.double()),
        fc.oneof(fc.integer({ min: -2, max: 70 }), fc.double()),
        fc.integer({ min: -2, max: 8 }),
        fc.oneof(hostileString, fc.constant('2026-01-15')),
        (principalCents, annualRateBps, termMonths, graceMonths, startDate) => {
          const t = { principalCents, annualRateBps, termMonths, graceMonths, startDate };
          const valid =
            Number.isSafeInteger(principalCents) &&
            principalCents > 0 &&
            principalCents <= LOAN_RULES.maxPrincipalCents &&
            Number.isInteger(annualRateBps) &&
            annualRateBps >= 0 &&
            annualRateBps <= LOAN_RULES.maxAnnualRateBps &&
            Number.isInteger(termMonths) &&
            termMonths >= 6 &&
            termMonths <= 60 &&
            graceMonths >= 0 &&
            graceMonths <= 6 &&
            graceMonths < termMonths &&
            isIsoDate(startDate);
          if (valid) expect(() => validateLoanTerms(t)).not.toThrow();
          else expect(() => validateLoanTerms(t)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: expect.any(String) }));
        },
      ),
      runs(1000),
    );
  });

  it('percent to basis points: exact for two decimals, refused otherwise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (bps) => {
        expect(percentToBps(bps / 100)).toBe(bps);
      }),
      runs(),
    );
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, 3.255, 0.001)), (p) => {
        try {
          const bps = percentToBps(p);
          expect(Number.isInteger(bps)).toBe(true);
          expect(Math.abs(p * 100 - bps)).toBeLessThanOrEqual(1e-6);
        } catch (e) {
          expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'annualRatePercent' });
        }
      }),
      runs(),
    );
  });

  it('grant funding: investments ≤ €6,000 and services ≤ €2,000 in whole cents, the amount their sum', () => {
    const cents = fc.oneof(fc.integer({ min: -100, max: 900_000 }), fc.double(), fc.constant(null));
    fc.assert(
      fc.property(cents, cents, (investmentCents, servicesCents) => {
        const t = { kind: FundingKind.GRANT, investmentCents, servicesCents };
        const i = investmentCents ?? 0;
        const s = servicesCents ?? 0;
        const ok =
          Number.isInteger(i) &&
          Number.isInteger(s) &&
          i >= 0 &&
          s >= 0 &&
          i <= GRANT_INVESTMENT_MAX_CENTS &&
          s <= GRANT_SERVICES_MAX_CENTS &&
          i + s >= 1;
        if (ok) expect(validateFunding(t)).toMatchObject({ amountCents: i + s, investmentCents: i, servicesCents: s });
        else
          expect(() => validateFunding(t)).toThrow(
            expect.objectContaining({ code: 'BAD_USER_INPUT', field: expect.stringMatching(/^funding\./) }),
          );
      }),
      runs(1000),
    );
  });
});

describe('attendance CSV rows (training import)', () => {
  const cell = fc
    .string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_ ,;"'), minLength: 1, maxLength: 20 })
    .filter((s) => s.trim().length > 0);
  const hours = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }), fc.boolean());
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

  it('reads back every well-formed row, whatever the delimiter, quoting, line ends and BOM', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, hours), { minLength: 1, maxLength: 30 }),
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (rows, delimiter, eol, bom) => {
          const header = ['codice_fiscale', 'session_code', 'hours'].join(delimiter);
          const lines = rows.map(([p, s, [h, dec, comma]]) =>
            [quote(p), quote(s), dec === undefined ? String(h) : `${h}${comma ? ',' : '.'}${String(dec).padStart(2, '0')}`]
              .map((v, i) => (i === 2 && comma && dec !== undefined ? quote(v) : v))
              .join(delimiter),
          );
          const csv = `${bom ? '\uFEFF' : ''}${header}${eol}${lines.join(eol)}${eol}`;
          const parsed = parseAttendanceCsv(csv);
          expect(parsed.problems).toEqual([]);
          expect(parsed.rows.map((r) => [r.person, r.session, r.minutes])).toEqual(
            rows.map(([p, s, [h, dec]]) => [p.trim(), s.trim(), Math.round((h + (dec ?? 0) / 100) * 60)]),
          );
        },
      ),
      runs(),
    );
  });

  it('never throws on any text: each data line is either a row or reported with its line number and field', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileString,
          fc
            .array(fc.oneof(hostileString, fc.constant('cf,session,hours'), fc.constant('X,S1,2,5')), { maxLength: 20 })
            .map((l) => l.join('\n')),
        ),
        (csv) => {
          const { rows, problems } = parseAttendanceCsv(csv);
          for (const r of rows) {
            expect(Number.isInteger(r.minutes)).toBe(true);
            expect(r.minutes).toBeGreaterThanOrEqual(0);
            expect(problems.some((p) => p.line === r.line)).toBe(false);
          }
          for (const p of problems) {
            expect(['person', 'session', 'hours', 'csv']).toContain(p.field);
            expect(p.reason.length).toBeLessThan(200);
          }
        },
      ),
      runs(500),
    );
  });

  it('hours: whole minutes for up to 3 digits and 2 decimals, null for anything else', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const m = parseHoursToMinutes(s);
        if (m !== null) expect(Number.isInteger(m) && m >= 0 && m <= 999.99 * 60 + 1).toBe(true);
      }),
      runs(1000),
    );
    expect(readCsv('x,y\n"a,b",c')).toMatchObject({ ok: true, records: [{ line: 2, cells: ['a,b', 'c'] }] });
  });
});
