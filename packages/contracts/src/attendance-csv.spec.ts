import { describe, expect, it } from 'vitest';
import { ATTENDANCE_CSV_COLUMNS, attendanceCsvColumns, attendanceCsvDelimiter } from './attendance-csv.js';

describe('attendance CSV columns', () => {
  it('finds each column by any of its names, in any case, and says which are missing', () => {
    expect(attendanceCsvColumns(['CF', ' Date ', 'Ore'])).toEqual({ person: 0, session: 1, hours: 2 });
    expect(attendanceCsvColumns(['hours', 'enrolment_id', 'session_code'])).toEqual({ person: 1, session: 2, hours: 0 });
    expect(attendanceCsvColumns(['name', 'session'])).toEqual({ person: -1, session: 1, hours: -1 });
    // The Italian header the training portal suggests.
    expect(attendanceCsvColumns(['Codice fiscale', 'Lezione', 'Ore presenti'.replace(' ', '_')])).toEqual({
      person: 0,
      session: 1,
      hours: 2,
    });
    expect(attendanceCsvColumns(['codice_fiscale', 'lezione', 'ore'])).toEqual({ person: 0, session: 1, hours: 2 });
    for (const [column, names] of Object.entries(ATTENDANCE_CSV_COLUMNS))
      for (const n of names) expect(attendanceCsvColumns([n.toUpperCase()])[column as 'person']).toBe(0);
  });

  it('takes the delimiter from the header', () => {
    expect(attendanceCsvDelimiter('cf;date;ore')).toBe(';');
    expect(attendanceCsvDelimiter('cf,date,ore')).toBe(',');
  });
});
