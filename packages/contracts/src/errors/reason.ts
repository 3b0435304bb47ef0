/** Stable error codes clients can rely on (`extensions.code`): the family of an error. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ILLEGAL_TRANSITION'
  | 'LIMIT_EXCEEDED'
  | 'INTERNAL_SERVER_ERROR'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COSTLY'
  | 'SERVICE_UNAVAILABLE'
  | 'SUBSCRIPTION_UPSTREAM_FAILED'
  | 'PAYLOAD_TOO_LARGE'
  | 'BAD_REQUEST'
  | 'BAD_GATEWAY'
  | 'GRAPHQL_VALIDATION_FAILED';

/** One reason: its code and its English message, with `{param}` placeholders for `extensions.params`. */
export interface ReasonDefinition {
  readonly code: ErrorCode;
  readonly message: string;
}
export type ReasonTable = Record<string, ReasonDefinition>;

/** The names of the `{param}` placeholders of a message. */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | PlaceholdersOf<Rest> : never;

/** A parameter value: numbers stay numbers (counts, cents, seconds), the rest are strings (codes, ISO dates, names). */
export type ErrorParamValue = string | number;
