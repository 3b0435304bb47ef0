export { bootTestStack, testConfig, testSecrets, type TestStack, type TestSecrets } from './stack.js';
export { freshDatabase, freshMigratedDatabase, type TestDatabase } from './db.js';
export { graphqlRequest, errorCodes, type GraphQLResponse } from './graphql.js';
export * as factories from './factories.js';
export { subgraphDefinitions, printSubgraphSdl } from './schemas.js';
export { liveClient, until, settle, liveSubscriptions, subscribed, type LiveFeed } from './live.js';
export { spawnSubgraph, type SubgraphProcess } from './process.js';
export { withApproval, approveRequest } from './approvals.js';
export { startSmtpCatcher, linkToken, linkUrl, type SmtpCatcher, type CaughtMail } from './smtp.js';
export { pdfText } from './pdf.js';
export { startNats, type NatsServer } from './nats.js';
export {
  historyImportClient,
  type HistoryImportClient,
  type HistoryImportBatchResult,
  type HistoryImportCheckResult,
  type HistoryImportRowError,
} from './history-import.js';
