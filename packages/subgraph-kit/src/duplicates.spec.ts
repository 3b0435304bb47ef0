import { describe, expect, it } from 'vitest';
import { duplicateConflict, existingIdOf, parseKey, splitTopLevel } from './duplicates.js';

const EXCLUSION =
  "Key (beneficiary_id, company_id, type, daterange(start_date, COALESCE(end_date, start_date), '[]'::text), id)=(b1, c1, STAGE, [2026-05-01,2026-10-01), n1) conflicts with existing key (beneficiary_id, company_id, type, daterange(start_date, COALESCE(end_date, start_date), '[]'::text), id)=(b1, c1, STAGE, [2026-03-01,2026-07-01), e1).";
const UNIQUE = 'Key (loan_id, paid_on, amount_cents)=(l1, 2026-02-02, 10000) already exists.';
const error = (code: string, detail: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error('dup'), { code, detail, ...extra });

describe('natural duplicates: reading what PostgreSQL says', () => {
  it('splits at top-level commas only (calls and ranges keep theirs)', () => {
    expect(splitTopLevel("a, f(b, c), [x,y), 'z'")).toEqual(['a', 'f(b, c)', '[x,y)', "'z'"]);
  });

  it('reads the new and the existing key of an exclusion violation', () => {
    expect(parseKey(EXCLUSION)?.values).toEqual(['b1', 'c1', 'STAGE', '[2026-05-01,2026-10-01)', 'n1']);
    const existing = parseKey(EXCLUSION, 'existing');
    expect(existing?.columns[3]).toBe("daterange(start_date, COALESCE(end_date, start_date), '[]'::text)");
    expect(existing?.values).toEqual(['b1', 'c1', 'STAGE', '[2026-03-01,2026-07-01)', 'e1']);
    expect(parseKey('no key here')).toBeNull();
  });

  it('names the existing record: from the exclusion detail, or by looking the unique key up', async () => {
    const queries: { sql: string; params: unknown[] }[] = [];
    const query = async (sql: string, params: unknown[]) => (queries.push({ sql, params }), [{ id: 'e2' }]);
    expect(await existingIdOf(error('23P01', EXCLUSION), query)).toBe('e1');
    expect(queries).toEqual([]);
    expect(await existingIdOf(error('23505', UNIQUE, { schema: 'finance', table: 'loan_repayment' }), query)).toBe('e2');
    expect(queries).toEqual([
      {
        sql: 'select "id"::text as "id" from "finance"."loan_repayment" where "loan_id"::text = ? and "paid_on"::text = ? and "amount_cents"::text = ? limit 1',
        params: ['l1', '2026-02-02', '10000'],
      },
    ]);
    // Nothing safe to look up with: no id rather than a guess.
    expect(await existingIdOf(error('23505', UNIQUE, { schema: 'finance', table: 'bad"name' }), query)).toBeNull();
    expect(await existingIdOf(error('23505', 'Key (lower(name))=(x) already exists.', { schema: 's', table: 't' }), query)).toBeNull();
  });

  it('becomes CONFLICT with the existing id, the constraint and a message (its own when the subgraph gives one)', () => {
    const dup = Object.assign(error('23505', UNIQUE, { table: 'loan_repayment', constraint: 'loan_repayment_same_payment_unique' }), {
      existingId: 'e2',
    });
    expect(duplicateConflict(dup)).toEqual({
      message: 'A loan repayment with the same loanId, paidOn, amountCents already exists',
      extensions: { code: 'CONFLICT', reason: 'DUPLICATE', constraint: 'loan_repayment_same_payment_unique', existingId: 'e2' },
    });
    expect(
      duplicateConflict(dup, { loan_repayment_same_payment_unique: { message: 'Already recorded', field: 'amountCents' } }).extensions,
    ).toMatchObject({ field: 'amountCents' });
    expect(duplicateConflict(Object.assign(error('23P01', EXCLUSION, { table: 'placement' }), { existingId: 'e1' }))).toMatchObject({
      message: 'It overlaps an existing placement',
      extensions: { reason: 'OVERLAPS_EXISTING', existingId: 'e1' },
    });
  });
});
