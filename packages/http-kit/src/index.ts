export { executeApollo, readBody, sendJson, headerMap, BodyTooLargeError } from './http.js';
