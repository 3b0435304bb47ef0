import { graphql } from '../../gql/index.js';

/** ADMIN: the history import batches (who imported what, when) and one batch's progress. */
export const IMPORT_BATCHES = graphql(`
  query StaffHistoryImportBatches {
    historyImportBatches(limit: 20) {
      id
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
  }
`);

export const UNDO_IMPORT = graphql(`
  mutation StaffUndoHistoryImport($id: ID!) {
    undoHistoryImport(id: $id) {
      id
      status
    }
  }
`);
