import { describe, expect, it } from 'vitest';
import { TRAINING_MESSAGES } from '../src/messages.js';
import { MAX_CSV_CHARS, localiseImportReason, precheckAttendanceCsv } from '../src/features/attendance/attendance-csv.js';

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
      { key: 'import.precheck.missingColumn', params: { column: 'session', names: 'session / session_code / session_id / date' } },
    ]);
    expect(precheckAttendanceCsv('nome,cognome\nA,B').problems.map((p) => p.params?.column)).toEqual(['person', 'session', 'hours']);
  });

  it('refuses an empty file, a header without rows, a binary file and one over the API limit', () => {
    expect(precheckAttendanceCsv('').problems).toEqual([{ key: 'import.precheck.empty' }]);
    expect(precheckAttendanceCsv('person,session,hours\n\n').problems).toEqual([{ key: 'import.precheck.noRows' }]);
    expect(precheckAttendanceCsv('%PDF-1.7\u0000\u0001').problems).toEqual([{ key: 'import.precheck.notText' }]);
    expect(precheckAttendanceCsv(`person,session,hours\n${'x'.repeat(MAX_CSV_CHARS)}`).problems[0]?.key).toBe('import.precheck.tooLarge');
  });
});

describe('the API row reasons in the user’s language', () => {
  it.each([
    ['Unknown person "XXXXXX00X00X000X": not enrolled in this edition', 'import.reason.unknownPerson', { value: 'XXXXXX00X00X000X' }],
    ['Session "2026-13-01" is not part of this edition', 'import.reason.unknownSession', { value: '2026-13-01' }],
    ['Hours present (9) exceed the session length (4)', 'import.reason.hoursExceed', { hours: '9', length: '4' }],
    ['Duplicate row: same person and session as line 2', 'import.reason.duplicate', { line: '2' }],
    ['Hours must be a number ≥ 0 with at most 2 decimals, got "tre"', 'import.reason.badHours', { value: 'tre' }],
    ['Person is missing', 'import.reason.personMissing', {}],
    ['Header must have a hours column (hours / hours_present / ore)', 'import.reason.headerMissing', { column: 'hours' }],
    ['The file is not valid CSV: A quoted field is never closed', 'import.reason.quoteNotClosed', {}],
    ['The file is not valid CSV: A quote inside a field that is not quoted as a whole', 'import.reason.notCsv', {}],
  ])('%s', (reason, key, params) => {
    expect(localiseImportReason(reason)).toEqual({ key, params });
    // Every key it can return exists in both languages.
    expect(TRAINING_MESSAGES.it[key]).toBeTruthy();
    expect(TRAINING_MESSAGES.en[key]).toBeTruthy();
  });

  it('leaves an unknown reason to be shown as the API gave it', () => {
    expect(localiseImportReason('Something new')).toBeNull();
  });
});

describe('the API’s outcome errors in the user’s language', () => {
  it('maps each known message to a text in both languages; an unknown one stays as given', async () => {
    const { outcomeErrorKey } = await import('../src/features/outcomes/outcome-errors.js');
    for (const m of [
      'The drop-out date must fall within the edition',
      'The drop-out date (ISO) is required',
      'The drop-out reason is required',
      'A participant who dropped out obtains no qualification',
      'A qualification is obtained by completing the course',
      'Only an enrolled participant has an outcome',
    ]) {
      const key = outcomeErrorKey(m);
      expect(key).not.toBeNull();
      expect(TRAINING_MESSAGES.it[key ?? '']).toBeTruthy();
      expect(TRAINING_MESSAGES.en[key ?? '']).toBeTruthy();
    }
    expect(outcomeErrorKey('Something else')).toBeNull();
  });
});
