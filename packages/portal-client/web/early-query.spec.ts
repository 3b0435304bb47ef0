import { describe, expect, it } from 'vitest';
import { fetchTakingEarlyQuery, takeEarlyQuery } from './early-query.js';

const BODY = '{"operationName":"Home","variables":{},"query":"query Home { me { id __typename } }"}';
const answer = (text: string) => new Response(text, { status: 200 });

function recorder() {
  const sent: string[] = [];
  const fetchImpl = ((_input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(String(init?.body));
    return Promise.resolve(answer('sent'));
  }) as typeof fetch;
  return { sent, fetchImpl };
}

describe('the early query of the HTML (fetchTakingEarlyQuery, takeEarlyQuery)', () => {
  it('answers the first request with exactly its body from the early answer, once; others are sent', async () => {
    const { sent, fetchImpl } = recorder();
    const early = fetchTakingEarlyQuery({ body: BODY, response: Promise.resolve(answer('early')) }, fetchImpl);
    expect(await (await early.fetch('/graphql', { method: 'POST', body: '{"operationName":"Other"}' })).text()).toBe('sent');
    expect(await (await early.fetch('/graphql', { method: 'POST', body: BODY })).text()).toBe('early');
    expect(await (await early.fetch('/graphql', { method: 'POST', body: BODY })).text()).toBe('sent');
    expect(sent).toEqual(['{"operationName":"Other"}', BODY]);
  });

  it('a body that differs in anything (another operation text) is not answered early', async () => {
    const { sent, fetchImpl } = recorder();
    const early = fetchTakingEarlyQuery({ body: BODY, response: Promise.resolve(answer('early')) }, fetchImpl);
    const other = BODY.replace(' __typename', '');
    expect(await (await early.fetch('/graphql', { method: 'POST', body: other })).text()).toBe('sent');
    expect(sent).toEqual([other]);
  });

  it('sends the request itself when the early query was not sent (null), failed, or was discarded', async () => {
    for (const response of [Promise.resolve(null), Promise.reject(new Error('offline'))]) {
      const { sent, fetchImpl } = recorder();
      const early = fetchTakingEarlyQuery({ body: BODY, response }, fetchImpl);
      expect(await (await early.fetch('/graphql', { method: 'POST', body: BODY })).text()).toBe('sent');
      expect(sent).toEqual([BODY]);
    }
    const { sent, fetchImpl } = recorder();
    const early = fetchTakingEarlyQuery({ body: BODY, response: Promise.resolve(answer('early')) }, fetchImpl);
    early.discard();
    expect(await (await early.fetch('/graphql', { method: 'POST', body: BODY })).text()).toBe('sent');
    expect(sent).toEqual([BODY]);
  });

  it('takeEarlyQuery hands the early query over once, marks it taken, and ignores anything malformed', () => {
    const g = globalThis as { __ixlQueryStart?: unknown };
    try {
      const response = Promise.resolve(null);
      g.__ixlQueryStart = { body: BODY, response };
      expect(takeEarlyQuery()).toEqual({ body: BODY, response });
      expect(g.__ixlQueryStart).toBe('taken');
      expect(takeEarlyQuery()).toBeNull();
      g.__ixlQueryStart = { body: 42, response };
      expect(takeEarlyQuery()).toBeNull();
      delete g.__ixlQueryStart;
      expect(takeEarlyQuery()).toBeNull();
      expect(g.__ixlQueryStart).toBe('taken');
    } finally {
      delete g.__ixlQueryStart;
    }
  });
});
