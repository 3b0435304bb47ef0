import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { CALLER_HEADER, callerScope, signCaller, type Caller } from '@ixl/auth';

/** What a subgraph WebSocket connection's caller header is bound to (see @ixl/subgraph-kit). */
const WS_REQUEST = { method: 'WS', path: '/graphql', body: null } as const;
import { apiError } from '../errors.js';

type Sink = (result: ExecutionResult) => void;

interface Stream {
  sinks: Set<Sink>;
  enders: Set<() => void>;
  dispose: () => void;
}

/**
 * graphql-ws connections from the gateway to the subgraphs: one client per subgraph and caller,
 * one upstream subscription per identical (subgraph, operation, variables, caller), shared by every
 * client subscription that asks for it. Clients reconnect and resubscribe when a subgraph restarts.
 */
export class UpstreamSubscriptions {
  private readonly clients = new Map<string, { client: Client; users: number }>();
  private readonly streams = new Map<string, Stream>();

  constructor(
    private readonly subgraphUrl: (name: string) => string,
    private readonly internalSecret: string,
  ) {}

  /** Number of distinct upstream subscriptions (for tests and metrics). */
  get size(): number {
    return this.streams.size;
  }

  /** `sink` gets every result; `onEnd` runs when the upstream subscription ended with an error. */
  subscribe(
    service: string,
    query: string,
    variables: Record<string, unknown>,
    caller: Caller,
    sink: Sink,
    onEnd: () => void,
    onError: (err: unknown) => void,
  ): () => void {
    const callerKey = callerScope(caller);
    const key = JSON.stringify([service, query, variables, callerKey]);
    let stream = this.streams.get(key);
    if (!stream) {
      const clientKey = `${service}|${callerKey}`;
      const entry = this.clientFor(clientKey, service, caller);
      const sinks = new Set<Sink>();
      const enders = new Set<() => void>();
      const unsubscribe = entry.client.subscribe<Record<string, unknown>>(
        { query, variables },
        {
          next: (result) => {
            for (const s of sinks) s(result as ExecutionResult);
          },
          error: (err) => {
            // A subgraph's refusal (e.g. FORBIDDEN) keeps its message and code; anything else is generic.
            const errors = Array.isArray(err)
              ? err.map(
                  (e: { message?: string; extensions?: Record<string, unknown> }) =>
                    new GraphQLError(e.message ?? 'Subscription failed', { extensions: e.extensions }),
                )
              : [apiError('LIVE_UPDATES_UNAVAILABLE', {})];
            for (const s of sinks) s({ errors });
            for (const end of enders) end();
            onError(err);
          },
          complete: () => undefined,
        },
      );
      stream = {
        sinks,
        enders,
        dispose: () => {
          unsubscribe();
          entry.users -= 1;
          if (entry.users === 0) {
            this.clients.delete(clientKey);
            void entry.client.dispose();
          }
        },
      };
      entry.users += 1;
      this.streams.set(key, stream);
    }
    stream.sinks.add(sink);
    stream.enders.add(onEnd);
    const current = stream;
    return () => {
      current.sinks.delete(sink);
      current.enders.delete(onEnd);
      if (current.sinks.size === 0) {
        this.streams.delete(key);
        current.dispose();
      }
    };
  }

  private clientFor(clientKey: string, service: string, caller: Caller): { client: Client; users: number } {
    let entry = this.clients.get(clientKey);
    if (!entry) {
      const url = this.subgraphUrl(service).replace(/^http/, 'ws');
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        lazy: true,
        // Signed afresh on every (re)connection: signatures are short-lived.
        connectionParams: () => ({ [CALLER_HEADER]: signCaller(caller, this.internalSecret, WS_REQUEST) }),
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: () => true,
        retryWait: async (retries) => new Promise((r) => setTimeout(r, Math.min(5_000, 100 * 2 ** retries))),
        keepAlive: 10_000,
      });
      entry = { client, users: 0 };
      this.clients.set(clientKey, entry);
    }
    return entry;
  }

  async close(): Promise<void> {
    for (const stream of this.streams.values()) stream.dispose();
    this.streams.clear();
    await Promise.all([...this.clients.values()].map((c) => c.client.dispose()));
    this.clients.clear();
  }
}
