import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InMemorySpanExporter, startTracing, type Tracing } from '@ixl/observability';
import type { RunningStack } from '@ixl/launcher';

/**
 * Structured logs: the stack as `npm start` logs (pino JSON lines on standard output, not quiet), traced;
 * every line written while a request is handled carries its request id and trace id, and the request id
 * a client sends in `x-request-id` is used and returned (a malformed one is replaced).
 */
const lines: string[] = [];
let tracing: Tracing | undefined;
let stack: RunningStack;
let dropDb: () => Promise<void>;
let restore: () => void;

beforeAll(async () => {
  tracing = startTracing({ serviceName: 'ixl-test', exporter: new InMemorySpanExporter() });
  const out = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => (
    lines.push(...String(chunk).split('\n').filter(Boolean)),
    out(chunk as string, ...(rest as []))
  )) as typeof process.stdout.write;
  restore = () => (process.stdout.write = out);
  const { freshDatabase, testConfig, testSecrets } = await import('@ixl/testkit');
  const { startStack } = await import('@ixl/launcher');
  const db = await freshDatabase();
  dropDb = db.drop;
  stack = await startStack(testConfig({ databaseUrl: db.url, secrets: testSecrets() }));
});
afterAll(async () => {
  await stack?.stop();
  await dropDb?.();
  restore?.();
  await tracing?.shutdown();
});

const post = (query: string, headers: Record<string, string> = {}) =>
  fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
const parsed = () =>
  lines.flatMap((l) => {
    try {
      return [JSON.parse(l) as Record<string, unknown>];
    } catch {
      return [];
    }
  });

describe('structured logs', () => {
  it('writes JSON lines with level, time, service and message', () => {
    const ready = parsed().filter((l) => l.message === 'subgraph ready' || l.message === 'gateway ready');
    expect(ready.length).toBe(6);
    for (const l of ready) {
      expect(l.level).toBe('info');
      expect(typeof l.time).toBe('string');
      expect(new Date(String(l.time)).getTime()).toBeGreaterThan(0);
      expect(typeof l.service).toBe('string');
    }
  });

  it('uses the request id of x-request-id, returns it, and puts it with the trace id on every line of the request', async () => {
    const r = await post('{ currentPrivacyNoticeVersion }', { 'x-request-id': 'obs-log-request-0001' });
    expect(r.status).toBe(200);
    expect(r.headers.get('x-request-id')).toBe('obs-log-request-0001');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const mine = parsed().filter((l) => l.requestId === 'obs-log-request-0001');
    expect(mine.some((l) => l.message === 'request served' && l.status === 200 && l.path === '/graphql')).toBe(true);
    for (const l of mine) expect(l.traceId, JSON.stringify(l)).toMatch(/^[0-9a-f]{32}$/);
    // A refused request: its lines carry its own id, and one trace id.
    const bad = await post('{ beneficiaries(first: 1) { nodes { id } } }', { 'x-request-id': 'obs-log-request-0002' });
    expect(bad.headers.get('x-request-id')).toBe('obs-log-request-0002');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = parsed().filter((l) => l.requestId === 'obs-log-request-0002');
    expect(second.length).toBeGreaterThan(0);
    expect(new Set(second.map((l) => l.traceId)).size).toBe(1);
  });

  it('replaces a malformed or missing request id with a new one, returned', async () => {
    const none = await post('{ currentPrivacyNoticeVersion }');
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const bad = await post('{ currentPrivacyNoticeVersion }', { 'x-request-id': 'bad id with spaces' });
    const id = bad.headers.get('x-request-id');
    expect(id).not.toBe('bad id with spaces');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
