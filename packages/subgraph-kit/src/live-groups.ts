import { createRequire } from 'node:module';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import { callerScope } from '@ixl/auth';
import { FanOutGroups, graphqlWsNextWriter, type NextSocket } from '@ixl/http-kit';
import { pushIterator } from '@ixl/events/push-iterator';
import type { SubgraphContext } from './context.js';

// The subgraph schema is built with graphql's CommonJS build (type-graphql, @apollo/subgraph): subscribe with
// the same build, as graphql-ws does (the ES module build refuses a schema "from another module or realm").
const { print, subscribe } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const isAsyncIterable = (value: unknown): value is AsyncIterable<ExecutionResult> =>
  typeof (value as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === 'function';

/**
 * Grouped live subscriptions of a subgraph's graphql-ws server. Identical subscriptions (same operation,
 * variables and caller scope: identity, role, organisation) share one run of the subscription: one
 * listener on the outbox tail, one authorisation check and load of each event (`liveEvents`' select, run
 * with the group's first context) and one execution and serialisation of the result, then a plain socket
 * write of the graphql-ws `next` frame to each member. Every member gets every event; a subscription is
 * refused (or its events filtered) exactly as it would be alone, since everything authorisation reads is
 * in the key. `mapResult` is the server's error mapping (applied once per event).
 */
export function liveSubscriptionGroups(mapResult: (result: ExecutionResult) => ExecutionResult, onError: (err: unknown) => void) {
  const groups = new FanOutGroups<ExecutionResult, ExecutionResult>();
  const writers = new WeakMap<object, (json: string) => void>();
  return {
    /** Number of live groups (for tests). */
    get size() {
      return groups.size;
    },
    /** Remembers where the subscription of `context` writes (its socket and graphql-ws id); call from `context`. */
    register(context: SubgraphContext, socket: NextSocket, id: string): void {
      writers.set(context, graphqlWsNextWriter(socket, id));
    },
    /** graphql-ws's `subscribe`: joins the group of identical subscriptions, opening it when it is the first. */
    subscribe(
      args: ExecutionArgs,
    ): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> | AsyncIterableIterator<ExecutionResult> {
      const context = args.contextValue as SubgraphContext;
      const write = writers.get(context);
      if (!write) return subscribe(args) as Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;
      const key = JSON.stringify([
        args.operationName ?? null,
        print(args.document),
        args.variableValues ?? {},
        callerScope(context.caller),
      ]);
      let leave = (): void => undefined;
      // graphql-ws iterates this and finds nothing: the group writes the `next` frames; it ends with the group.
      const { end, iterator } = pushIterator<ExecutionResult>(() => leave());
      leave = groups.join(
        key,
        { deliver: (_result, json) => write(json), end },
        {
          open: ({ event, end: ended }) => {
            let stopped = false;
            let source: AsyncIterator<ExecutionResult> | undefined;
            void (async () => {
              const result = await subscribe(args);
              if (!isAsyncIterable(result)) {
                // Refused (e.g. FORBIDDEN): every member gets the same `next` with the errors, then `complete`,
                // as graphql-ws does for a single result.
                event(result);
                return;
              }
              source = result[Symbol.asyncIterator]();
              if (stopped) return;
              for (;;) {
                const step = await source.next();
                if (step.done) return;
                event(step.value);
              }
            })()
              .catch(onError)
              .finally(() => {
                if (stopped) void source?.return?.();
                else ended();
              });
            return () => {
              stopped = true;
              void source?.return?.();
            };
          },
          resolve: mapResult,
          onError,
        },
      );
      return iterator;
    },
  };
}
