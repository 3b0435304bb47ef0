import { describe, expect, it } from 'vitest';
import { safeErrorForLog } from './log-safe.js';

describe('safeErrorForLog', () => {
  it('drops the SQL and values of database errors', () => {
    const err = Object.assign(
      new Error(
        'insert into "people"."beneficiary" ("codice_fiscale") values (\'RSSMRA85T10A562S\') - duplicate key value violates unique constraint',
      ),
      {
        name: 'UniqueConstraintViolationException',
        code: '23505',
        constraint: 'beneficiary_codice_fiscale_unique',
        table: 'beneficiary',
      },
    );
    const logged = JSON.stringify(safeErrorForLog(err));
    expect(logged).not.toContain('RSSMRA85T10A562S');
    expect(logged).toContain('23505');
    expect(logged).toContain('beneficiary_codice_fiscale_unique');
  });

  it('keeps class and message of other errors, never more than 300 characters', () => {
    const logged = safeErrorForLog(new TypeError('x'.repeat(1000)));
    expect(logged.error).toBe('TypeError');
    expect(String(logged.message).length).toBe(300);
  });
});
