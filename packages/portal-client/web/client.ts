import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import type { Client } from 'graphql-ws';
import { isUnauthenticated } from './errors.js';
import type { SessionStore } from './session.js';
import { createSubscriptionClient } from './ws.js';
import { fetchTakingEarlyQuery, type EarlyQuery } from './early-query.js';
import { keepApolloSessionFresh, SESSION_OPERATIONS, type RefreshApi, type SessionRefresher } from './session-refresh.js';
import { idempotencyLink, mutationRetryLink } from './idempotency.js';

export interface PortalClient {
  apollo: ApolloClient;
  ws: Client;
}

/**
 * Apollo Client for a portal on the gateway's origin: queries and mutations over HTTP `/graphql`
 * with the session's bearer token (renewed first when it is about to expire), subscriptions over
 * graphql-ws on the same path (reconnecting with the renewed token). Any UNAUTHENTICATED answer (or
 * HTTP 401) signs the user out and empties the cache. Every mutation carries an `Idempotency-Key`
 * (one per submission, the same for a double click and for the retries of a lost answer).
 */
export function createPortalClient(
  session: SessionStore,
  options: {
    uri?: string;
    ws?: Client;
    /** How sessions are renewed and ended (the browser portals: through the session cookie, shared-session.ts). */
    sessionApi?: (graphql: RefreshApi) => RefreshApi;
    /** The main page's query the HTML sent already (takeEarlyQuery): its answer serves the identical first request. */
    earlyQuery?: EarlyQuery | null;
  } = {},
): PortalClient {
  // The refresher needs the Apollo Client, whose links need the refresher: bound once both exist.
  const bound: { refresher?: SessionRefresher } = {};
  const tokens = {
    freshToken: () => bound.refresher?.freshToken() ?? Promise.resolve(session.get()?.token ?? null),
    refresh: () => bound.refresher?.refresh() ?? Promise.resolve(false),
  };
  const ws = options.ws ?? createSubscriptionClient(session, { tokens });
  const auth = new SetContextLink(async (prev, operation) => {
    const token = SESSION_OPERATIONS.has(operation.operationName ?? '') ? session.get()?.token : await tokens.freshToken();
    return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
  });
  const signOutOnUnauthenticated = new ErrorLink(({ error, operation }) => {
    // A failed sign-in is an answer for the form, not the end of a session.
    if (operation.operationName?.endsWith('Login')) return;
    if (isUnauthenticated(error)) session.clear('expired');
  });
  const early = options.earlyQuery ? fetchTakingEarlyQuery(options.earlyQuery) : null;
  const http = new HttpLink({ uri: options.uri ?? '/graphql', ...(early ? { fetch: early.fetch } : {}) });
  const transport = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, new GraphQLWsLink(ws), http);
  const apollo = new ApolloClient({
    link: ApolloLink.from([signOutOnUnauthenticated, idempotencyLink(), mutationRetryLink(), auth, transport]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  session.subscribe(() => {
    if (session.get()) return;
    early?.discard(); // an answer for the session that ended
    void apollo.clearStore();
  });
  bound.refresher = keepApolloSessionFresh(session, apollo, options.sessionApi);
  return { apollo, ws };
}
