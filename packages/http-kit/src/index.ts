export {
  executeApollo,
  readBody,
  readBodyBytes,
  sendBodyTooLarge,
  GRAPHQL_MAX_BODY_BYTES,
  sendJson,
  headerMap,
  BodyTooLargeError,
  WS_MAX_PAYLOAD_BYTES,
  type ApolloInterceptor,
  type BufferedResponse,
} from './http.js';
export { StartupError, listen } from './startup.js';
export { FanOutGroups, graphqlWsNextWriter, MAX_BUFFERED_BYTES, type FanOutMember, type FanOutSource, type NextSocket } from './fan-out.js';
