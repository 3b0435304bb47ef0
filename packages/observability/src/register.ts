/**
 * Starts tracing from the configuration, before anything else loads: the first import of a process's
 * entry point (`npm start`'s launcher), or `node --import @ixl/observability/register <service>/dist/main.js`
 * for a service started on its own. A bad variable is left to the service's own start to report.
 */
import { loadConfig } from '@ixl/config';
import { startTracing } from './tracing.js';

try {
  const { otlpEndpoint, serviceName } = loadConfig(process.env).observability;
  if (otlpEndpoint) startTracing({ serviceName, otlpEndpoint });
} catch {
  // reported by the service's configuration check, with the variable named
}
