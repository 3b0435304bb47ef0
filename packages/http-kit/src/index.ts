export { executeApollo, readBody, sendJson, headerMap, BodyTooLargeError, type ApolloInterceptor, type BufferedResponse } from './http.js';
export { StartupError, listen } from './startup.js';
