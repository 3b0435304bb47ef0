import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { duplicateConflict, isDuplicateViolation, type DuplicateMessages } from './duplicates.js';

/** Stable error codes clients can rely on (`extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ILLEGAL_TRANSITION'
  | 'LIMIT_EXCEEDED'
  | 'RATE_LIMITED'
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
 * field; GraphQL validation errors pass through; a unique or exclusion violation is CONFLICT naming the
 * existing record (see duplicates.ts); anything else becomes a generic internal error
 * (logged server-side, never a stack trace or SQL to the client).
 */
export function formatSubgraphError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (e: unknown) => void,
  duplicates: DuplicateMessages = {},
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isDuplicateViolation(original)) {
    // A natural duplicate refused by a unique or exclusion constraint (the transaction rolled back).
    return { ...duplicateConflict(original, duplicates), path: formatted.path, locations: formatted.locations };
  }
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
  if (isBadValueForDatabase(original)) {
    return {
      message: 'A value has the wrong format (e.g. an id that is not a UUID, or a date or number out of range)',
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  log(original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * PostgreSQL refusing a client's value for its column type (SQLSTATE class 22: not a UUID, bad date,
 * number out of range, NUL byte in text) is bad input, not a server fault; the statement is rolled back.
 */
const BAD_VALUE_STATES = new Set(['22P02', '22007', '22008', '22003', '22021', '22001', '22P05']);
function isBadValueForDatabase(err: unknown): boolean {
  const code = (err as { code?: unknown; sqlState?: unknown } | null)?.code ?? (err as { sqlState?: unknown } | null)?.sqlState;
  return err instanceof Error && typeof code === 'string' && BAD_VALUE_STATES.has(code);
}

export function toGraphQLError(err: DomainError): GraphQLError {
  return new GraphQLError(err.message, {
    extensions: { code: err.code, ...(err.field ? { field: err.field } : {}), http: { status: HTTP_STATUS[err.code] ?? 200 } },
  });
}
