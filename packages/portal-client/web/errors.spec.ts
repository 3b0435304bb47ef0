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
      { code: 'BAD_USER_INPUT', field: 'email' },
      { code: 'FORBIDDEN', field: undefined },
    ]);
  });

  it('puts each error next to its field (dotted input paths too) and the rest above the form', () => {
    const errors = apiErrors(
      graphqlErrors(
        { message: 'Bad email', extensions: { code: 'BAD_USER_INPUT', field: 'input.email', reason: 'EMAIL_INVALID', params: {} } },
        { message: 'Second email error', extensions: { code: 'BAD_USER_INPUT', field: 'email', reason: 'EMAIL_TAKEN' } },
        { message: 'Unknown field', extensions: { code: 'BAD_USER_INPUT', field: 'somethingElse', reason: 'X', params: { max: 3 } } },
        { message: 'Boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ),
    );
    // The English message is not kept: errors are described from reason and params only.
    expect(errors.map((e) => Object.keys(e).includes('message'))).toEqual([false, false, false, false]);
    expect(errors[2]).toEqual({ code: 'BAD_USER_INPUT', field: 'somethingElse', reason: 'X', params: { max: 3 } });
    const split = formErrors(errors, ['email', 'password'], (e) => `text of ${e.reason ?? e.code}`);
    expect(split.fields).toEqual({ email: 'text of EMAIL_INVALID' });
    expect(split.general.map((g) => g.reason ?? g.code)).toEqual(['EMAIL_TAKEN', 'X', 'INTERNAL_SERVER_ERROR']);
  });

  it('recognises an ended session: UNAUTHENTICATED or HTTP 401', () => {
    expect(isUnauthenticated(graphqlErrors({ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }))).toBe(true);
    expect(isUnauthenticated(graphqlErrors({ message: 'x', extensions: { code: 'FORBIDDEN' } }))).toBe(false);
    const response = new Response('{}', { status: 401 });
    expect(isUnauthenticated(new ServerError('Unauthorized', { response, bodyText: '{}' }))).toBe(true);
    expect(isUnauthenticated(new ServerError('Bad gateway', { response: new Response('', { status: 502 }), bodyText: '' }))).toBe(false);
  });

  it('reports a network failure as NETWORK', () => {
    expect(apiErrors(new TypeError('Failed to fetch'))).toEqual([{ code: 'NETWORK' }]);
    expect(apiErrors(undefined)).toEqual([]);
  });
});
