import { describe, expect, it } from 'vitest';
import { parseAttendanceCsv, parseHoursToMinutes } from './attendance-csv.js';
import { ratePercent } from './rates.rules.js';
import { computeSettlement } from './settlement.rules.js';

describe('ratePercent (one decimal, half up, as the reports print it)', () => {
  it.each([
    [41, 22, 186.4],
    [20, 22, 90.9],
    [24, 14, 171.4],
    [9, 14, 64.3],
    [12, 14, 85.7],
    [8, 14, 57.1],
    [21, 12, 175],
    [6, 12, 50],
    [21, 6, 350],
    [6, 6, 100],
    [5, 6, 83.3],
    [1, 8, 12.5],
    [1, 16, 6.3],
    [0, 0, 0],
  ])('%i / %i = %f%%', (n, d, expected) => {
    expect(ratePercent(n, d)).toBe(expected);
  });
});

describe('computeSettlement', () => {
  const base = { totalCostCents: 1_960_000, atRiskBps: 3000, targetBps: 8000, achievedCount: 9, population: 14 };
  it('PROPORTIONAL pays at risk × achieved ÷ target, rounded once to the cent', () => {
    // at risk 588,000; 9/14 ÷ 80% = 0.803571… → 472,500
    expect(computeSettlement({ ...base, mode: 'PROPORTIONAL' })).toEqual({
      atRiskCents: 588_000,
      payableCents: 472_500,
      withheldCents: 115_500,
      targetMet: false,
    });
  });
  it('ALL_OR_NOTHING pays nothing below the target and everything at or above it', () => {
    expect(computeSettlement({ ...base, mode: 'ALL_OR_NOTHING' })).toEqual({
      atRiskCents: 588_000,
      payableCents: 0,
      withheldCents: 588_000,
      targetMet: false,
    });
    expect(computeSettlement({ ...base, targetBps: 6429, mode: 'ALL_OR_NOTHING' }).payableCents).toBe(0);
    expect(computeSettlement({ ...base, targetBps: 6428, mode: 'ALL_OR_NOTHING' }).payableCents).toBe(588_000);
  });
  it('caps the proportional share at 100% and rounds half up', () => {
    expect(computeSettlement({ ...base, achievedCount: 14, mode: 'PROPORTIONAL' }).payableCents).toBe(588_000);
    // 1 cent total, 30% → 0.3 → 0; 2 cents → 0.6 → 1
    expect(computeSettlement({ ...base, totalCostCents: 1, mode: 'PROPORTIONAL' }).atRiskCents).toBe(0);
    expect(computeSettlement({ ...base, totalCostCents: 5, mode: 'PROPORTIONAL' }).atRiskCents).toBe(2);
    // 7 cents at risk × (1/3 ÷ 1/2) = 4.67 → 5
    expect(
      computeSettlement({ totalCostCents: 7, atRiskBps: 10000, targetBps: 5000, achievedCount: 1, population: 3, mode: 'PROPORTIONAL' }),
    ).toEqual({ atRiskCents: 7, payableCents: 5, withheldCents: 2, targetMet: false });
  });
  it('pays nothing for an empty population', () => {
    expect(computeSettlement({ ...base, achievedCount: 0, population: 0, mode: 'PROPORTIONAL' }).payableCents).toBe(0);
  });
});

describe('attendance CSV parsing', () => {
  it('reads comma or semicolon files, quotes and decimal commas', () => {
    const { rows, problems } = parseAttendanceCsv(
      'codice_fiscale;session;ore\r\nRSSGLI80A41A944X;2026-01-12;2,5\n\nRSSGLI80A41A944X;2026-01-19;4\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, person: 'RSSGLI80A41A944X', session: '2026-01-12', minutes: 150 },
      { line: 4, person: 'RSSGLI80A41A944X', session: '2026-01-19', minutes: 240 },
    ]);
  });
  it('reports every bad row with its line and field', () => {
    const { rows, problems } = parseAttendanceCsv('person,session,hours\n,S1,2\nX,,abc\nY,S1,-1\nZ,S1,1.234\nW,S1,3');
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([
      { line: 2, field: 'person', reason: 'Person is missing', reasonCode: 'ATTENDANCE_PERSON_MISSING', params: {} },
      { line: 3, field: 'session', reason: 'Session is missing', reasonCode: 'ATTENDANCE_SESSION_MISSING', params: {} },
      expect.objectContaining({ line: 3, field: 'hours' }),
      expect.objectContaining({ line: 4, field: 'hours' }),
      expect.objectContaining({ line: 5, field: 'hours' }),
    ]);
  });
  it('keeps a quoted line break inside its field and reports later rows at their physical line', () => {
    const { rows, problems } = parseAttendanceCsv('person,session,hours\r\n"RSSGLI80A41A944X\r\n(note)",S1,2\r\nX,S1,tre\r\n');
    expect(rows).toEqual([{ line: 2, person: 'RSSGLI80A41A944X\r\n(note)', session: 'S1', minutes: 120 }]);
    expect(problems).toEqual([expect.objectContaining({ line: 4, field: 'hours' })]);
  });
  it('reports a quote never closed as a problem of the file, at the line where the record starts', () => {
    const { rows, problems } = parseAttendanceCsv('person;session;hours\nA;S1;2\n"B;S1;2\nC;S1;3');
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      {
        line: 3,
        field: 'csv',
        reason: 'The file is not valid CSV: a quoted field is never closed',
        reasonCode: 'ATTENDANCE_CSV_QUOTE_NOT_CLOSED',
        params: {},
      },
    ]);
  });
  it('reads a file with the Italian header the portal suggests', () => {
    const { rows, problems } = parseAttendanceCsv('codice_fiscale;lezione;ore\nRSSMRA80A01A944X;S001;2,5');
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ line: 2, person: 'RSSMRA80A01A944X', session: 'S001', minutes: 150 }]);
  });
  it('rejects a header without the needed columns', () => {
    const { rows, problems } = parseAttendanceCsv('name,when\nA,B');
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.field)).toEqual(['person', 'session', 'hours']);
  });
  it('parses hours to minutes', () => {
    expect(parseHoursToMinutes('0')).toBe(0);
    expect(parseHoursToMinutes('3.75')).toBe(225);
    expect(parseHoursToMinutes('1e2')).toBeNull();
  });
});
