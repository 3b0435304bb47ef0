import type { ReasonTable } from './reason.js';

/** Error reasons raised by the gateway: reason → code and English message (`{param}` placeholders). */
export const GATEWAY_ERRORS = {
  AUTHORIZATION_HEADER_MALFORMED: { code: 'UNAUTHENTICATED', message: 'Authorization header must be "Bearer <token>"' },
  FILE_SERVICE_UNAVAILABLE: { code: 'BAD_GATEWAY', message: 'File service unavailable' },
  FILE_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'Files are limited to {maxMib} MiB' },
  INCREMENTAL_DELIVERY_UNSUPPORTED: { code: 'BAD_USER_INPUT', message: 'Incremental delivery is not supported over WebSocket' },
  LIVE_UPDATES_UNAVAILABLE: { code: 'SUBSCRIPTION_UPSTREAM_FAILED', message: 'Live updates are unavailable' },
  NUL_CHARACTER: { code: 'BAD_USER_INPUT', message: '"{field}" contains a NUL character (\\u0000), which is not allowed in text' },
  ONCE_PER_OPERATION: { code: 'BAD_USER_INPUT', message: '{fieldName} may be called once per request (found {count})' },
  SESSION_CROSS_SITE: { code: 'FORBIDDEN', message: 'Session calls come from the portal itself' },
  SESSION_METHOD_NOT_ALLOWED: { code: 'BAD_REQUEST', message: 'Use PUT, POST or DELETE' },
  SESSION_PORTAL_UNKNOWN: { code: 'NOT_FOUND', message: 'No such portal session' },
  SESSION_UNAVAILABLE: { code: 'SERVICE_UNAVAILABLE', message: 'The session cannot be renewed right now: try again' },
  PAGE_SIZE_OUT_OF_RANGE: {
    code: 'BAD_USER_INPUT',
    message: '"{argument}" of {fieldName} must be a whole number from {min} to {max} (got {value})',
  },
  TOO_MANY_ALIASES: { code: 'GRAPHQL_VALIDATION_FAILED', message: 'Too many aliases in one request: the limit is {limit}' },
  TOO_MANY_DIRECTIVES: { code: 'GRAPHQL_VALIDATION_FAILED', message: 'Too many directives in one request: the limit is {limit}' },
  NOT_A_SUBSCRIPTION: { code: 'BAD_USER_INPUT', message: 'Not a subscription operation' },
  QUERY_TOO_COSTLY: { code: 'QUERY_TOO_COSTLY', message: 'Query is too expensive: cost {cost}, limit {maxCost}' },
  QUERY_TOO_DEEP: { code: 'QUERY_TOO_DEEP', message: 'Query is too deep: depth {depth}, limit {maxDepth}' },
  SERVICE_UNAVAILABLE: {
    code: 'SERVICE_UNAVAILABLE',
    message: 'The {serviceName} service is not available right now; the other data in this answer is complete',
  },
  SUBGRAPH_REFUSED: { code: 'BAD_USER_INPUT', message: 'The request was refused' },
  SUBSCRIPTION_NOT_PLANNABLE: { code: 'BAD_USER_INPUT', message: 'This subscription cannot be planned' },
  TOKEN_EXPIRED: { code: 'UNAUTHENTICATED', message: 'Your session has expired: log in again' },
  TOKEN_INVALID: { code: 'UNAUTHENTICATED', message: 'Invalid access token' },
  IDEMPOTENCY_KEY_IN_PROGRESS: {
    code: 'CONFLICT',
    message: 'A call with this Idempotency-Key is still running: retry later with the same key',
  },
  IDEMPOTENCY_KEY_REUSED: {
    code: 'BAD_USER_INPUT',
    message: 'This Idempotency-Key was already used for a different request: send a new key for a new request',
  },
  IDEMPOTENCY_KEY_INVALID: {
    code: 'BAD_USER_INPUT',
    message: 'The Idempotency-Key header must be 1 to 255 visible ASCII characters (e.g. a UUID)',
  },
} as const satisfies ReasonTable;
