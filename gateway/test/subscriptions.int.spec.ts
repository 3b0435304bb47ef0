import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { printSubgraphSchema } from '@apollo/subgraph';
import { issueAccessToken, type Caller } from '@ixl/auth';
import {
  buildDefinitionSchema,
  startSubgraph,
  subgraphConfig as kitSubgraphConfig,
  type RunningSubgraph,
  type SubgraphConfig,
} from '@ixl/subgraph-kit';
import { freshDatabase, graphqlRequest, testConfig, testSecrets } from '@ixl/testkit';
import {
  composeSupergraph,
  gatewayConfig as kitGatewayConfig,
  startGateway,
  type GatewayConfig,
  type RunningGateway,
} from '../src/index.js';
import { alpha, beta, gamma, referenceBatches } from './fixtures/live-subgraphs.js';

const secrets = testSecrets();
let db: Awaited<ReturnType<typeof freshDatabase>>;
const subs: Record<string, RunningSubgraph> = {};
let gateway: RunningGateway;
let gatewayConfig: GatewayConfig;
const clients: Client[] = [];

// This test's own subgraphs (alpha, beta, gamma: not in the registry), configured like any other.
const config = () => testConfig({ databaseUrl: db.url, secrets });
const subgraphConfig = (name: string, port = 0): SubgraphConfig => kitSubgraphConfig(name, config(), { host: '127.0.0.1', port });
const token = async (caller: Partial<Caller> & { role: Caller['role'] }, ttl = 600) =>
  (
    await issueAccessToken(
      { sub: caller.userId ?? randomUUID(), role: caller.role as never, companyId: caller.companyId ?? null },
      secrets.jwtSigningKeys,
      ttl,
    )
  ).token;

beforeAll(async () => {
  db = await freshDatabase();
  for (const def of [alpha, beta, gamma]) subs[def.name] = await startSubgraph(def, subgraphConfig(def.name), () => undefined);
  const sdls = await Promise.all(
    [alpha, beta, gamma].map(async (d) => ({ name: d.name, sdl: printSubgraphSchema(await buildDefinitionSchema(d)) })),
  );
  gatewayConfig = { ...kitGatewayConfig(config()), subgraphUrls: Object.fromEntries(Object.values(subs).map((s) => [s.name, s.url])) };
  gateway = await startGateway(gatewayConfig, composeSupergraph(sdls), () => undefined);
});

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await gateway?.stop();
  for (const s of Object.values(subs)) await s.stop();
  await db?.drop();
});

function wsClient(authorization?: string, onClose?: (code: number, reason: string) => void): Client {
  const client = createClient({
    url: gateway.url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization: `Bearer ${authorization}` } : {},
    retryAttempts: 0,
    on: { closed: (e) => onClose?.((e as { code: number }).code, (e as { reason: string }).reason) },
  });
  clients.push(client);
  return client;
}

/** Collects the events of one subscription. */
function collect(client: Client, query: string) {
  const received: Record<string, unknown>[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe(
    { query },
    { next: (r) => received.push(r as Record<string, unknown>), error: (e) => errors.push(e), complete: () => undefined },
  );
  return { received, errors, stop };
}

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const createThing = async (id: string, ownerId: string) => {
  const r = await graphqlRequest(gateway.url, `mutation { createThing(id: "${id}", name: "Thing ${id}", ownerId: "${ownerId}") { id } }`, {
    token: await token({ role: 'STAFF' }),
  });
  expect(r.errors).toBeUndefined();
};

const THREE_SUBGRAPHS = 'subscription { thingCreated { id name ownerId score label } }';
/** A pause, for checks that nothing more arrives. */
const settle = () => new Promise((r) => setTimeout(r, 300));
/**
 * Upstream subscriptions alpha (the owner of thingCreated) serves now. An event is published only once
 * they are there (a fixed pause would lose it on a slow machine); each test starts from none, since the
 * previous one stopped its own.
 */
const upstream = () => subs.alpha?.liveSubscriptions() ?? 0;
const upstreamReached = (count: number) => until(() => upstream() === count, 30_000);

describe('federated subscriptions through the gateway', () => {
  it('delivers an event with fields from three subgraphs, one entity fetch per subgraph per event', async () => {
    await upstreamReached(0);
    const staff = collect(wsClient(await token({ role: 'STAFF' })), THREE_SUBGRAPHS);
    await upstreamReached(1);
    const before = { ...referenceBatches };
    await createThing('t-1', 'company-a');
    await until(() => staff.received.length === 1);
    expect(staff.received[0]).toEqual({
      data: { thingCreated: { id: 't-1', name: 'Thing t-1', ownerId: 'company-a', score: 30, label: 't-1 seen by STAFF' } },
    });
    expect(referenceBatches.beta - before.beta).toBe(1);
    expect(referenceBatches.gamma - before.gamma).toBe(1);
    staff.stop();
  });

  it("applies authorisation per event: a company never receives another company's event", async () => {
    await upstreamReached(0);
    const a = collect(
      wsClient(await token({ role: 'COMPANY', companyId: 'company-a' })),
      'subscription { thingCreated { id ownerId label } }',
    );
    const b = collect(
      wsClient(await token({ role: 'COMPANY', companyId: 'company-b' })),
      'subscription { thingCreated { id ownerId label } }',
    );
    await upstreamReached(2); // two callers: two upstream streams
    await createThing('t-a', 'company-a');
    await createThing('t-b', 'company-b');
    await until(() => a.received.length >= 1 && b.received.length >= 1);
    await settle();
    expect(a.received).toEqual([{ data: { thingCreated: { id: 't-a', ownerId: 'company-a', label: 't-a seen by COMPANY' } } }]);
    expect(b.received).toEqual([{ data: { thingCreated: { id: 't-b', ownerId: 'company-b', label: 't-b seen by COMPANY' } } }]);
    a.stop();
    b.stop();
  });

  it('shares one upstream stream between identical subscriptions of the same caller', async () => {
    const staffToken = await token({ userId: 'staff-1', role: 'STAFF' });
    const client = wsClient(staffToken);
    // The previous tests' streams have ended, at alpha and in the gateway.
    await until(() => upstream() === 0 && gateway.upstreamSubscriptionCount() === 0, 30_000);
    const baseline = gateway.upstreamSubscriptionCount();
    const one = collect(client, 'subscription { thingCreated { id score } }');
    const two = collect(client, 'subscription { thingCreated { id score } }');
    const three = collect(wsClient(staffToken), 'subscription { thingCreated { id score } }');
    await until(() => upstream() >= 1, 30_000);
    await settle();
    expect(gateway.upstreamSubscriptionCount() - baseline).toBe(1);
    expect(upstream()).toBe(1);
    await createThing('t-dedup', 'company-a');
    await until(() => one.received.length === 1 && two.received.length === 1 && three.received.length === 1);
    for (const s of [one, two, three]) expect(s.received[0]).toEqual({ data: { thingCreated: { id: 't-dedup', score: 70 } } });
    one.stop();
    two.stop();
    three.stop();
    // The shared stream ends with its last subscriber (waited for: it takes a round trip to alpha).
    await until(() => gateway.upstreamSubscriptionCount() === baseline && upstream() === 0, 30_000);
  });

  it('resolves each event once per caller scope, never sharing a result between callers whose answers differ', async () => {
    await until(() => upstream() === 0 && gateway.upstreamSubscriptionCount() === 0, 30_000);
    const query = 'subscription { thingCreated { id ownerId score label } }';
    const staffToken = await token({ userId: 'staff-share', role: 'STAFF' });
    const companyA = await token({ userId: 'company-a-user', role: 'COMPANY', companyId: 'company-a' });
    const staffConnection = wsClient(staffToken);
    const companyConnection = wsClient(companyA);
    // Three identical staff subscriptions (two on one connection), two of one company user, one of another company.
    const staff = [collect(staffConnection, query), collect(staffConnection, query), collect(wsClient(staffToken), query)];
    const ofA = [collect(companyConnection, query), collect(wsClient(companyA), query)];
    const ofB = collect(wsClient(await token({ userId: 'company-b-user', role: 'COMPANY', companyId: 'company-b' })), query);
    await until(() => upstream() === 3, 30_000); // one upstream stream per caller scope
    await settle();
    expect(gateway.upstreamSubscriptionCount()).toBe(3);
    const before = { ...referenceBatches };
    await createThing('t-share-a', 'company-a');
    await createThing('t-share-b', 'company-b');
    await until(
      () => staff.every((s) => s.received.length === 2) && ofA.every((s) => s.received.length === 1) && ofB.received.length === 1,
    );
    await settle();
    const event = (id: string, ownerId: string, role: string) => ({
      data: { thingCreated: { id, ownerId, score: id.length * 10, label: `${id} seen by ${role}` } },
    });
    for (const s of staff) expect(s.received).toEqual([event('t-share-a', 'company-a', 'STAFF'), event('t-share-b', 'company-b', 'STAFF')]);
    for (const s of ofA) expect(s.received).toEqual([event('t-share-a', 'company-a', 'COMPANY')]);
    expect(ofB.received).toEqual([event('t-share-b', 'company-b', 'COMPANY')]);
    // One resolution per caller scope and event (staff twice, each company once), not one per subscriber.
    expect(referenceBatches.beta - before.beta).toBe(4);
    expect(referenceBatches.gamma - before.gamma).toBe(4);
    for (const s of [...staff, ...ofA, ofB]) s.stop();
    await until(() => upstream() === 0 && gateway.upstreamSubscriptionCount() === 0, 30_000);
  });

  it('keeps delivering to the others when one subscriber leaves, and closes the upstream stream with the last one', async () => {
    await until(() => upstream() === 0 && gateway.upstreamSubscriptionCount() === 0, 30_000);
    const query = 'subscription { thingCreated { id score } }';
    const staffToken = await token({ userId: 'staff-leave', role: 'STAFF' });
    const shared = wsClient(staffToken);
    const closing = createClient({
      url: gateway.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${staffToken}` },
      retryAttempts: 0,
    });
    const leaver = collect(shared, query);
    const stayer = collect(shared, query);
    const onClosingSocket = collect(closing, query);
    await until(() => upstream() === 1, 30_000);
    await settle();
    expect(gateway.upstreamSubscriptionCount()).toBe(1);

    leaver.stop(); // a graphql-ws `complete` from the client
    await settle();
    await createThing('t-leave-1', 'company-a');
    await until(() => stayer.received.length === 1 && onClosingSocket.received.length === 1);
    expect(leaver.received).toEqual([]);

    await closing.dispose(); // the socket goes away without a `complete`
    await settle();
    expect(gateway.upstreamSubscriptionCount()).toBe(1);
    await createThing('t-leave-2', 'company-a');
    await until(() => stayer.received.length === 2);
    await settle();
    expect(stayer.received).toEqual([
      { data: { thingCreated: { id: 't-leave-1', score: 90 } } },
      { data: { thingCreated: { id: 't-leave-2', score: 90 } } },
    ]);
    expect(onClosingSocket.received).toHaveLength(1);
    expect(leaver.received).toEqual([]);

    stayer.stop();
    await until(() => gateway.upstreamSubscriptionCount() === 0 && upstream() === 0, 30_000);
  });

  it('keeps a client subscription alive across a restart of the owning subgraph', async () => {
    await upstreamReached(0);
    const staff = collect(wsClient(await token({ role: 'STAFF' })), 'subscription { thingCreated { id label } }');
    await upstreamReached(1);
    const port = subs.alpha?.port ?? 0;
    await subs.alpha?.stop();
    subs.alpha = await startSubgraph(alpha, subgraphConfig('alpha', port), () => undefined);
    await until(() => gateway.upstreamSubscriptionCount() > 0);
    // The upstream resubscribes to the restarted alpha after reconnecting; publish once it is there.
    await upstreamReached(1);
    await createThing('t-after-restart', 'company-a');
    await until(() => staff.received.length === 1, 20_000);
    expect(staff.received[0]).toEqual({ data: { thingCreated: { id: 't-after-restart', label: 't-after-restart seen by STAFF' } } });
    expect(staff.errors).toEqual([]);
    staff.stop();
  });

  it('delivers each event exactly once per subscriber with two gateway replicas and two replicas of the subgraph', async () => {
    const alpha2 = await startSubgraph(alpha, subgraphConfig('alpha'), () => undefined);
    const gateway2 = await startGateway(
      { ...gatewayConfig, subgraphUrls: { ...gatewayConfig.subgraphUrls, alpha: alpha2.url } },
      composeSupergraph(
        await Promise.all(
          [alpha, beta, gamma].map(async (d) => ({ name: d.name, sdl: printSubgraphSchema(await buildDefinitionSchema(d)) })),
        ),
      ),
      () => undefined,
    );
    try {
      await upstreamReached(0);
      const staffToken = await token({ role: 'STAFF' });
      const onFirst = collect(wsClient(staffToken), 'subscription { thingCreated { id } }');
      const second = createClient({
        url: gateway2.url.replace('http', 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${staffToken}` },
        retryAttempts: 0,
      });
      clients.push(second);
      const onSecond = collect(second, 'subscription { thingCreated { id } }');
      await until(() => upstream() === 1 && alpha2.liveSubscriptions() === 1, 30_000);
      await createThing('t-replicas-1', 'company-a');
      // The second write goes through the second gateway, hence the second subgraph replica.
      const r = await graphqlRequest(gateway2.url, 'mutation { createThing(id: "t-replicas-2", name: "x", ownerId: "company-a") { id } }', {
        token: staffToken,
      });
      expect(r.errors).toBeUndefined();
      await until(() => onFirst.received.length >= 2 && onSecond.received.length >= 2);
      await new Promise((res) => setTimeout(res, 700));
      const ids = (list: Record<string, unknown>[]) =>
        list.map((e) => (e as { data: { thingCreated: { id: string } } }).data.thingCreated.id).sort();
      expect(ids(onFirst.received)).toEqual(['t-replicas-1', 't-replicas-2']);
      expect(ids(onSecond.received)).toEqual(['t-replicas-1', 't-replicas-2']);
      onFirst.stop();
      onSecond.stop();
    } finally {
      await gateway2.stop();
      await alpha2.stop();
    }
  });

  it('refuses a connection without a valid token, and closes the socket when the token expires', async () => {
    const closes: number[] = [];
    const anonymous = collect(
      wsClient(undefined, (code) => closes.push(code)),
      THREE_SUBGRAPHS,
    );
    await until(() => closes.length === 1);
    expect(closes[0]).toBe(4403);
    expect(anonymous.received).toEqual([]);

    const expiring: number[] = [];
    // 3 s: the JWT's expiry is in whole seconds, so a 1 s token could already be expired when a slow
    // machine connects (refused with 4403 instead of accepted, then closed with 4401).
    collect(
      wsClient(await token({ role: 'STAFF' }, 3), (code) => expiring.push(code)),
      THREE_SUBGRAPHS,
    );
    await until(() => expiring.length === 1, 10_000);
    expect(expiring[0]).toBe(4401);
  });
});
