import { auditPersonalDataRead, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { TrainingSettlement } from '../entities/settlement.entity.js';
import { StageIndemnity } from '../entities/stage-indemnity.entity.js';
import { SupportPayment } from '../entities/support-payment.entity.js';
import { LedgerAccount } from '../entities/enums.js';
import { companyPaymentFilter, settlementFilter } from './finance-access.js';

/** Risk-share settlements: staff all, a training body its own. */
export function listTrainingSettlements(ctx: SubgraphContext): Promise<TrainingSettlement[]> {
  return ctx.em.find(TrainingSettlement, settlementFilter(ctx.caller), { orderBy: { windowEnd: 'desc', id: 'asc' } });
}

/** Monthly stage indemnities (of one placement when given): staff all, a company those of its stages; audited. */
export async function listStageIndemnities(ctx: SubgraphContext, placementId: string | null | undefined): Promise<StageIndemnity[]> {
  const filter = companyPaymentFilter(ctx.caller);
  const rows = await ctx.em.find(
    StageIndemnity,
    { ...filter, ...(placementId ? { placementId } : {}) },
    { orderBy: { placementId: 'asc', month: 'asc' } },
  );
  await auditPersonalDataRead(ctx.em, ctx.caller, {
    beneficiaryIds: rows.map((s) => s.beneficiaryId),
    action: 'LIST',
    detail: 'stageIndemnities',
  });
  return rows;
}

/** When a stage indemnity was paid, from the journal (null while unpaid; batched per request). */
export function stageIndemnityPaidOn(ctx: SubgraphContext, indemnityId: string): Promise<string | null> {
  return loader<string, string | null>(ctx, 'stagePaidOn', async (ids) => {
    const rows = await ctx.em.execute<{ id: string; paid_on: string | null }[]>(
      `select "stage_indemnity_id" as "id", max("booked_on")::text as "paid_on" from "finance"."ledger_entry"
where "account" = ? and "stage_indemnity_id" = any(?::uuid[]) group by 1 having sum("amount_cents") > 0`,
      [LedgerAccount.STAGE_INDEMNITY_PAID, `{${[...new Set(ids)].join(',')}}`],
    );
    const byId = new Map(rows.map((r) => [r.id, r.paid_on]));
    return ids.map((id) => byId.get(id) ?? null);
  }).load(indemnityId);
}

/** Over-55 incentives and intermediary grants: staff all, a company its own. */
export function listSupportPayments(ctx: SubgraphContext): Promise<SupportPayment[]> {
  return ctx.em.find(SupportPayment, companyPaymentFilter(ctx.caller), { orderBy: { year: 'desc', bookedOn: 'desc', id: 'asc' } });
}
