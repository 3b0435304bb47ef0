import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { publishFinanceEvent } from '../events/publish.js';
import { badInput, DomainError, notFound } from '@ixl/subgraph-kit';
import type { RiskShareSettledPayload, RiskShareSettlementAdjustedPayload, SettlementPaidPayload } from '@ixl/contracts';
import { TrainingSettlement } from '../entities/settlement.entity.js';
import { LedgerAccount } from '../entities/enums.js';
import { book } from './ledger.service.js';
import { isIsoDate } from '@ixl/calendar';

/**
 * A risk-share settlement from `training` becomes a payable to the training body exactly once:
 * the insert is keyed by settlementId (primary key, `on conflict do nothing`), and the journal row is
 * written only by the delivery that inserted it.
 */
export async function receiveSettlement(em: EntityManager, p: RiskShareSettledPayload, actorId: string | null): Promise<boolean> {
  const inserted = await em.execute<{ id: string }[]>(
    `insert into "finance"."training_settlement" ("id", "edition_id", "training_body_id", "total_cost_cents", "at_risk_cents", "payable_cents", "withheld_cents", "achieved_rate_percent", "window_end")
values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("id") do nothing returning "id"`,
    [
      p.settlementId,
      p.editionId,
      p.trainingBodyId,
      p.totalCostCents,
      p.atRiskCents,
      p.payableCents,
      p.withheldCents,
      p.achievedRatePercent,
      p.windowEnd.slice(0, 10),
    ],
  );
  if (!inserted.length) return false;
  if (p.payableCents > 0)
    book(
      em,
      {
        account: LedgerAccount.SETTLEMENT_PAYABLE,
        amountCents: p.payableCents,
        bookedOn: p.windowEnd.slice(0, 10),
        settlementId: p.settlementId,
      },
      actorId,
    );
  await em.flush();
  return true;
}

/**
 * An adjustment of a settlement from `training` (a placement recorded after settlement inside its window):
 * recorded once per revisionId, the settlement's amounts become the revised ones and the difference is booked
 * on SETTLEMENT_PAYABLE on the adjustment day (a negative amount when the body is owed less). A settlement
 * already paid keeps its paidOn: the difference is what is still owed (or to recover).
 */
export async function receiveSettlementAdjustment(
  em: EntityManager,
  p: RiskShareSettlementAdjustedPayload,
  actorId: string | null,
): Promise<boolean> {
  const inserted = await em.execute<{ id: string }[]>(
    `insert into "finance"."training_settlement_revision" ("id", "settlement_id", "revision", "payable_before_cents", "payable_after_cents", "reason", "adjusted_on")
values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning "id"`,
    [p.revisionId, p.settlementId, p.revision, p.payableBeforeCents, p.payableAfterCents, p.reason, p.adjustedOn],
  );
  if (!inserted.length) return false;
  await em.execute(
    `update "finance"."training_settlement" set "payable_cents" = ?, "withheld_cents" = ?, "achieved_rate_percent" = ? where "id" = ?`,
    [p.payableAfterCents, p.withheldAfterCents, p.achievedRateAfter, p.settlementId],
  );
  if (p.deltaCents !== 0)
    book(
      em,
      { account: LedgerAccount.SETTLEMENT_PAYABLE, amountCents: p.deltaCents, bookedOn: p.adjustedOn, settlementId: p.settlementId },
      actorId,
    );
  await em.flush();
  return true;
}

/** Pays a settlement to its training body (once). */
export async function paySettlement(
  em: EntityManager,
  input: { settlementId: string; paidOn: string },
  actorId: string | null,
): Promise<TrainingSettlement> {
  if (!isIsoDate(input.paidOn)) throw badInput('paidOn', 'ISO_DATE_EXPECTED');
  return em.transactional(async (tx) => {
    const s = await tx.findOne(TrainingSettlement, { id: input.settlementId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!s) throw notFound('SETTLEMENT_NOT_FOUND');
    if (s.paidOn) throw new DomainError('SETTLEMENT_ALREADY_PAID', {}, 'settlementId', { existingId: s.id, paidOn: s.paidOn });
    s.paidOn = input.paidOn;
    if (s.payableCents > 0)
      book(
        tx,
        { account: LedgerAccount.SETTLEMENT_PAID, amountCents: s.payableCents, bookedOn: input.paidOn, settlementId: s.id },
        actorId,
      );
    await tx.flush();
    const payload: SettlementPaidPayload = {
      settlementId: s.id,
      editionId: s.editionId,
      trainingBodyId: s.trainingBodyId,
      paidCents: s.payableCents,
      paidOn: input.paidOn,
    };
    await publishFinanceEvent(tx, 'SettlementPaid', { type: 'TrainingSettlement', id: s.id }, payload, actorId);
    return s;
  });
}
