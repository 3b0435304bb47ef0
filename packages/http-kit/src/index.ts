export { executeApollo, readBody, sendJson, headerMap, BodyTooLargeError } from './http.js';
export { StartupError, listen } from './startup.js';
