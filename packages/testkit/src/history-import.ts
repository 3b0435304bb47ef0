import { historyImportFieldNames } from '@ixl/contracts';
import type { GraphQLResponse } from './graphql.js';

/** One bad row of a checked file, as the API gives it (the reason also in words). */
export interface HistoryImportRowError {
  file: string;
  sheet: string | null;
  line: number;
  column: string | null;
  reasonCode: string;
  reason: string;
  params: Record<string, unknown>;
}

export interface HistoryImportCheckResult {
  kind: string;
  format: string;
  sheet: string | null;
  totalRows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  errors: HistoryImportRowError[];
}

export interface HistoryImportBatchResult {
  id: string;
  owner: string;
  kind: string;
  fileName: string;
  format: string;
  status: string;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  error: string | null;
  createdBy: string | null;
}

const CHECK_FIELDS = 'kind format sheet totalRows toCreate toUpdate unchanged errors { file sheet line column reasonCode reason params }';
const BATCH_FIELDS =
  'id owner kind fileName format status totalRows processedRows createdCount updatedCount unchangedCount error createdBy';

type GraphQL = <T>(query: string, opts: { token?: string; variables?: Record<string, unknown> }) => Promise<GraphQLResponse<T>>;

/**
 * An owner's history import (issue 27) through the gateway, as the staff portal uses it: check a file, start it and
 * wait for the background worker, read a batch, undo one. `check` and `importFile` fail the test on any GraphQL
 * error; `start` and `undo` give the response, for tests of refusals.
 */
export function historyImportClient(graphql: GraphQL, owner: string, token: string) {
  const n = historyImportFieldNames(owner);
  const file = (kind: string, fileName: string, content: string | Buffer) => ({
    i: { kind, fileName, contentBase64: Buffer.from(content).toString('base64') },
  });
  const must = <T>(r: GraphQLResponse<Record<string, T>>, field: string): T => {
    if (r.errors?.length) throw new Error(`${field} answered with errors: ${JSON.stringify(r.errors)}`);
    return r.data![field]!;
  };

  const client = {
    names: n,
    /** Checks a file (the response as it is, for tests of refusals). */
    checkResponse(kind: string, fileName: string, content: string | Buffer) {
      return graphql<Record<string, HistoryImportCheckResult>>(
        `mutation($i: HistoryImportFileInput!) { ${n.check}(input: $i) { ${CHECK_FIELDS} } }`,
        {
          token,
          variables: file(kind, fileName, content),
        },
      );
    },
    /** Checks a file: every bad row with file, sheet, line, column and reason; nothing is written. */
    async check(kind: string, fileName: string, content: string | Buffer): Promise<HistoryImportCheckResult> {
      return must(await client.checkResponse(kind, fileName, content), n.check);
    },
    /** Starts an import (the response as it is: a file with errors is refused). */
    start(kind: string, fileName: string, content: string | Buffer) {
      return graphql<Record<string, HistoryImportBatchResult>>(
        `mutation($i: HistoryImportFileInput!) { ${n.start}(input: $i) { ${BATCH_FIELDS} } }`,
        { token, variables: file(kind, fileName, content) },
      );
    },
    async batch(id: string): Promise<HistoryImportBatchResult> {
      const r = await graphql<Record<string, HistoryImportBatchResult>>(`query($id: ID!) { ${n.batch}(id: $id) { ${BATCH_FIELDS} } }`, {
        token,
        variables: { id },
      });
      return must(r, n.batch);
    },
    /** Waits until the background worker has finished a batch (done, failed or undone), up to `seconds`. */
    async finished(id: string, seconds = 30): Promise<HistoryImportBatchResult> {
      const until = Date.now() + seconds * 1000;
      for (;;) {
        const b = await client.batch(id);
        if (b.status !== 'QUEUED' && b.status !== 'RUNNING') return b;
        if (Date.now() > until) throw new Error(`batch ${id} of ${owner} still ${b.status} after ${seconds} s`);
        await new Promise((res) => setTimeout(res, 100));
      }
    },
    /** Imports a file and waits for it; fails unless the batch ends DONE without error. */
    async importFile(kind: string, fileName: string, content: string | Buffer): Promise<HistoryImportBatchResult> {
      const started = must(await client.start(kind, fileName, content), n.start);
      const b = await client.finished(started.id);
      if (b.status !== 'DONE' || b.error !== null || b.owner !== owner || b.kind !== kind || b.fileName !== fileName) {
        throw new Error(`the ${kind} import of ${fileName} did not end DONE: ${JSON.stringify(b)}`);
      }
      return b;
    },
    /** Undoes a whole batch (the response as it is: an undo is refused while something depends on the batch). */
    undo(id: string) {
      return graphql<Record<string, HistoryImportBatchResult>>(`mutation($id: ID!) { ${n.undo}(id: $id) { ${BATCH_FIELDS} } }`, {
        token,
        variables: { id },
      });
    },
    /** Undoes a whole batch and gives it back; fails on a refusal. */
    async undone(id: string): Promise<HistoryImportBatchResult> {
      return must(await client.undo(id), n.undo);
    },
  };
  return client;
}

export type HistoryImportClient = ReturnType<typeof historyImportClient>;
