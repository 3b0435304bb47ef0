import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { duplicateConflict, isDuplicateViolation, type DuplicateMessages } from './duplicates.js';
import { ERROR_REASONS, errorMessage, type ErrorCode, type ErrorParams, type ErrorParamValue, type ErrorReason } from '@ixl/contracts';

export type { ErrorCode, ErrorParams, ErrorReason } from '@ixl/contracts';

type Details = Record<string, unknown>;
/** A reason's parameters: optional when its message has no placeholders. */
export type ReasonArgs<R extends ErrorReason> = [keyof ErrorParams<R>] extends [never]
  ? [params?: Readonly<Record<string, never>>]
  : [params: ErrorParams<R>];

/**
 * The one error type of the domain: a stable reason from the registry in `@ixl/contracts` (`extensions.reason`),
 * its parameters (`extensions.params`), the code of its family (`extensions.code`), the input field at fault,
 * and the English message built from the reason (what portals never parse: they translate the reason).
 */
export class DomainError<R extends ErrorReason = ErrorReason> extends Error {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, ErrorParamValue>>;
  constructor(
    readonly reason: R,
    params: ErrorParams<R> | Readonly<Record<string, never>>,
    readonly field?: string,
    /** Extra machine-readable facts kept at the top of `extensions` (e.g. `availableCents`). */
    readonly details?: Details,
  ) {
    const values = params as Readonly<Record<string, ErrorParamValue>>;
    super(errorMessage(reason, values));
    this.name = 'DomainError';
    this.code = ERROR_REASONS[reason].code;
    this.params = values;
  }

  /** The `extensions` of the GraphQL error. */
  extensions(): Record<string, unknown> {
    return {
      ...(this.details ?? {}),
      code: this.code,
      reason: this.reason,
      params: this.params,
      ...(this.field ? { field: this.field } : {}),
    };
  }
}

/** Bad input on `field`. */
export function badInput<R extends ErrorReason>(
  field: string,
  reason: R,
  ...[params, details]: [...ReasonArgs<R>, Details?]
): DomainError<R> {
  return new DomainError(reason, (params ?? {}) as ErrorParams<R>, field, details);
}
/** Something that does not exist (or that the caller may not know exists). */
export function notFound<R extends ErrorReason>(reason: R, ...[params]: ReasonArgs<R>): DomainError<R> {
  return new DomainError(reason, (params ?? {}) as ErrorParams<R>);
}
/** The caller may not do this; without a reason, the generic NOT_ALLOWED. */
export function forbidden<R extends ErrorReason = 'NOT_ALLOWED'>(reason?: R, ...[params]: ReasonArgs<R>): DomainError<R> {
  return new DomainError((reason ?? 'NOT_ALLOWED') as R, (params ?? {}) as ErrorParams<R>);
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401 };

/**
 * Maps every error leaving a subgraph to a safe GraphQL error: domain errors keep code, reason, params, message and
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
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: original.extensions() };
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
    const bad = new DomainError('VALUE_WRONG_FORMAT', {});
    return { message: bad.message, path: formatted.path, extensions: bad.extensions() };
  }
  log(original);
  const internal = new DomainError('INTERNAL', {});
  return { message: internal.message, path: formatted.path, extensions: internal.extensions() };
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
  return new GraphQLError(err.message, { extensions: { ...err.extensions(), http: { status: HTTP_STATUS[err.code] ?? 200 } } });
}
