import { GraphQLError } from 'graphql';
import { ERROR_REASONS, errorMessage, type ErrorParams, type ErrorReason } from '@ixl/contracts';

/**
 * The gateway's own errors: a reason from the registry in `@ixl/contracts` (`extensions.reason`), its parameters
 * (`extensions.params`), its code and English message, plus extra `extensions` (e.g. `http`, `serviceName`).
 */
export function apiError<R extends ErrorReason>(reason: R, params: ErrorParams<R>, extensions: Record<string, unknown> = {}): GraphQLError {
  const values = params as Record<string, string | number>;
  return new GraphQLError(errorMessage(reason, values), {
    extensions: { ...extensions, code: ERROR_REASONS[reason].code, reason, params: values },
  });
}
