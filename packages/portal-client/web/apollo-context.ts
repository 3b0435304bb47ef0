import * as React from 'react';
import type { ApolloClient } from '@apollo/client';

/** Apollo Client's own React context: `ApolloProvider` provides it, its hooks (`useQuery`…) read it. */
export type ApolloContextValue = { client?: ApolloClient };

// The key under which Apollo Client keeps its one React context (@apollo/client/react, `getApolloContext`).
const CONTEXT_KEY = Symbol.for('__APOLLO_CONTEXT__');

/**
 * Apollo Client's React context, got (or created) exactly as `getApolloContext` does, without loading Apollo Client:
 * the shell provides it from the start (empty until Apollo Client has loaded, apollo-runtime.ts), so the pages under
 * it are not re-mounted when the client arrives. apollo-runtime.ts checks it is the very context Apollo's hooks read.
 */
export function apolloContext(): React.Context<ApolloContextValue> {
  const holder = React.createContext as unknown as Record<symbol, React.Context<ApolloContextValue> | undefined>;
  let context = holder[CONTEXT_KEY];
  if (!context) {
    context = React.createContext<ApolloContextValue>({});
    Object.defineProperty(React.createContext, CONTEXT_KEY, { value: context, enumerable: false, writable: false, configurable: true });
    context.displayName = 'ApolloContext';
  }
  return context;
}
