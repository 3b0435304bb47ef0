import { graphql } from '../../gql/index.js';

/**
 * ADMIN: the history import batches of every owner (who imported what, when), one field per subgraph that
 * hosts an import (a new owner adds its `<owner>HistoryImportBatches` here and its undo below); the page
 * shows them as one list, newest first.
 */
export const IMPORT_BATCHES = graphql(`
  query StaffHistoryImportBatches {
    companies: historyImportBatches(limit: 20) {
      ...StaffHistoryImportBatch
    }
    people: peopleHistoryImportBatches(limit: 20) {
      ...StaffHistoryImportBatch
    }
    training: trainingHistoryImportBatches(limit: 20) {
      ...StaffHistoryImportBatch
    }
    projects: projectsHistoryImportBatches(limit: 20) {
      ...StaffHistoryImportBatch
    }
    finance: financeHistoryImportBatches(limit: 20) {
      ...StaffHistoryImportBatch
    }
  }
  fragment StaffHistoryImportBatch on HistoryImportBatch {
    id
    owner
    kind
    fileName
    status
    totalRows
    processedRows
    createdCount
    updatedCount
    unchangedCount
    errorCode
    errorParams
    errorLine
    createdAt
    finishedAt
  }
`);

/** The undo of a batch, in the subgraph that holds it (the batch's `owner`). */
export const UNDO_IMPORT = {
  companies: graphql(`
    mutation StaffUndoHistoryImport($id: ID!) {
      undoHistoryImport(id: $id) {
        id
        status
      }
    }
  `),
  people: graphql(`
    mutation StaffUndoPeopleHistoryImport($id: ID!) {
      undoPeopleHistoryImport(id: $id) {
        id
        status
      }
    }
  `),
  training: graphql(`
    mutation StaffUndoTrainingHistoryImport($id: ID!) {
      undoTrainingHistoryImport(id: $id) {
        id
        status
      }
    }
  `),
  projects: graphql(`
    mutation StaffUndoProjectsHistoryImport($id: ID!) {
      undoProjectsHistoryImport(id: $id) {
        id
        status
      }
    }
  `),
  finance: graphql(`
    mutation StaffUndoFinanceHistoryImport($id: ID!) {
      undoFinanceHistoryImport(id: $id) {
        id
        status
      }
    }
  `),
} as const;
