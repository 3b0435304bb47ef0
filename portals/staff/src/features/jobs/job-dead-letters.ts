import { SUBGRAPH_NAMES, type SubgraphName } from '@ixl/registry';
import type { StaffJobDeadLettersQuery } from '../../gql/graphql.js';

/** One failed job as the page shows it: which service it belongs to, then what pg-boss kept of it. */
export interface JobDeadLetterRow {
  service: SubgraphName;
  id: string;
  job: string;
  error: string;
  attempts: number;
  createdAt: string;
  failedAt: string;
}

/** Every service's dead letters in one list, the most recently failed first. */
export function jobDeadLetterRows(data: StaffJobDeadLettersQuery): JobDeadLetterRow[] {
  const rows: JobDeadLetterRow[] = [];
  for (const service of SUBGRAPH_NAMES) {
    const list = (data as unknown as Record<string, Omit<JobDeadLetterRow, 'service'>[] | undefined>)[`${service}JobDeadLetters`] ?? [];
    for (const r of list) rows.push({ service, ...r });
  }
  return rows.sort((a, b) => b.failedAt.localeCompare(a.failedAt) || a.id.localeCompare(b.id));
}
