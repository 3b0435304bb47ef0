import type { EntityManager } from '@mikro-orm/postgresql';
import type { ScheduledJob } from '@ixl/subgraph-kit';
import { SYSTEM_ACTOR } from '../services/actor.js';
import { pseudonymise } from '../services/erasure.service.js';

/** Statuses that close a record (readmission reopens it; the clock starts at the last change). */
export const CLOSED_STATUSES = ['FUORI_PROTOCOLLO', 'NOT_IN_TARGET'] as const;

/**
 * People whose record closed (out of protocol, not in target, or consent withdrawn) more than
 * `months` before `now`, not yet erased. At most `limit` per run, oldest first.
 */
export async function dueForRetention(em: EntityManager, now: Date, months: number, limit = 500): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select b."id" from "people"."beneficiary" b
     left join lateral (select max(s."at") as "at" from "people"."status_change" s where s."beneficiary_id" = b."id" and s."to" = b."status") last on true
     where b."erased_at" is null and (
       (b."status" = any(?::text[]) and coalesce(last."at", b."updated_at", b."registered_at") < (?::timestamptz - make_interval(months => ?)))
       or b."consent_withdrawn_at" < (?::timestamptz - make_interval(months => ?)))
     order by b."id" limit ?`,
    [`{${CLOSED_STATUSES.join(',')}}`, now, months, now, months, limit],
  );
  return rows.map((r) => r.id);
}

/** Pseudonymises every person due; returns how many. */
export async function applyRetention(em: EntityManager, now: Date, months: number): Promise<number> {
  const ids = await dueForRetention(em, now, months);
  for (const id of ids) await pseudonymise(em, id, SYSTEM_ACTOR, now);
  return ids.length;
}

/** The daily retention job of the people subgraph; `months` is IXL_RETENTION_MONTHS (`config.people.retentionMonths`). */
export function retentionJob(months: number): ScheduledJob {
  return {
    name: 'privacy-retention',
    // Daily at 02:30 Bologna time, when nobody works on the records.
    cron: '30 2 * * *',
    run: async (em, now) => {
      await applyRetention(em, now, months);
    },
  };
}
