import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

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

/** Lets new subscriptions reach the subgraph before the test publishes. */
export const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
