/** `npm start`'s entry point: runs start.ts and turns a failure into an explanation and exit code 1. */
// First: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch pg, graphql and http before they load.
import '@ixl/observability/register';
import { reportStartupFailure } from './startup-errors.js';

try {
  await import('./start.js');
} catch (err) {
  reportStartupFailure(err);
  process.exit(1);
}
