import { createClient, type Client } from 'graphql-ws';
import { trackLiveStatus } from './live-connection.js';
import type { SessionStore } from './session.js';

const REFUSED = [4401, 4403];
const closeCode = (event: unknown): number | undefined => (typeof event === 'object' && event !== null && 'code' in event ? Number((event as { code: unknown }).code) : undefined);

/** The graphql-ws URL on the page's own origin (`ws:` or `wss:` as the page). */
export function subscriptionUrl(location: Pick<Location, 'protocol' | 'host'> = window.location, path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/**
 * graphql-ws client authenticated with the session's token at connection time
 * (`connectionParams.authorization`). Lazy: it connects on the first subscription. Closed with
 * 4401 (token expired) or 4403 (token refused) it signs the user out and does not retry. `webSocketImpl` is for Node (tests).
 */
export function createSubscriptionClient(session: SessionStore, options: { url?: string; lazy?: boolean; webSocketImpl?: unknown } = {}): Client {
  const client = createClient({
    url: options.url ?? subscriptionUrl(),
    lazy: options.lazy ?? true,
    ...(options.webSocketImpl ? { webSocketImpl: options.webSocketImpl } : {}),
    connectionParams: () => {
      const token = session.get()?.token;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // Refused at connection (4403: no or bad token) or expired (4401): retrying cannot help.
    shouldRetry: (event) => !REFUSED.includes(closeCode(event) ?? 0),
    on: {
      closed: (event) => {
        if (REFUSED.includes(closeCode(event) ?? 0) && session.get()) session.clear('expired');
      },
    },
  });
  trackLiveStatus(client);
  // A new sign-in (or sign-out) must not reuse a socket authenticated as someone else.
  let token = session.get()?.token;
  session.subscribe(() => {
    const next = session.get()?.token;
    if (next !== token) {
      token = next;
      client.terminate();
    }
  });
  return client;
}
