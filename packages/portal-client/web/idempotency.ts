import { ApolloLink } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { RetryLink } from '@apollo/client/link/retry';
import { OperationTypeNode } from 'graphql';

/** The header the gateway reads (issue 28): the same key with the same input returns the first call's result. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** A mutation sent again with the same variables within this time (a double click, an impatient resubmit) is the same submission. */
export const SAME_SUBMISSION_MS = 10_000;

const newKey = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;

/** Object keys sorted, so the same variables give the same text whatever order a form built them in. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/**
 * Gives every mutation an `Idempotency-Key`: a fresh one per submission (per `mutate` call), kept in
 * the operation's context so the retries of that call (RetryLink after this link) send the same key.
 * The same mutation with the same variables sent again within `SAME_SUBMISSION_MS` (a double click
 * on a submit button, two submit events before the button is disabled) reuses the key, so the
 * gateway runs it once and answers both with the same result. A caller may pass its own key in the
 * context (`mutate({ context: { idempotencyKey } })`), e.g. a form that keeps one across reloads.
 */
export function idempotencyLink(options: { windowMs?: number; now?: () => number; key?: () => string } = {}): ApolloLink {
  const windowMs = options.windowMs ?? SAME_SUBMISSION_MS;
  const now = options.now ?? Date.now;
  const make = options.key ?? newKey;
  const recent = new Map<string, { key: string; at: number }>();
  return new ApolloLink((operation, forward) => {
    if (operation.operationType !== OperationTypeNode.MUTATION) return forward(operation);
    const context = operation.getContext() as { idempotencyKey?: string; headers?: Record<string, string> };
    let key = context.idempotencyKey;
    if (!key) {
      const t = now();
      for (const [k, v] of recent) if (t - v.at > windowMs) recent.delete(k);
      const submission = `${operation.operationName ?? ''}\n${stable(operation.variables)}`;
      const seen = recent.get(submission);
      key = seen?.key ?? make();
      recent.set(submission, { key, at: seen?.at ?? t });
    }
    operation.setContext({ idempotencyKey: key, headers: { ...context.headers, [IDEMPOTENCY_HEADER]: key } });
    return forward(operation);
  });
}

/**
 * Retries a mutation whose answer never arrived (network failure, gateway 5xx, or the first call
 * still running: 409) up to `max` times, with the same key: safe, the gateway runs it at most once.
 */
export function mutationRetryLink(options: { max?: number; initialDelayMs?: number } = {}): ApolloLink {
  return new RetryLink({
    delay: { initial: options.initialDelayMs ?? 300, max: 3_000, jitter: true },
    attempts: {
      max: options.max ?? 3,
      retryIf: (error, operation) =>
        operation.operationType === OperationTypeNode.MUTATION &&
        !!(operation.getContext() as { idempotencyKey?: string }).idempotencyKey &&
        (!ServerError.is(error) || error.statusCode >= 500 || error.statusCode === 409),
    },
  });
}
