import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CALLER_HEADER, verifyCallerHeader, type Caller } from '@ixl/auth';
import { metrics } from '@ixl/observability';
import type { GatewayContext } from './context.js';
import { SignedDataSource } from './data-source.js';

const SECRET = 'data-source-spec-secret-0123456789abcdef';

interface Seen {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A real HTTP server standing for a subgraph: `answer` decides each reply from the request it got. */
let server: Server;
let url: string;
const seen: Seen[] = [];
let answer: (s: Seen, res: ServerResponse) => void = () => undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(s);
      answer(s, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql?x=1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const staff: Caller = { userId: 'u-1', role: 'STAFF' };
const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));

function options(query: string, caller: Caller = staff, variables: Record<string, unknown> = {}) {
  const restricted: unknown[] = [];
  const incomingRequestContext = {
    operationName: 'SpecOp',
    overallCachePolicy: { restrict: (hint: unknown) => restricted.push(hint) },
  };
  const opts = {
    kind: 'incoming operation',
    request: { query, variables, operationName: 'SpecOp' },
    context: { caller, requestId: 'r-1', clientIp: '127.0.0.1' },
    incomingRequestContext,
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
  return { opts, restricted };
}

/** `ixl_subgraph_fetches_total` for this spec's operation, by outcome. */
async function fetches(subgraph: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const v of (await metrics.subgraphFetches.get()).values)
    if (v.labels.subgraph === subgraph && v.labels.operation === 'SpecOp') counts[String(v.labels.outcome)] = v.value;
  return counts;
}

describe('SignedDataSource', () => {
  it('POSTs the request as JSON with the caller signed for that path and those body bytes', async () => {
    seen.length = 0;
    answer = (_s, res) => json(res, 200, { data: { ok: true } });
    const source = new SignedDataSource(url, SECRET, 'people');
    const { opts } = options('query SpecOp($n: Int) { ok(n: $n) }', { userId: 'u-9', role: 'BENEFICIARY', beneficiaryId: 'b-9' }, { n: 3 });
    expect(await source.process(opts)).toMatchObject({ data: { ok: true } });
    const [s] = seen;
    expect(s?.path).toBe('/graphql?x=1');
    expect(s?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(s!.body)).toEqual({ query: 'query SpecOp($n: Int) { ok(n: $n) }', variables: { n: 3 }, operationName: 'SpecOp' });
    const check = verifyCallerHeader(s!.headers[CALLER_HEADER] as string, SECRET, { method: 'POST', path: s!.path, body: s!.body });
    expect(check).toMatchObject({ ok: true, caller: { userId: 'u-9', role: 'BENEFICIARY', beneficiaryId: 'b-9' } });
    // Bound to the body: the same header with another body is refused.
    expect(verifyCallerHeader(s!.headers[CALLER_HEADER] as string, SECRET, { method: 'POST', path: s!.path, body: '{}' })).toEqual({
      ok: false,
      reason: 'WRONG_REQUEST',
    });
  });

  it('shares one call between identical queries of one identity; each caller gets its own copy', async () => {
    seen.length = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    answer = (_s, res) => void gate.then(() => json(res, 200, { data: { list: [{ id: 'a' }] } }));
    const source = new SignedDataSource(url, SECRET, 'people');
    const q = '{ list { id } }';
    const calls = [
      source.process(options(q).opts),
      source.process(options(q).opts),
      source.process(options(q, { userId: 'u-2', role: 'STAFF' }).opts),
      source.process(options('mutation { touch }').opts),
      source.process(options('mutation { touch }').opts),
    ];
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    const [a, b, other] = await Promise.all(calls);
    // One call for the two identical queries of u-1, one for u-2, one for each mutation.
    expect(seen.length).toBe(4);
    expect(a).toMatchObject({ data: { list: [{ id: 'a' }] } });
    (a!.data!.list as { id: string }[])[0]!.id = 'changed by the first caller';
    expect(b).toMatchObject({ data: { list: [{ id: 'a' }] } });
    expect(other).toMatchObject({ data: { list: [{ id: 'a' }] } });
  });

  it("passes the subgraph's GraphQL errors on and restricts the answer's cache policy by the subgraph's Cache-Control", async () => {
    answer = (_s, res) => json(res, 200, { data: null, errors: [{ message: 'nope', extensions: { code: 'FORBIDDEN' } }] });
    const source = new SignedDataSource(url, SECRET, 'people');
    const plain = options('{ a }');
    expect(await source.process(plain.opts)).toMatchObject({
      data: null,
      errors: [{ message: 'nope', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(plain.restricted).toEqual([{ maxAge: 0 }]);
    answer = (_s, res) => json(res, 200, { data: { a: 1 } }, { 'cache-control': 'max-age=60, private' });
    const cached = options('{ a }');
    await source.process(cached.opts);
    expect(cached.restricted).toEqual([{ maxAge: 60, scope: 'PRIVATE' }]);
  });

  it("turns a 4xx refusal into the client's error with the subgraph's code and reason, counted as an error, not an outage", async () => {
    const before = await fetches('training');
    answer = (_s, res) =>
      json(res, 400, { errors: [{ message: 'Variable "$at" got invalid value', extensions: { code: 'BAD_USER_INPUT' } }] });
    const source = new SignedDataSource(url, SECRET, 'training');
    await expect(source.process(options('{ a }').opts)).rejects.toMatchObject({
      message: 'Variable "$at" got invalid value',
      extensions: { code: 'BAD_USER_INPUT', reason: 'SUBGRAPH_REFUSED', params: {}, serviceName: 'training' },
    });
    answer = (_s, res) =>
      json(res, 403, { errors: [{ message: 'x', extensions: { code: 'FORBIDDEN', reason: 'NOT_YOURS', params: { id: '1' } } }] });
    await expect(source.process(options('{ a }').opts)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN', reason: 'NOT_YOURS', params: { id: '1' }, serviceName: 'training' },
    });
    answer = (_s, res) => res.writeHead(401, { 'content-type': 'text/plain' }).end('who are you');
    await expect(source.process(options('{ a }').opts)).rejects.toMatchObject({
      message: 'The request was refused',
      extensions: { code: 'UNAUTHENTICATED', reason: 'SUBGRAPH_REFUSED', serviceName: 'training' },
    });
    // The alert on `outcome="unavailable"` is for outages: a refused variable is the client's error.
    const after = await fetches('training');
    expect((after.error ?? 0) - (before.error ?? 0)).toBe(3);
    expect((after.unavailable ?? 0) - (before.unavailable ?? 0)).toBe(0);
  });

  it('answers SERVICE_UNAVAILABLE for a 5xx, a body that is not JSON, or a subgraph that cannot be reached', async () => {
    const unavailable = { extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SERVICE_UNAVAILABLE', serviceName: 'companies' } };
    const before = await fetches('companies');
    const source = new SignedDataSource(url, SECRET, 'companies');
    answer = (_s, res) => json(res, 502, { errors: [{ message: 'bad gateway' }] });
    await expect(source.process(options('{ a }').opts)).rejects.toMatchObject(unavailable);
    answer = (_s, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
    await expect(source.process(options('{ a }').opts)).rejects.toMatchObject(unavailable);
    answer = (_s, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data": ');
    await expect(source.process(options('{ a }').opts)).rejects.toMatchObject(unavailable);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(
      new SignedDataSource(`http://127.0.0.1:${port}/graphql`, SECRET, 'companies').process(options('{ a }').opts),
    ).rejects.toMatchObject(unavailable);
    const after = await fetches('companies');
    expect((after.unavailable ?? 0) - (before.unavailable ?? 0)).toBe(4);
  });
});
