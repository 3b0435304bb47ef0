import { describe, expect, it } from 'vitest';
import { TRAINING_MESSAGES } from '../src/messages.js';
import { describeError, formatMessage } from '@ixl/ui';
import { ERROR_CATALOG } from '@ixl/ui/catalogues';
import { MAX_CSV_CHARS, precheckAttendanceCsv } from '../src/features/attendance/attendance-csv.js';

describe('attendance CSV pre-check (before the file is sent)', () => {
  it('accepts a header with the three columns (any accepted alias, either separator, BOM, quotes) and counts the data rows', () => {
    expect(precheckAttendanceCsv('person,session,hours\nRSSMRA80A01A944I,2026-10-05,4\n\nBNCLRA85M41A944X,2026-10-05,3.5\n')).toEqual({
      problems: [],
      dataRows: 2,
    });
    expect(precheckAttendanceCsv('\uFEFF"Codice_Fiscale";"date";"ore"\r\nX;2026-10-05;4\r\n')).toEqual({ problems: [], dataRows: 1 });
  });

  it('counts records as the API does: a quoted line break stays in its row, Windows line ends, `;` or `,`', () => {
    expect(precheckAttendanceCsv('person,session,hours\r\n"RSSMRA80A01A944I\r\nnota",2026-10-05,4\r\n\r\nX,2026-10-05,"3,5"\r\n')).toEqual({
      problems: [],
      dataRows: 2,
    });
    expect(precheckAttendanceCsv('person;session;hours\nA;S1;2\n"B;S1;2\nC;S1;3')).toEqual({
      problems: [{ key: 'import.precheck.malformed', params: { line: 3 } }],
      dataRows: 0,
    });
    expect(TRAINING_MESSAGES.it['import.precheck.malformed']).toBeTruthy();
    expect(TRAINING_MESSAGES.en['import.precheck.malformed']).toBeTruthy();
  });

  it('names each missing column with the names that are accepted', () => {
    const { problems } = precheckAttendanceCsv('person;hours\nX;4');
    expect(problems).toEqual([
      {
        key: 'import.precheck.missingColumn',
        params: { column: 'session', names: 'lezione / codice_lezione / session / session_code / session_id / date' },
      },
    ]);
    const [missing] = precheckAttendanceCsv('codice_fiscale;ore\nX;4').problems;
    expect(missing && formatMessage(TRAINING_MESSAGES.it[missing.key] ?? '', 'it', missing.params)).toBe(
      'Nell’intestazione manca la colonna della lezione (nomi accettati: lezione / codice_lezione / session / session_code / session_id / date).',
    );
    expect(precheckAttendanceCsv('nome,cognome\nA,B').problems.map((p) => p.params?.column)).toEqual(['person', 'session', 'hours']);
  });

  it('refuses an empty file, a header without rows, a binary file and one over the API limit', () => {
    expect(precheckAttendanceCsv('').problems).toEqual([{ key: 'import.precheck.empty' }]);
    expect(precheckAttendanceCsv('person,session,hours\n\n').problems).toEqual([{ key: 'import.precheck.noRows' }]);
    expect(precheckAttendanceCsv('%PDF-1.7\u0000\u0001').problems).toEqual([{ key: 'import.precheck.notText' }]);
    expect(precheckAttendanceCsv(`person,session,hours\n${'x'.repeat(MAX_CSV_CHARS)}`).problems[0]?.key).toBe('import.precheck.tooLarge');
  });
});

describe('the API row reasons and outcome refusals in the user’s language (from reason codes, never from English text)', () => {
  const catalog = { it: { ...ERROR_CATALOG.it, ...TRAINING_MESSAGES.it }, en: { ...ERROR_CATALOG.en, ...TRAINING_MESSAGES.en } };
  it.each([
    ['ATTENDANCE_UNKNOWN_PERSON', { value: 'XXXXXX00X00X000X' }, 'Persona «XXXXXX00X00X000X» non iscritta a questa edizione'],
    ['ATTENDANCE_HOURS_EXCEED_SESSION', { hours: 2.5, sessionHours: 2 }, 'Ore presenti (2,5) oltre la durata della lezione (2)'],
    ['ATTENDANCE_DUPLICATE_ROW', { line: 2 }, 'Riga doppia: stessa persona e lezione della riga 2'],
    ['ATTENDANCE_CSV_QUOTE_NOT_CLOSED', {}, 'Il file non è un CSV valido: un campo tra virgolette non viene mai chiuso.'],
    [
      'ATTENDANCE_HEADER_MISSING_COLUMN',
      { column: 'hours', names: 'ore / ore_presenti / hours / hours_present' },
      'Nell’intestazione manca la colonna delle ore presenti (nomi accettati: ore / ore_presenti / hours / hours_present)',
    ],
    ['DROP_OUT_DATE_OUTSIDE_EDITION', {}, 'La data del ritiro deve cadere durante l’edizione.'],
    ['QUALIFICATION_NEEDS_COMPLETION', {}, 'La qualifica si ottiene completando il corso.'],
  ])('%s', (reason, params, italian) => {
    expect(describeError(catalog, 'it', { code: 'BAD_USER_INPUT', reason, params })).toBe(italian);
    expect(describeError(catalog, 'en', { code: 'BAD_USER_INPUT', reason, params })).not.toBe(italian);
  });

  it('describes an unknown reason by its code, never as raw text', () => {
    expect(describeError(catalog, 'it', { code: 'BAD_USER_INPUT', reason: 'SOMETHING_NEW', params: {} })).toBe(
      'Controlla i dati inseriti.',
    );
  });
});
