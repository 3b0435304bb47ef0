import { ERROR_REASONS, type ErrorReason } from '@ixl/contracts';
import { ERROR_TEXTS_EN } from './error-texts/en.js';
import { errorCodeKey, errorReasonKey } from './error-messages.js';

const CODE_TEXTS_EN: Record<string, string> = {
  BAD_USER_INPUT: 'Please check what you entered.',
  UNAUTHENTICATED: 'Please sign in to continue.',
  FORBIDDEN: 'You do not have access to this data.',
  NOT_FOUND: 'Not found.',
  CONFLICT: 'This conflicts with data already recorded.',
  ILLEGAL_TRANSITION: 'This step is not allowed in the current state.',
  LIMIT_EXCEEDED: 'A limit has been exceeded.',
  RATE_LIMITED: 'Too many attempts: try again in a few minutes.',
  NETWORK: 'The service is not answering. Try again shortly.',
  SERVICE_UNAVAILABLE: 'A service is not available right now: some data is missing.',
  INTERNAL_SERVER_ERROR: 'Something went wrong. Please try again.',
};

/**
 * The English texts of the errors (see ERROR_MESSAGES_IT): `ERROR_TEXTS_EN` where the API's message (written for
 * developers) would not do, else the registry's message. Loaded only when English is chosen.
 */
export const ERROR_MESSAGES_EN: Record<string, string> = {
  ...Object.fromEntries(Object.entries(CODE_TEXTS_EN).map(([c, text]) => [errorCodeKey(c), text])),
  ...Object.fromEntries(
    (Object.keys(ERROR_REASONS) as ErrorReason[]).map((r) => [errorReasonKey(r), ERROR_TEXTS_EN[r] ?? ERROR_REASONS[r].message]),
  ),
};
