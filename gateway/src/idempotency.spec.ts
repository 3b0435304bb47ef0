import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { canonicalJson, isFinal, mutationOf, requestHash } from './idempotency.js';

describe('Idempotency-Key: what counts as the same request', () => {
  it('hashes the operation as printed and the variables in any key order', () => {
    const a = requestHash({ variables: { i: { x: 1, y: [1, { b: 2, a: 1 }] } } }, parse('mutation M($i: In!) { m(i: $i) { id } }'));
    const b = requestHash(
      { variables: { i: { y: [1, { a: 1, b: 2 }], x: 1 } } },
      parse('mutation M($i: In!) {\n  m(i: $i) {\n    id\n  }\n}'),
    );
    expect(a).toBe(b);
    expect(requestHash({ variables: { i: { x: 2 } } }, parse('mutation M($i: In!) { m(i: $i) { id } }'))).not.toBe(a);
    expect(canonicalJson({ b: undefined, a: null })).toBe('{"a":null}');
  });

  it('finds the mutation a body runs (by operationName when there are several), never a query', () => {
    expect(mutationOf({ query: 'mutation { a }' })?.operation.operation).toBe('mutation');
    expect(mutationOf({ query: '{ a }' })).toBeNull();
    expect(mutationOf({ query: 'query Q { a } mutation M { b }', operationName: 'M' })?.operation.name?.value).toBe('M');
    expect(mutationOf({ query: 'query Q { a } mutation M { b }', operationName: 'Q' })).toBeNull();
    expect(mutationOf({ query: 'query Q { a } mutation M { b }' })).toBeNull();
    expect(mutationOf({ query: 'not graphql' })).toBeNull();
    expect(mutationOf('a string')).toBeNull();
  });

  it('stores answers, not transient failures', () => {
    const body = (errors?: unknown[]) => JSON.stringify({ data: errors ? null : { a: 1 }, ...(errors ? { errors } : {}) });
    expect(isFinal({ status: 200, headers: [], body: body() })).toBe(true);
    expect(isFinal({ status: 200, headers: [], body: body([{ extensions: { code: 'CONFLICT' } }]) })).toBe(true);
    expect(isFinal({ status: 400, headers: [], body: body([{ extensions: { code: 'BAD_USER_INPUT' } }]) })).toBe(true);
    expect(isFinal({ status: 200, headers: [], body: body([{ extensions: { code: 'SERVICE_UNAVAILABLE' } }]) })).toBe(false);
    expect(isFinal({ status: 200, headers: [], body: body([{ message: 'no code' }]) })).toBe(false);
    expect(isFinal({ status: 500, headers: [], body: body() })).toBe(false);
    expect(isFinal({ status: 401, headers: [], body: body() })).toBe(false);
    expect(isFinal({ status: 200, headers: [], body: 'not json' })).toBe(false);
  });
});
