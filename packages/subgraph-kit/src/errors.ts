import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** Stable error codes clients can rely on (`extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ILLEGAL_TRANSITION'
  | 'LIMIT_EXCEEDED'
  | 'INTERNAL_SERVER_ERROR';

/** The one error type of the domain: a code, a message for people, and the input field at fault. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, field, details);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new DomainError('FORBIDDEN', message);

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401 };

/**
 * Maps every error leaving a subgraph to a safe GraphQL error: domain errors keep code, message and
 * field; GraphQL validation errors pass through; anything else becomes a generic internal error
 * (logged server-side, never a stack trace or SQL to the client).
 */
export function formatSubgraphError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), ...(original.details ?? {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && code && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log(original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export function toGraphQLError(err: DomainError): GraphQLError {
  return new GraphQLError(err.message, {
    extensions: { code: err.code, ...(err.field ? { field: err.field } : {}), http: { status: HTTP_STATUS[err.code] ?? 200 } },
  });
}
