import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './context.js';

/**
 * Login brute-force protection is enforced where the password is checked (the people subgraph's
 * LoginThrottleService, counters in PostgreSQL), so no way of writing the operation escapes it. This
 * plugin only turns its RATE_LIMITED error into HTTP 429 with a `Retry-After` header (from the error's
 * `extensions.retryAfterSeconds`) when the whole answer is that refusal.
 */
export function rateLimitStatusPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const limited = errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
          if (!limited || (data && Object.values(data).some((v) => v !== null))) return;
          const seconds = Number(limited.extensions?.retryAfterSeconds);
          response.http.status = 429;
          if (Number.isFinite(seconds) && seconds > 0) response.http.headers.set('retry-after', String(Math.ceil(seconds)));
        },
      };
    },
  };
}
