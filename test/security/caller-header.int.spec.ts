import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLER_HEADER, signCaller, type Caller } from '@ixl/auth';
import { bootTestStack, factories, type TestStack } from '@ixl/testkit';

/**
 * Issue 18 ("Also"): the gateway's signed caller header covered no body and lived 300 s, so a header seen once
 * (a log, a proxy) could be replayed with any other operation for five minutes. It is now bound to the request:
 * method, path with query, SHA-256 of the body, and lives 30 s. These tests replay a header signed for one request
 * (exactly what the gateway would send) with another body, path or method, and after the window.
 */
let t: TestStack;
let peopleUrl: string;
beforeAll(async () => {
  t = await bootTestStack();
  peopleUrl = t.stack.subgraphs.people.url;
});
afterAll(async () => {
  await t?.stop();
});

const staff: Caller = { userId: '00000000-0000-4000-8000-00000000000a', role: 'STAFF' };
const admin: Caller = { userId: '00000000-0000-4000-8000-00000000000b', role: 'ADMIN' };
const harmless = JSON.stringify({ query: '{ beneficiaries(first: 1) { totalCount } }' });
const post = (url: string, header: string, body: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [CALLER_HEADER]: header }, body });
const reasonOf = async (res: Response) =>
  ((await res.json()) as { errors?: { extensions?: { reason?: string } }[] }).errors?.[0]?.extensions?.reason;

describe('the caller header is good for the request it was signed for, for 30 s', () => {
  it('accepts the header with the body, path and method it was signed for', async () => {
    const header = signCaller(staff, t.secrets.internalSecret, { method: 'POST', path: '/graphql', body: harmless });
    const res = await post(peopleUrl, header, harmless);
    expect(res.status).toBe(200);
    expect(
      ((await res.json()) as { data: { beneficiaries: { totalCount: number } } }).data.beneficiaries.totalCount,
    ).toBeGreaterThanOrEqual(0);
  });

  it('refuses a header replayed with another body (an ADMIN erasure instead of a read): nothing runs', async () => {
    const person = await factories.createBeneficiary(t.stack);
    const header = signCaller(admin, t.secrets.internalSecret, { method: 'POST', path: '/graphql', body: harmless });
    const erase = JSON.stringify({ query: `mutation { eraseBeneficiary(beneficiaryId: "${person.id}") { id } }` });
    const res = await post(peopleUrl, header, erase);
    expect(res.status).toBe(401);
    expect(await reasonOf(res)).toBe('CALLER_SIGNATURE_WRONG_REQUEST');
    // The person is untouched (erasure would have pseudonymised the name).
    const token = await t.tokenFor('STAFF');
    const still = await t.graphql<{ beneficiary: { lastName: string } }>(`{ beneficiary(id: "${person.id}") { lastName } }`, { token });
    expect(still.data?.beneficiary.lastName).toBe(person.lastName);
    // The same body with one character more is another body too.
    expect((await post(peopleUrl, header, `${harmless} `)).status).toBe(401);
  });

  it('refuses a header replayed on another path, another subgraph path with a query, or another method', async () => {
    const header = signCaller(staff, t.secrets.internalSecret, { method: 'POST', path: '/graphql', body: harmless });
    const files = await fetch(new URL('/files/documents?kind=CV', peopleUrl), {
      method: 'PUT',
      headers: { [CALLER_HEADER]: header, 'content-type': 'application/pdf' },
      body: harmless,
    });
    expect(files.status).toBe(401);
    expect(await reasonOf(files)).toBe('CALLER_SIGNATURE_WRONG_REQUEST');
    const ws = signCaller(staff, t.secrets.internalSecret, { method: 'WS', path: '/graphql', body: null });
    const asHttp = await post(peopleUrl, ws, harmless);
    expect(asHttp.status).toBe(401);
    expect(await reasonOf(asHttp)).toBe('CALLER_SIGNATURE_WRONG_REQUEST');
  });

  it('refuses the right request with a header older than 30 s', async () => {
    const old = signCaller(staff, t.secrets.internalSecret, { method: 'POST', path: '/graphql', body: harmless }, Date.now() - 31_000);
    const res = await post(peopleUrl, old, harmless);
    expect(res.status).toBe(401);
    expect(await reasonOf(res)).toBe('CALLER_SIGNATURE_STALE');
    const recent = signCaller(staff, t.secrets.internalSecret, { method: 'POST', path: '/graphql', body: harmless }, Date.now() - 20_000);
    expect((await post(peopleUrl, recent, harmless)).status).toBe(200);
  });

  it('the gateway still reaches every subgraph over HTTP (bodies signed as sent) and the file proxy', async () => {
    const token = await t.tokenFor('STAFF');
    const r = await t.graphql<{ beneficiaries: { totalCount: number; nodes: { placements: unknown[]; enrolments: unknown[] }[] } }>(
      '{ beneficiaries(first: 2) { totalCount nodes { placements { id } enrolments { id } } } }',
      { token },
    );
    expect(r.errors).toBeUndefined();
    const person = await factories.createBeneficiary(t.stack);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);
    const upload = await fetch(new URL(`/files/people/documents?kind=CV&beneficiaryId=${person.id}`, t.url), {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf', 'x-file-name': 'cv.pdf' },
      body: pdf,
    });
    expect(upload.status).toBe(201);
    const doc = (await upload.json()) as { id: string; size: number };
    expect(doc.size).toBe(pdf.length);
    const download = await fetch(new URL(`/files/people/documents/${doc.id}`, t.url), { headers: { authorization: `Bearer ${token}` } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
  });
});
