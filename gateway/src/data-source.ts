import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CALLER_HEADER, signCaller } from '@ixl/auth';
import type { GatewayContext } from './context.js';

/** Calls a subgraph with the caller signed in the internal header (subgraphs refuse unsigned calls). */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, private readonly internalSecret: string) {
    // Node's fetch (undici): pooled keep-alive connections per subgraph origin.
    super({ url, fetcher: fetch as unknown as RemoteGraphQLDataSource['fetcher'] });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const caller = 'caller' in context && context.caller ? context.caller : { userId: null, role: 'ANONYMOUS' as const };
    request.http?.headers.set(CALLER_HEADER, signCaller(caller, this.internalSecret));
  }
}
