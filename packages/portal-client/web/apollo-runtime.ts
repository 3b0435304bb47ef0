import { getApolloContext } from '@apollo/client/react';
import { apolloContext } from './apollo-context.js';

/**
 * The portal's Apollo Client, loaded as its own chunk once the first screen is drawn (apollo-loader.ts): what
 * `createPortalClient` needs (Apollo Client, its links, the cache) is not in a portal's initial JS.
 */
export { createPortalClient } from './client.js';

if (getApolloContext() !== apolloContext()) throw new Error('the shell provides another React context than Apollo Client reads');
