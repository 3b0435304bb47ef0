import 'reflect-metadata';
export { DomainError, badInput, notFound, forbidden, formatSubgraphError, type ErrorCode } from './errors.js';
export {
  duplicateConflict,
  duplicateConflictPlugin,
  existingIdOf,
  isDuplicateViolation,
  parseKey,
  type DuplicateMessages,
  type DuplicateViolation,
} from './duplicates.js';
export { loader, loadById, byKeys, groupByKeys, type SubgraphContext } from './context.js';
export { requireRole, requireStaff, requireAuthenticated, isStaff, ReadableBy, declaredFieldRules } from './authz.js';
export { buildFederatedSchema, type ReferenceResolvers } from './schema.js';
export { loadSubgraphConfig, subgraphConfig, type SubgraphConfig } from './config.js';
export {
  startSubgraph,
  runSubgraphMain,
  buildDefinitionSchema,
  consoleLogger,
  type SubgraphDefinition,
  type RunningSubgraph,
  type Logger,
} from './subgraph.js';
export { liveEvents } from './live.js';
export { safeErrorForLog } from './log-safe.js';
export {
  startJobs,
  installJobQueueSchema,
  validateSchedules,
  lastOccurrence,
  JOB_TIME_ZONE,
  type ScheduledJob,
  type JobRunner,
  type JobQueueOptions,
  type DeadLetterJob,
} from './jobs.js';
export { requireIsoDate, requireHeldDate } from './dates.js';
export { transitionTable, type TransitionTable } from './transitions.js';
export { eventPublisher, bufferEvents, type EventBuffer, type PublishEvent, type EventAggregate } from './publish.js';
export { requirePersonalDataAccess, personalDataRows, personalDataResolver, type PersonalDataOptions } from './personal-data.js';
export { reportScope, share, type ReportScope } from './report-scope.js';
export { isUuid, requireUuid } from './ids.js';
export {
  auditPersonalDataRead,
  auditPersonalDataReadInBatch,
  isAuditedReader,
  PERSONAL_DATA_READ_EVENT,
  type PersonalDataReadAction,
  type PersonalDataReadInput,
} from './read-audit.js';
export { readSpreadsheet, writeXlsx, isXlsx, fiscalCodeHash, type SheetRecord, type SpreadsheetReading } from './spreadsheet.js';
export { countHit, throttleKey } from './throttle.js';
export { importEuroCents, importYesNo } from './import-values.js';
export {
  HistoryImportEngine,
  ImportRowProblems,
  historyImportTablesSql,
  importDate,
  importRowHash,
  importColumnsAt,
  checkImportHeader,
  parseImportRecords,
  pgTextArray,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  IMPORT_CHUNK_ROWS,
  IMPORT_LEASE_SECONDS,
  type ImportKindDefinition,
  type ImportWrittenRow,
  type ImportResolveContext,
  type ImportRowError,
  type ImportRowProblem,
  type ImportAction,
  type ParsedImportRow,
  type PlannedImportRow,
  type ImportRecordRow,
  type ImportWrite,
  type ImportWriteManyContext,
  type ImportFileInput,
  type ImportCheckResult,
  type ImportBatchRow,
} from './history-import.js';
export {
  HistoryImportKind,
  HistoryImportStatus,
  HistoryImportFileInput,
  HistoryImportRowError,
  HistoryImportCheck,
  HistoryImportBatch,
  HistoryImportColumn,
  HistoryImportLayout,
  HistoryImportSource,
  historyImportBatchOut,
  historyImportResolver,
  historyImportFileRoutes,
  historyImportResumeJob,
  historyImportWorkers,
  withHistoryImport,
} from './history-import-host.js';
