export {
  startTracing,
  sqlShape,
  tracingActive,
  ixlTracer,
  currentTraceParent,
  currentTraceId,
  spanContextOf,
  inLinkedSpan,
  type Tracing,
  type TracingOptions,
} from './tracing.js';
export { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
export { registry, metrics, gauges, operationLabel, scrape, shareMetricsServer, type Reading } from './metrics.js';
export { graphqlMetricsPlugin } from './apollo.js';
export { structuredLogger, inRequestScope, currentRequestId, requestIdFrom, type LogFunction } from './logging.js';
