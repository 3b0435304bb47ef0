import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { auditPersonalDataRead, loader, requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { TrainingSettlement } from '../entities/settlement.entity.js';
import { StageIndemnity } from '../entities/stage-indemnity.entity.js';
import { SupportPayment } from '../entities/support-payment.entity.js';
import { companyPaymentFilter, settlementFilter } from '../services/finance-access.js';
import { paySettlement } from '../services/settlement.service.js';
import { commitSupportPayment } from '../services/support-payment.service.js';
import { payStageIndemnity } from '../services/stage-indemnity.service.js';
import { LedgerAccount } from '../entities/enums.js';
import { SupportPaymentInput } from '../dto/finance.input.js';

@Resolver()
export class PaymentResolver {
  @Query(() => [TrainingSettlement], { description: 'Risk-share settlements: staff all, a training body its own' })
  async trainingSettlements(@Ctx() ctx: SubgraphContext): Promise<TrainingSettlement[]> {
    return ctx.em.find(TrainingSettlement, settlementFilter(ctx.caller), { orderBy: { windowEnd: 'desc', id: 'asc' } });
  }

  @Mutation(() => TrainingSettlement, { description: 'Staff: pays a settlement to its training body (once)' })
  async payTrainingSettlement(@Arg('settlementId', () => ID) settlementId: string, @Arg('paidOn', () => String) paidOn: string, @Ctx() ctx: SubgraphContext): Promise<TrainingSettlement> {
    requireStaff(ctx.caller);
    return paySettlement(ctx.em, { settlementId, paidOn }, ctx.caller.userId);
  }

  @Query(() => [StageIndemnity], { description: 'Monthly stage indemnities: staff all, a company those of its stages' })
  async stageIndemnities(@Ctx() ctx: SubgraphContext, @Arg('placementId', () => ID, { nullable: true }) placementId?: string | null): Promise<StageIndemnity[]> {
    const filter = companyPaymentFilter(ctx.caller);
    const rows = await ctx.em.find(StageIndemnity, { ...filter, ...(placementId ? { placementId } : {}) }, { orderBy: { placementId: 'asc', month: 'asc' } });
    await auditPersonalDataRead(ctx.em, ctx.caller, { beneficiaryIds: rows.map((s) => s.beneficiaryId), action: 'LIST', detail: 'stageIndemnities' });
    return rows;
  }

  @Query(() => [SupportPayment], { description: 'Over-55 incentives and intermediary grants: staff all, a company its own' })
  async supportPayments(@Ctx() ctx: SubgraphContext): Promise<SupportPayment[]> {
    return ctx.em.find(SupportPayment, companyPaymentFilter(ctx.caller), { orderBy: { year: 'desc', bookedOn: 'desc', id: 'asc' } });
  }

  @Mutation(() => SupportPayment, { description: 'Staff: commits an over-55 incentive (≤ €10,000 per placement per year) or intermediary grant (≤ €40,000 per project per year)' })
  async commitSupportPayment(@Arg('input', () => SupportPaymentInput) input: SupportPaymentInput, @Ctx() ctx: SubgraphContext): Promise<SupportPayment> {
    requireStaff(ctx.caller);
    return commitSupportPayment(ctx.em, input, ctx.caller.userId);
  }
}

@Resolver(() => StageIndemnity)
export class StageIndemnityResolver {
  @FieldResolver(() => String, { nullable: true, description: 'When it was paid (from the journal; null while unpaid)' })
  async paidOn(@Root() indemnity: StageIndemnity, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return loader<string, string | null>(ctx, 'stagePaidOn', async (ids) => {
      const rows = await ctx.em.execute<{ id: string; paid_on: string | null }[]>(
        `select "stage_indemnity_id" as "id", max("booked_on")::text as "paid_on" from "finance"."ledger_entry"
where "account" = ? and "stage_indemnity_id" = any(?::uuid[]) group by 1 having sum("amount_cents") > 0`,
        [LedgerAccount.STAGE_INDEMNITY_PAID, `{${[...new Set(ids)].join(',')}}`],
      );
      const byId = new Map(rows.map((r) => [r.id, r.paid_on]));
      return ids.map((id) => byId.get(id) ?? null);
    }).load(indemnity.id);
  }

  @Mutation(() => StageIndemnity, { description: 'Staff: pays one monthly stage indemnity (once)' })
  async payStageIndemnity(@Arg('indemnityId', () => ID) indemnityId: string, @Arg('paidOn', () => String) paidOn: string, @Ctx() ctx: SubgraphContext): Promise<StageIndemnity> {
    requireStaff(ctx.caller);
    return payStageIndemnity(ctx.em, { indemnityId, paidOn }, ctx.caller.userId);
  }
}
