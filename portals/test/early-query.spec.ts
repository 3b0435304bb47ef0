import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Client } from 'graphql-ws';
import { createPortalClient } from '../../packages/portal-client/web/client.js';
import { createSessionStore } from '../../packages/portal-client/web/session.js';
import { earlyQueryRequest, sessionStartScript } from '../vite.base.js';
import { BeneficiaryMyPathDocument } from '../beneficiary/src/gql/graphql.js';

/**
 * The beneficiary home's query is sent by the HTML's early script (vite.base.ts) and taken over by the portal's Apollo
 * Client (portal-client early-query.ts) only for a request with exactly the same body: the body the build writes into
 * the script must be the one the portal's client sends, or the portal would ask a second time.
 */
const noSocket = {
  on: () => () => undefined,
  subscribe: () => () => undefined,
  dispose: () => undefined,
  terminate: () => undefined,
} as unknown as Client;

function signedInClient(
  earlyQuery: Parameters<typeof createPortalClient>[1] extends infer O ? (O extends { earlyQuery?: infer E } ? E : never) : never,
) {
  const session = createSessionStore('beneficiario', null);
  session.set({
    token: 'the-token',
    refreshToken: 'cookie',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: 'u1', email: 'b@demo.ixl', displayName: 'B', role: 'BENEFICIARY', beneficiaryId: 'b1' },
  } as Parameters<typeof session.set>[0]);
  return { session, client: createPortalClient(session, { uri: 'http://portal.test/graphql', ws: noSocket, earlyQuery }) };
}

const ANSWER = {
  data: {
    myBeneficiary: {
      __typename: 'Beneficiary',
      id: 'b1',
      firstName: 'Giulia',
      sex: 'F',
      status: 'REGISTERED',
      registeredAt: '2026-01-10T09:00:00.000Z',
      interviewSla: null,
      interviews: [],
      services: [],
    },
    myStatusHistory: [],
  },
};
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('the main query sent from the HTML (beneficiary home)', () => {
  it("the early script's body and headers are exactly what the portal's Apollo Client sends for the query", async () => {
    const early = await earlyQueryRequest(BeneficiaryMyPathDocument);
    const sent: RequestInit[] = [];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      sent.push(init);
      return Promise.resolve(json(ANSWER));
    });
    const { client } = signedInClient(null);
    const result = await client.apollo.query({ query: BeneficiaryMyPathDocument });
    expect(result.data?.myBeneficiary?.firstName).toBe('Giulia');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toBe(early.body);
    const headers = Object.fromEntries(new Headers(sent[0]?.headers).entries());
    expect(headers).toEqual({ ...early.headers, authorization: 'Bearer the-token' });
    expect(early.body).toContain('__typename');
    expect(JSON.parse(early.body)).toMatchObject({ operationName: 'BeneficiaryMyPath', variables: {} });
  });

  it('the portal takes the early answer over for that request (nothing sent), and sends the next one itself', async () => {
    const early = await earlyQueryRequest(BeneficiaryMyPathDocument);
    const sent: string[] = [];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      sent.push(String(init.body));
      return Promise.resolve(json(ANSWER));
    });
    const { client } = signedInClient({ body: early.body, response: Promise.resolve(json(ANSWER)) });
    const first = await client.apollo.query({ query: BeneficiaryMyPathDocument });
    expect(first.data?.myBeneficiary?.firstName).toBe('Giulia');
    expect(sent).toEqual([]);
    // In the cache now, as if Apollo had asked itself.
    expect(client.apollo.readQuery({ query: BeneficiaryMyPathDocument })?.myBeneficiary?.id).toBe('b1');
    await client.apollo.query({ query: BeneficiaryMyPathDocument, fetchPolicy: 'network-only' });
    expect(sent).toEqual([early.body]);
  });

  it('an early query that failed (null answer) or a session that ended before it was used: the portal asks itself', async () => {
    const early = await earlyQueryRequest(BeneficiaryMyPathDocument);
    const sent: string[] = [];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      sent.push(String(init.body));
      return Promise.resolve(json(ANSWER));
    });
    const failed = signedInClient({ body: early.body, response: Promise.resolve(null) });
    expect((await failed.client.apollo.query({ query: BeneficiaryMyPathDocument })).data?.myBeneficiary?.id).toBe('b1');
    expect(sent).toEqual([early.body]);

    sent.length = 0;
    const stale = { ...ANSWER, data: { ...ANSWER.data, myBeneficiary: { ...ANSWER.data.myBeneficiary, firstName: 'Someone else' } } };
    const ended = signedInClient({ body: early.body, response: Promise.resolve(json(stale)) });
    ended.session.clear('user');
    await new Promise((resolve) => setTimeout(resolve, 0)); // the store's reset on sign-out is done
    ended.session.set({ ...(failed.session.get() as NonNullable<ReturnType<typeof failed.session.get>>) });
    const after = await ended.client.apollo.query({ query: BeneficiaryMyPathDocument });
    expect(after.data?.myBeneficiary?.firstName).toBe('Giulia');
    // (the sign-out sent its own request too)
    expect(sent.filter((body) => body.includes('"operationName":"BeneficiaryMyPath"'))).toEqual([early.body]);
  });

  it("the early script sends the query only at the portal's home, with the renewed token, to the same origin", () => {
    const script = sessionStartScript('beneficiario', { body: '{"operationName":"X"}', headers: { 'content-type': 'application/json' } });
    expect(script).toContain("location.pathname !== '/beneficiario/' && location.pathname !== '/beneficiario'");
    expect(script).toContain("fetch('/graphql', { method: 'POST', headers: headers, credentials: 'same-origin', body: body })");
    expect(script).toContain("headers.authorization = 'Bearer ' + s.token");
    // The token is not kept anywhere the page's other code could read it: only the request and its answer are handed over.
    expect(script).not.toMatch(/w\.\w+\s*=\s*s\b|token\s*:/);
    // Without a query: the renewal only.
    expect(sessionStartScript('azienda')).not.toContain('/graphql');
  });
});
