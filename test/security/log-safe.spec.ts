import { describe, expect, it } from 'vitest';
import { safeErrorForLog } from '@ixl/subgraph-kit';

describe('no personal data in error logs (subgraph-kit safeErrorForLog)', () => {
  it('drops SQL values even when the statement spans several lines of the stack', () => {
    // MikroORM puts the whole multi-line statement in the message, so it is also at the top of `stack`.
    const message = `insert into "people"."beneficiary" ("codice_fiscale", "email")\n values ('RSSMRA85T10A562S', 'mario.rossi@example.org')\n - duplicate key value violates unique constraint "beneficiary_codice_fiscale_unique"`;
    const err = Object.assign(new Error(message), { name: 'UniqueConstraintViolationException', code: '23505' });
    err.stack = `UniqueConstraintViolationException: ${message}\n    at PostgreSqlExceptionConverter.convertException (node_modules/x.js:1:1)\n    at register (subgraphs/people/src/services/registration.service.ts:10:5)`;
    const logged = JSON.stringify(safeErrorForLog(err));
    expect(logged).not.toContain('RSSMRA85T10A562S');
    expect(logged).not.toContain('mario.rossi@example.org');
    expect(logged).toContain('registration.service.ts');
  });
});
