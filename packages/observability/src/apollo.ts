import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { metrics, operationLabel } from './metrics.js';

/**
 * Counts and times every GraphQL operation a server answers (`ixl_graphql_*`), by operation name and
 * outcome, and its errors by code. Names only: never the document or the variables.
 */
export function graphqlMetricsPlugin<T extends BaseContext>(service: string): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let failed = false;
      return {
        async didEncounterErrors({ errors, operationName }) {
          failed = true;
          for (const e of errors) {
            const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';
            metrics.graphqlErrors.inc({ service, operation: operationLabel(operationName), code });
          }
        },
        async willSendResponse({ operationName, response }) {
          const body = response.body;
          if (body.kind === 'single' && body.singleResult.errors?.length && !failed) {
            failed = true;
            for (const e of body.singleResult.errors) {
              const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';
              metrics.graphqlErrors.inc({ service, operation: operationLabel(operationName), code });
            }
          }
          const operation = operationLabel(operationName);
          metrics.graphqlRequests.inc({ service, operation, outcome: failed ? 'error' : 'ok' });
          metrics.graphqlDuration.observe({ service, operation }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
