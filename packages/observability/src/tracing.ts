import { context, propagation, trace, type Link, type Span, type SpanContext, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, TracerProvider, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace';

/** How a process traces: where spans go (none: tracing off, no SDK cost beyond the API's no-ops). */
export interface TracingOptions {
  /** `service.name` of the process's resource (e.g. `ixl` for the one-process stack, `ixl-gateway`). */
  serviceName: string;
  /** OTLP/HTTP endpoint (`OTEL_EXPORTER_OTLP_ENDPOINT`): spans are batched and sent there. */
  otlpEndpoint?: string;
  /** Tests and benchmarks: spans go to this exporter as each ends (e.g. an InMemorySpanExporter). */
  exporter?: SpanExporter;
}

export interface Tracing {
  provider: TracerProvider;
  /** Sends what is buffered and stops the exporters. */
  shutdown(): Promise<void>;
}

let active: Tracing | undefined;

/** A statement with every literal replaced by `?` (string, number, dollar-quoted): its shape, no values. */
export function sqlShape(sql: string): string {
  return sql
    .replace(/\$(\w*)\$[\s\S]*?\$\1\$/g, '?')
    .replace(/E?'(?:[^']|'')*'/g, '?')
    .replace(/(?<![$\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?\b/gi, '?');
}

/** Span attributes that could carry personal data: statement parameters are never recorded, nor documents or variables. */
const HTTP_HEADERS_NONE = { requestHeaders: [], responseHeaders: [] };

/**
 * Starts OpenTelemetry tracing in this process: W3C trace context propagation, async context, and the
 * maintained instrumentations of incoming and outgoing HTTP (node:http, fetch/undici), GraphQL execution
 * and PostgreSQL (pg). Must run before `pg`, `graphql` and the services are imported (the launcher does
 * it first; tests import the stack after it). Without an exporter or endpoint it does nothing.
 */
export function startTracing(options: TracingOptions): Tracing | undefined {
  if (active) return active;
  const processors: SpanProcessor[] = [];
  if (options.exporter) processors.push(new SimpleSpanProcessor({ exporter: options.exporter }));
  if (options.otlpEndpoint) {
    const base = options.otlpEndpoint.replace(/\/$/, '');
    processors.push(new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `${base}/v1/traces` }) }));
  }
  if (!processors.length) return undefined;
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: processors,
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        headersToSpanAttributes: { client: HTTP_HEADERS_NONE, server: HTTP_HEADERS_NONE },
        // Probes and scrapes are not requests worth a trace.
        ignoreIncomingRequestHook: (req) => /^\/(livez|readyz|healthz|metrics)\b/.test(req.url ?? ''),
      }),
      new UndiciInstrumentation({
        ignoreRequestHook: (req) => /\/(livez|readyz|healthz)$/.test(req.path.split('?')[0] ?? ''),
      }),
      // The document is not recorded: literals in it could be personal data. Trivial resolvers are not spans.
      new GraphQLInstrumentation({ allowValues: false, ignoreTrivialResolveSpans: true, mergeItems: true, depth: 4 }),
      // Statement text without its literals (MikroORM inlines values: a name or a codice fiscale would be
      // in it), never the parameters.
      new PgInstrumentation({
        enhancedDatabaseReporting: false,
        requireParentSpan: true,
        requestHook: (span, info) => {
          const text = info.query.text;
          span.setAttribute('db.query.text', sqlShape(text));
          span.setAttribute('db.statement', sqlShape(text));
        },
      }),
    ],
  });
  active = {
    provider,
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
      active = undefined;
    },
  };
  return active;
}

/** Whether spans are being recorded in this process. */
export const tracingActive = (): boolean => active !== undefined;

/** The tracer of IXL's own spans (event handling, jobs). */
export const ixlTracer = (): Tracer => trace.getTracer('@ixl/observability');

/** The current span's `traceparent` header value (W3C), or null when nothing is traced. */
export function currentTraceParent(): string | null {
  const span = trace.getActiveSpan();
  if (!span || !span.spanContext().traceId || !trace.isSpanContextValid(span.spanContext())) return null;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ?? null;
}

/** The trace id of the current span (for log lines), or undefined. */
export function currentTraceId(): string | undefined {
  const sc = trace.getActiveSpan()?.spanContext();
  return sc && trace.isSpanContextValid(sc) ? sc.traceId : undefined;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** The span context a stored `traceparent` names (null when absent or malformed). */
export function spanContextOf(traceParent: string | null | undefined): SpanContext | null {
  const m = traceParent ? TRACEPARENT.exec(traceParent) : null;
  if (!m) return null;
  const sc: SpanContext = { traceId: m[1]!, spanId: m[2]!, traceFlags: parseInt(m[3]!, 16), isRemote: true };
  return trace.isSpanContextValid(sc) ? sc : null;
}

/**
 * Runs `fn` in a new root span linked to the request that caused it (the event's stored traceparent):
 * a consumer's handling is its own trace, reachable from the request's.
 */
export async function inLinkedSpan<T>(
  name: string,
  traceParent: string | null | undefined,
  attributes: Record<string, string | number>,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  if (!active) return fn(trace.wrapSpanContext({ traceId: '', spanId: '', traceFlags: 0 }));
  const linked = spanContextOf(traceParent);
  const links: Link[] = linked ? [{ context: linked, attributes: { 'ixl.link': 'caused_by' } }] : [];
  return ixlTracer().startActiveSpan(name, { root: true, links, attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (err) {
      span.recordException({ name: err instanceof Error ? err.name : 'Error', message: 'handler failed' });
      span.setStatus({ code: 2 });
      throw err;
    } finally {
      span.end();
    }
  });
}
