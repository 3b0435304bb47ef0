import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { RunningStack } from '@ixl/launcher';

export interface LiveFeed<T = Record<string, unknown>> {
  received: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }[];
  errors: unknown[];
  stop: () => void;
}

/** graphql-ws subscriptions through the gateway, as a portal makes them; dispose() closes every socket. */
export function liveClient(gatewayUrl: string) {
  const clients: Client[] = [];
  return {
    subscribe<T = Record<string, unknown>>(token: string, query: string, variables: Record<string, unknown> = {}): LiveFeed<T> {
      const client = createClient({
        url: gatewayUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      clients.push(client);
      const feed: LiveFeed<T> = { received: [], errors: [], stop: () => undefined };
      feed.stop = client.subscribe<T>(
        { query, variables },
        { next: (r) => feed.received.push(r as never), error: (e) => feed.errors.push(e), complete: () => undefined },
      );
      return feed;
    },
    async dispose(): Promise<void> {
      await Promise.all(clients.map((c) => c.dispose()));
    },
  };
}

/** Waits (polling) until `check` holds; throws after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A pause, for checks that nothing more arrives (use `subscribed` to wait for a subscription to start). */
export const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

/** Live subscriptions the stack's in-process subgraphs are serving now (refused ones never count), or those for events of `eventType`. */
export function liveSubscriptions(stack: RunningStack, eventType?: string): number {
  return Object.values(stack.subgraphs).reduce((n, s) => n + s.liveSubscriptions(eventType), 0);
}

/**
 * Waits until the stack's subgraphs serve `count` live subscriptions. A subscription reaches its
 * subgraph some time after the client sent it (gateway, then subgraph socket); an event published
 * before that is not delivered to it, so a test publishes only after this (not after a fixed pause).
 */
export async function subscribed(stack: RunningStack, count: number, ms = 30_000): Promise<void> {
  try {
    await until(() => liveSubscriptions(stack) >= count, ms);
  } catch {
    throw new Error(`expected ${count} live subscriptions on the subgraphs, found ${liveSubscriptions(stack)} after ${ms} ms`);
  }
}
