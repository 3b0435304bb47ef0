import type { Client, ClientOptions, Event, EventListener, FormattedExecutionResult, Sink, SubscribePayload } from 'graphql-ws';
import { trackLiveStatus } from './live-connection.js';
import type { SessionStore } from './session.js';

/** 4401: the token expired while connected; 4403: the token was refused at connection. */
const EXPIRED = 4401;
const REFUSED = 4403;
const closeCode = (event: unknown): number | undefined =>
  typeof event === 'object' && event !== null && 'code' in event ? Number((event as { code: unknown }).code) : undefined;

/** How the live connection gets its token (the portal's session refresher, see session-refresh.ts). */
export interface LiveTokens {
  /** The token to connect with, renewed first when it is about to expire. */
  freshToken(): Promise<string | null>;
  /** Renews the session now; true when a new token came. */
  refresh(): Promise<boolean>;
}

/** The graphql-ws URL on the page's own origin (`ws:` or `wss:` as the page). */
export function subscriptionUrl(location: Pick<Location, 'protocol' | 'host'> = window.location, path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/** graphql-ws's default back-off: 2^retries s plus 0.3–3 s of jitter. */
const backOff = (retries: number) => new Promise<void>((r) => setTimeout(r, 2 ** retries * 1000 + Math.floor(Math.random() * 2700 + 300)));

/**
 * A graphql-ws client whose code (the graphql-ws module, its own chunk in the portals) is loaded when the client is
 * first used: at its first subscription, or at once when not `lazy`. With `lazy` graphql-ws opens no socket before the
 * first subscription anyway, so nothing changes but when its code arrives: not with a portal's first JS (issue 25).
 * Listeners given to `on` before are attached as soon as it is there.
 */
function deferredClient(options: ClientOptions): Client {
  let real: Client | null = null;
  let loading: Promise<Client> | null = null;
  let disposed = false;
  const early = new Set<{ event: Event; listener: EventListener<Event>; off?: () => void }>();
  const load = () =>
    (loading ??= import('graphql-ws').then(({ createClient }) => {
      const client = createClient(options);
      real = client;
      for (const l of early) l.off = client.on(l.event, l.listener);
      if (disposed) void client.dispose();
      return client;
    }));
  if (options.lazy === false) void load();
  return {
    on(event, listener) {
      if (real) return real.on(event, listener);
      const entry = { event, listener: listener as EventListener<Event>, off: undefined as (() => void) | undefined };
      early.add(entry);
      return () => {
        early.delete(entry);
        entry.off?.();
      };
    },
    subscribe(payload, sink) {
      if (real) return real.subscribe(payload, sink);
      let stopped = false;
      let dispose: (() => void) | null = null;
      load().then(
        (client) => {
          if (!stopped) dispose = client.subscribe(payload, sink);
        },
        (err: unknown) => {
          loading = null; // the download failed: the next subscription tries again
          if (!stopped) sink.error(err);
        },
      );
      return () => {
        stopped = true;
        dispose?.();
      };
    },
    iterate<Data, Extensions>(payload: SubscribePayload) {
      if (real) return real.iterate<Data, Extensions>(payload);
      let inner: Promise<AsyncIterableIterator<FormattedExecutionResult<Data, Extensions>>> | null = null;
      const it = () => (inner ??= load().then((client) => client.iterate<Data, Extensions>(payload)));
      const iterator: AsyncIterableIterator<FormattedExecutionResult<Data, Extensions>> = {
        next: () => it().then((i) => i.next()),
        return: (value?: unknown) =>
          it().then((i) =>
            i.return ? i.return(value) : { done: true as const, value: value as FormattedExecutionResult<Data, Extensions> },
          ),
        [Symbol.asyncIterator]: () => iterator,
      };
      return iterator;
    },
    dispose() {
      disposed = true;
      return real?.dispose();
    },
    terminate() {
      real?.terminate(); // before it is loaded there is no socket to close
    },
  };
}

/**
 * graphql-ws client authenticated at each connection with the session's current token
 * (`connectionParams` are read at connect time, after renewing a token about to expire). Lazy: it
 * connects on the first subscription. With short access tokens the socket is renewed transparently:
 * - when the session gets a new token (refresh, new sign-in) the socket is closed and the
 *   subscriptions reconnect at once with the new token;
 * - closed by the gateway with 4401 (the token expired before it was renewed, e.g. a sleeping
 *   tab), the session is refreshed and the subscriptions are made again on a new socket;
 * - refused with 4403, or 4401 with no way to refresh, it signs the user out and does not retry.
 * `iterate()` is graphql-ws's own (no resubscription after 4401). `webSocketImpl` is for Node (tests).
 */
export function createSubscriptionClient(
  session: SessionStore,
  options: { url?: string; lazy?: boolean; webSocketImpl?: unknown; tokens?: LiveTokens } = {},
): Client {
  const tokens: LiveTokens = options.tokens ?? { freshToken: async () => session.get()?.token ?? null, refresh: async () => false };
  let renewing = false;
  const client = deferredClient({
    url: options.url ?? subscriptionUrl(),
    lazy: options.lazy ?? true,
    ...(options.webSocketImpl ? { webSocketImpl: options.webSocketImpl } : {}),
    connectionParams: async () => {
      const token = await tokens.freshToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // Refused at connection: retrying cannot help (4401 is never retried by graphql-ws: see subscribe below).
    shouldRetry: (event) => closeCode(event) !== REFUSED,
    // After our own close for a new token, reconnect at once; otherwise graphql-ws's back-off.
    retryWait: async (retries) => {
      if (renewing) renewing = false;
      else await backOff(retries);
    },
    on: {
      closed: (event) => {
        const code = closeCode(event);
        if (!session.get()) return;
        if (code === REFUSED || (code === EXPIRED && !session.get()?.refreshToken)) session.clear('expired');
        else if (code === EXPIRED) void tokens.refresh(); // the subscriptions wait for it (one refresh for all)
      },
      connected: () => {
        renewing = false;
      },
    },
  });
  // A new token (refresh, sign-in, sign-out) must not keep a socket authenticated with the old one.
  let token = session.get()?.token;
  session.subscribe(() => {
    const next = session.get()?.token;
    if (next !== token) {
      token = next;
      renewing = Boolean(next);
      client.terminate();
    }
  });

  /**
   * graphql-ws ends every subscription on 4401: refresh the session, then subscribe again. If the
   * refresh failed without being refused (offline), subscribe again when the session gets its next token.
   */
  const subscribe = <Data, Extensions>(payload: SubscribePayload, sink: Sink<FormattedExecutionResult<Data, Extensions>>): (() => void) => {
    let stopped = false;
    let dispose = () => undefined as void;
    const start = () => {
      dispose = client.subscribe<Data, Extensions>(payload, {
        next: (value) => sink.next(value),
        complete: () => sink.complete(),
        error: (error) => {
          if (stopped || closeCode(error) !== EXPIRED || !session.get()?.refreshToken) return sink.error(error);
          const resume = (renewed: boolean) => {
            if (stopped) return;
            if (renewed) return start();
            if (!session.get()?.refreshToken) return sink.error(error);
            const off = session.subscribe(() => {
              off();
              resume(Boolean(session.get()));
            });
            dispose = off;
          };
          tokens.refresh().then(resume, () => sink.error(error));
        },
      });
    };
    start();
    return () => {
      stopped = true;
      dispose();
    };
  };
  const live: Client = { ...client, subscribe };
  trackLiveStatus(live); // keyed by the object the portal holds (useLiveConnection)
  return live;
}
