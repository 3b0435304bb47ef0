import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { COMPANIES_EVENTS } from '@ixl/contracts';
import { forbidden, groupByKeys } from '@ixl/subgraph-kit';
import type { CandidateStatusChange } from '../dto/candidate-history.types.js';
import type { CandidateOutcomeReason, CandidateStatus } from '../entities/candidate.entity.js';

interface Row {
  aggregate_id: string;
  payload: { from?: string | null; to: string; reason?: string | null; reasonCode?: string | null };
  occurred_at: Date | string;
}

/**
 * Staff: the transitions of each candidate, oldest first, read from the subgraph's own append-only
 * outbox (every pipeline change writes CandidateStatusChanged in the same transaction as the change).
 * Reasons and notes are staff-only, so other callers are refused.
 */
export async function candidateHistories(
  em: EntityManager,
  caller: Caller,
  candidateIds: readonly string[],
): Promise<CandidateStatusChange[][]> {
  if (!isStaff(caller)) throw forbidden('PIPELINE_HISTORY_STAFF_ONLY');
  const ids = [...new Set(candidateIds)];
  const rows: Row[] = ids.length
    ? await em.execute(
        `select "aggregate_id", "payload", "occurred_at" from "companies"."outbox_event" where "aggregate_type" = 'Candidate' and "type" = ? and "aggregate_id" in (${ids.map(() => '?').join(', ')}) order by "id"`,
        [COMPANIES_EVENTS.CandidateStatusChanged, ...ids],
      )
    : [];
  const changes = rows.map((r) => ({
    candidateId: r.aggregate_id,
    from: (r.payload.from ?? null) as CandidateStatus | null,
    to: r.payload.to as CandidateStatus,
    reasonCode: (r.payload.reasonCode ?? null) as CandidateOutcomeReason | null,
    reasonNote: r.payload.reason ?? null,
    at: new Date(r.occurred_at),
  }));
  return groupByKeys(candidateIds, changes, (c) => c.candidateId);
}
