export {
  executeApollo,
  readBody,
  sendJson,
  headerMap,
  BodyTooLargeError,
  WS_MAX_PAYLOAD_BYTES,
  type ApolloInterceptor,
  type BufferedResponse,
} from './http.js';
export { StartupError, listen } from './startup.js';
