import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { bootTestStack, type TestStack } from '@ixl/testkit';
import { createSessionStore } from '../../packages/portal-client/web/session.js';
import { createSubscriptionClient, subscriptionUrl } from '../../packages/portal-client/web/ws.js';

/** The portals' graphql-ws client against the real gateway (live updates ride on it). */
describe('portal subscription client (graphql-ws on /graphql)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await bootTestStack();
  });
  afterAll(async () => stack?.stop());

  const wsUrl = () => {
    const { protocol, host } = new URL(stack.url);
    return subscriptionUrl({ protocol, host });
  };

  it('connects with the session token and receives connection_ack', async () => {
    const session = createSessionStore('staff', null);
    const token = await stack.tokenFor('STAFF');
    session.set({
      token,
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: { id: 'u', email: 'op@test.ixl', role: 'STAFF', displayName: 'Op' },
    });
    const client = createSubscriptionClient(session, { url: wsUrl(), lazy: false, webSocketImpl: WebSocket });
    const ack = await new Promise<unknown>((resolve, reject) => {
      client.on('connected', (_socket, payload) => resolve(payload ?? 'ack'));
      client.on('closed', (event) => reject(new Error(`closed: ${(event as { code?: number }).code}`)));
      client.on('error', reject);
    });
    expect(ack).toBeDefined();
    await client.dispose();
  });

  it('is refused without a token (4403) and does not retry forever', async () => {
    const session = createSessionStore('staff', null);
    const client = createSubscriptionClient(session, { url: wsUrl(), lazy: false, webSocketImpl: WebSocket });
    const code = await new Promise<number | undefined>((resolve) =>
      client.on('closed', (event) => resolve((event as { code?: number }).code)),
    );
    expect(code).toBe(4403);
    await client.dispose();
  });

  it('signs the session out when the gateway refuses its token', async () => {
    const session = createSessionStore('staff', null);
    session.set({
      token: 'not-a-valid-token',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: { id: 'u', email: 'op@test.ixl', role: 'STAFF', displayName: 'Op' },
    });
    const signedOut = new Promise<void>((resolve) => session.subscribe(() => resolve()));
    const codes: (number | undefined)[] = [];
    const client = createSubscriptionClient(session, { url: wsUrl(), lazy: false, webSocketImpl: WebSocket });
    client.on('closed', (event) => codes.push((event as { code?: number }).code));
    await signedOut;
    expect(codes).toContain(4403);
    expect(session.get()).toBeNull();
    expect(session.lastLogoutReason()).toBe('expired');
    await client.dispose();
  });

  it('uses ws: or wss: like the page', () => {
    expect(subscriptionUrl({ protocol: 'https:', host: 'ixl.example.org' })).toBe('wss://ixl.example.org/graphql');
    expect(subscriptionUrl({ protocol: 'http:', host: 'localhost:4000' })).toBe('ws://localhost:4000/graphql');
  });
});
