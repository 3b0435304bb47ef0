import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlacementRecordedPayload } from '@ixl/contracts';
import { badInput, DomainError, notFound } from '@ixl/subgraph-kit';
import { StageIndemnity } from '../entities/stage-indemnity.entity.js';
import { LedgerAccount } from '../entities/enums.js';
import { book, ledgerSums } from './ledger.service.js';
import { addMonths, isIsoDate } from '@ixl/calendar';

/** Monthly indemnity IXL pays a person in stage (€450, the Emilia-Romagna minimum for tirocini). */
export const STAGE_MONTHLY_INDEMNITY_CENTS = 45_000;
/** Months scheduled when a stage has no end date yet. */
export const STAGE_DEFAULT_MONTHS = 6;

/** Pure: the first days of the months a stage covers (start month to end month, both included). */
export function stageMonths(startDate: string, endDate: string | null): string[] {
  const first = `${startDate.slice(0, 7)}-01`;
  const last = endDate ? `${endDate.slice(0, 7)}-01` : addMonths(first, STAGE_DEFAULT_MONTHS - 1);
  const months: string[] = [];
  for (let m = first; m <= last && months.length < 24; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** A STAGE placement gets its monthly indemnities (idempotent: one row per placement and month). */
export async function scheduleStageIndemnities(em: EntityManager, p: PlacementRecordedPayload): Promise<number> {
  if (p.type !== 'STAGE' || !isIsoDate(String(p.startDate).slice(0, 10))) return 0;
  const end = typeof p.endDate === 'string' && isIsoDate(p.endDate.slice(0, 10)) ? p.endDate.slice(0, 10) : null;
  let created = 0;
  for (const month of stageMonths(p.startDate.slice(0, 10), end)) {
    const rows = await em.execute<{ id: string }[]>(
      `insert into "finance"."stage_indemnity" ("id", "placement_id", "beneficiary_id", "company_id", "month", "amount_cents")
values (?, ?, ?, ?, ?, ?) on conflict ("placement_id", "month") do nothing returning "id"`,
      [randomUUID(), p.placementId, p.beneficiaryId, p.companyId, month, STAGE_MONTHLY_INDEMNITY_CENTS],
    );
    created += rows.length;
  }
  return created;
}

/** Pays one monthly indemnity (once: a second payment is a CONFLICT; a reversal in the journal reopens it). */
export async function payStageIndemnity(
  em: EntityManager,
  input: { indemnityId: string; paidOn: string },
  actorId: string | null,
): Promise<StageIndemnity> {
  if (!isIsoDate(input.paidOn)) throw badInput('paidOn', 'ISO_DATE_EXPECTED');
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`finance.stage:${input.indemnityId}`]);
    const indemnity = await tx.findOne(StageIndemnity, { id: input.indemnityId });
    if (!indemnity) throw notFound('STAGE_INDEMNITY_NOT_FOUND');
    if (input.paidOn < indemnity.month) throw badInput('paidOn', 'INDEMNITY_BEFORE_MONTH');
    if ((await ledgerSums(tx, LedgerAccount.STAGE_INDEMNITY_PAID, 'stage_indemnity_id', [indemnity.id])).get(indemnity.id)) {
      throw new DomainError('INDEMNITY_ALREADY_PAID', {}, 'indemnityId', { existingId: indemnity.id });
    }
    book(
      tx,
      {
        account: LedgerAccount.STAGE_INDEMNITY_PAID,
        amountCents: indemnity.amountCents,
        bookedOn: input.paidOn,
        stageIndemnityId: indemnity.id,
      },
      actorId,
    );
    await tx.flush();
    return indemnity;
  });
}
