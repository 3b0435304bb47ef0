import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { CALLER_HEADER, signCaller, type Caller } from '@ixl/auth';
import { bootTestStack, factories, liveSubscriptions, settle, until, type LiveFeed, type TestStack } from '@ixl/testkit';
import { randomUUID } from 'node:crypto';
import { postVacancy } from './factories.js';

let t: TestStack;
const clients: Client[] = [];
beforeAll(async () => {
  t = await bootTestStack();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t?.stop();
});

/** A graphql-ws client straight to the companies subgraph (as the gateway connects: the signed caller), its own socket. */
function direct<T>(caller: Caller, query: string): LiveFeed<T> {
  const client = createClient({
    url: (t.stack.subgraphs.companies?.url ?? '').replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: () => ({
      [CALLER_HEADER]: signCaller(caller, t.secrets.internalSecret, { method: 'WS', path: '/graphql', body: null }),
    }),
    retryAttempts: 0,
  });
  clients.push(client);
  const feed: LiveFeed<T> = { received: [], errors: [], stop: () => undefined };
  feed.stop = client.subscribe<T>(
    { query },
    { next: (r) => feed.received.push(r as never), error: (e) => feed.errors.push(e), complete: () => undefined },
  );
  return feed;
}

const vacancyInput = (title: string) => ({
  title,
  municipalityCode: '037006',
  openings: 1,
  requiredSkills: ['magazzino'],
  contractType: 'TEMPO_DETERMINATO',
  hoursPerWeek: 30,
  status: 'OPEN',
});

describe('grouped live subscriptions on a subgraph', () => {
  it('shares one stream per operation and caller scope, gives every member every event, and authorises each scope as alone', async () => {
    const a = await factories.createCompany(t.stack, 'Alfa Gruppi');
    const b = await factories.createCompany(t.stack, 'Beta Gruppi');
    const staff: Caller = { userId: randomUUID(), role: 'STAFF' };
    const otherStaff: Caller = { userId: randomUUID(), role: 'STAFF' };
    const userA: Caller = { userId: randomUUID(), role: 'COMPANY', companyId: a.id };
    const userB: Caller = { userId: randomUUID(), role: 'COMPANY', companyId: b.id };
    const query = 'subscription { vacancyPosted { title company { id } } }';
    const serving = liveSubscriptions(t.stack);
    type Posted = { vacancyPosted: { title: string; company: { id: string } } };
    const staffFeeds = [direct<Posted>(staff, query), direct<Posted>(staff, query), direct<Posted>(staff, query)];
    const otherStaffFeed = direct<Posted>(otherStaff, query);
    const aFeeds = [direct<Posted>(userA, query), direct<Posted>(userA, query)];
    const bFeed = direct<Posted>(userB, query);
    const refused = [
      direct<Posted>({ userId: randomUUID(), role: 'BENEFICIARY', beneficiaryId: randomUUID() }, query),
      direct<Posted>({ userId: randomUUID(), role: 'BENEFICIARY', beneficiaryId: randomUUID() }, query),
    ];
    // One stream per caller scope: two staff users, company A, company B (the beneficiaries are refused).
    await until(() => liveSubscriptions(t.stack) >= serving + 4, 30_000);
    await settle(600);
    expect(liveSubscriptions(t.stack)).toBe(serving + 4);

    const companyToken = async (companyId: string) => t.tokenFor('COMPANY', { companyId });
    await postVacancy(t, await companyToken(a.id), vacancyInput('Magazzino Alfa 1'));
    await postVacancy(t, await companyToken(b.id), vacancyInput('Magazzino Beta 1'));
    const all = [...staffFeeds, otherStaffFeed];
    await until(
      () => all.every((f) => f.received.length === 2) && aFeeds.every((f) => f.received.length === 1) && bFeed.received.length === 1,
    );
    await settle();
    for (const f of all) expect(f.received.map((r) => r.data?.vacancyPosted.title)).toEqual(['Magazzino Alfa 1', 'Magazzino Beta 1']);
    for (const f of aFeeds)
      expect(f.received.map((r) => r.data?.vacancyPosted)).toEqual([{ title: 'Magazzino Alfa 1', company: { id: a.id } }]);
    expect(bFeed.received.map((r) => r.data?.vacancyPosted)).toEqual([{ title: 'Magazzino Beta 1', company: { id: b.id } }]);
    for (const f of refused) {
      await until(() => f.received.length > 0 || f.errors.length > 0);
      expect(f.received.every((r) => !r.data)).toBe(true);
      expect(f.received.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }

    // A member leaving does not stop its group; the group's stream ends with its last member.
    staffFeeds[0]?.stop();
    aFeeds[0]?.stop();
    await settle();
    expect(liveSubscriptions(t.stack)).toBe(serving + 4);
    await postVacancy(t, await companyToken(a.id), vacancyInput('Magazzino Alfa 2'));
    await until(() => staffFeeds[2]?.received.length === 3 && aFeeds[1]?.received.length === 2);
    await settle();
    expect(staffFeeds[0]?.received).toHaveLength(2);
    expect(aFeeds[0]?.received).toHaveLength(1);
    expect(staffFeeds[1]?.received.map((r) => r.data?.vacancyPosted.title)).toEqual([
      'Magazzino Alfa 1',
      'Magazzino Beta 1',
      'Magazzino Alfa 2',
    ]);
    expect(bFeed.received).toHaveLength(1);
    for (const f of [...staffFeeds.slice(1), aFeeds[1]]) f?.stop();
    await until(() => liveSubscriptions(t.stack) === serving + 2); // other staff and company B remain
  });
});
