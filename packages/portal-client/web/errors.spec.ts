import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { apiErrors, formErrors, isUnauthenticated } from './errors.js';

const graphqlErrors = (...errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe('API errors for forms', () => {
  it('reads code and field from extensions', () => {
    const error = graphqlErrors(
      { message: 'Enter a valid email address', extensions: { code: 'BAD_USER_INPUT', field: 'email' } },
      { message: 'Nope', extensions: { code: 'FORBIDDEN' } },
    );
    expect(apiErrors(error)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'email', message: 'Enter a valid email address' },
      { code: 'FORBIDDEN', field: undefined, message: 'Nope' },
    ]);
  });

  it('puts each error next to its field (dotted input paths too) and the rest above the form', () => {
    const errors = apiErrors(
      graphqlErrors(
        { message: 'Bad email', extensions: { code: 'BAD_USER_INPUT', field: 'input.email' } },
        { message: 'Second email error', extensions: { code: 'BAD_USER_INPUT', field: 'email' } },
        { message: 'Unknown field', extensions: { code: 'BAD_USER_INPUT', field: 'somethingElse' } },
        { message: 'Boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ),
    );
    const split = formErrors(errors, ['email', 'password']);
    expect(split.fields).toEqual({ email: 'Bad email' });
    expect(split.general.map((g) => g.message)).toEqual(['Second email error', 'Unknown field', 'Boom']);
  });

  it('recognises an ended session: UNAUTHENTICATED or HTTP 401', () => {
    expect(isUnauthenticated(graphqlErrors({ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }))).toBe(true);
    expect(isUnauthenticated(graphqlErrors({ message: 'x', extensions: { code: 'FORBIDDEN' } }))).toBe(false);
    const response = new Response('{}', { status: 401 });
    expect(isUnauthenticated(new ServerError('Unauthorized', { response, bodyText: '{}' }))).toBe(true);
    expect(isUnauthenticated(new ServerError('Bad gateway', { response: new Response('', { status: 502 }), bodyText: '' }))).toBe(false);
  });

  it('reports a network failure as NETWORK', () => {
    expect(apiErrors(new TypeError('Failed to fetch'))).toEqual([{ code: 'NETWORK', message: 'Failed to fetch' }]);
    expect(apiErrors(undefined)).toEqual([]);
  });
});
