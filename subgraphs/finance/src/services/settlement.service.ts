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
 * already paid keeps its paidOn and paidCents: payable − paid is what is still owed (paySettlement pays it) or to recover.
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

/**
 * Pays a settlement to its training body: what is still owed, payable − paid. The first payment pays the payable; when
 * a placement recorded later inside the window raised the settlement (receiveSettlementAdjustment), a further payment
 * pays the difference, on a day not before the last payment. Nothing owed: SETTLEMENT_ALREADY_PAID. An adjustment that
 * lowered it below what was paid leaves an amount to recover, which no payment can settle.
 */
export async function paySettlement(
  em: EntityManager,
  input: { settlementId: string; paidOn: string },
  actorId: string | null,
): Promise<TrainingSettlement> {
  if (!isIsoDate(input.paidOn)) throw badInput('paidOn', 'ISO_DATE_EXPECTED');
  return em.transactional(async (tx) => {
    const s = await tx.findOne(TrainingSettlement, { id: input.settlementId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!s) throw notFound('SETTLEMENT_NOT_FOUND');
    const owed = s.payableCents - s.paidCents;
    if (s.paidOn && owed <= 0)
      throw new DomainError('SETTLEMENT_ALREADY_PAID', {}, 'settlementId', { existingId: s.id, paidOn: s.paidOn, paidCents: s.paidCents });
    if (s.paidOn && input.paidOn < s.paidOn) throw badInput('paidOn', 'SETTLEMENT_PAID_BEFORE_LAST', { lastPaidOn: s.paidOn });
    const amount = Math.max(owed, 0);
    s.paidOn = input.paidOn;
    s.paidCents += amount;
    if (amount > 0)
      book(tx, { account: LedgerAccount.SETTLEMENT_PAID, amountCents: amount, bookedOn: input.paidOn, settlementId: s.id }, actorId);
    await tx.flush();
    const payload: SettlementPaidPayload = {
      settlementId: s.id,
      editionId: s.editionId,
      trainingBodyId: s.trainingBodyId,
      paidCents: amount,
      paidOn: input.paidOn,
    };
    await publishFinanceEvent(tx, 'SettlementPaid', { type: 'TrainingSettlement', id: s.id }, payload, actorId);
    return s;
  });
}
