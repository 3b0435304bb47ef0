import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { pino, type DestinationStream, type Level } from 'pino';
import { currentTraceId } from './tracing.js';

/** A service's log: a level, a message and data (never personal data: see log-safe). */
export type LogFunction = (level: 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>) => void;

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** A request id a client may send in `x-request-id` (8–64 letters, digits, `_` or `-`), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\w-]{8,64}$/.test(header) ? header : randomUUID();
}

/** Runs `fn` as the handling of request `requestId`: every log line written meanwhile carries it. */
export function inRequestScope<T>(requestId: string, fn: () => T): T {
  return requestScope.run({ requestId }, fn);
}

/** The id of the request being handled, if any. */
export const currentRequestId = (): string | undefined => requestScope.getStore()?.requestId;

/**
 * A service's structured log (pino): one JSON line per entry with `time`, `level` (as a word), `service`,
 * `message`, and, while a request is handled, its `requestId` and the current `traceId`. Lines below
 * `level` (LOG_LEVEL) are not written. Goes to standard output unless a destination is given.
 */
export function structuredLogger(service: string, level: Level | 'silent' = 'info', destination?: DestinationStream): LogFunction {
  const logger = pino(
    {
      level,
      base: { service },
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const requestId = currentRequestId();
        const traceId = currentTraceId();
        return { ...(requestId ? { requestId } : {}), ...(traceId ? { traceId } : {}) };
      },
    },
    destination ?? process.stdout,
  );
  return (lvl, message, data) => (data ? logger[lvl](data, message) : logger[lvl](message));
}
