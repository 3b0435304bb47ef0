import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { TrainingSettlement } from '../entities/settlement.entity.js';
import { CourseEditionRef } from '../entities/course-edition.ref.js';
import { StageIndemnity } from '../entities/stage-indemnity.entity.js';
import { SupportPayment } from '../entities/support-payment.entity.js';
import {
  listStageIndemnities,
  listSupportPayments,
  listTrainingSettlements,
  stageIndemnityPaidOn,
} from '../services/payment-query.service.js';
import { requestMoneyOperation, type OperationOutcome } from '../services/approval.service.js';
import { MoneyOperationKind } from '../entities/approval.entity.js';
import { StageIndemnityOutcome, SupportPaymentOutcome, TrainingSettlementOutcome } from '../dto/approval.types.js';
import { SupportPaymentInput } from '../dto/finance.input.js';

@Resolver()
export class PaymentResolver {
  @Query(() => [TrainingSettlement], { description: 'Risk-share settlements: staff all, a training body its own' })
  async trainingSettlements(@Ctx() ctx: SubgraphContext): Promise<TrainingSettlement[]> {
    return listTrainingSettlements(ctx);
  }

  @Mutation(() => TrainingSettlementOutcome, { description: 'Staff: pays a settlement to its training body (once; maker-checker)' })
  async payTrainingSettlement(
    @Arg('settlementId', () => ID) settlementId: string,
    @Arg('paidOn', () => String) paidOn: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OperationOutcome<TrainingSettlement>> {
    return requestMoneyOperation(ctx.em, ctx.caller, MoneyOperationKind.PAY_TRAINING_SETTLEMENT, { settlementId, paidOn });
  }

  @Query(() => [StageIndemnity], { description: 'Monthly stage indemnities: staff all, a company those of its stages' })
  async stageIndemnities(
    @Ctx() ctx: SubgraphContext,
    @Arg('placementId', () => ID, { nullable: true }) placementId?: string | null,
  ): Promise<StageIndemnity[]> {
    return listStageIndemnities(ctx, placementId);
  }

  @Query(() => [SupportPayment], { description: 'Over-55 incentives and intermediary grants: staff all, a company its own' })
  async supportPayments(@Ctx() ctx: SubgraphContext): Promise<SupportPayment[]> {
    return listSupportPayments(ctx);
  }

  @Mutation(() => SupportPaymentOutcome, {
    description:
      'Staff: commits an over-55 incentive (≤ €10,000 per placement per year) or intermediary grant (≤ €40,000 per project per year)',
  })
  async commitSupportPayment(
    @Arg('input', () => SupportPaymentInput) input: SupportPaymentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OperationOutcome<SupportPayment>> {
    return requestMoneyOperation(ctx.em, ctx.caller, MoneyOperationKind.COMMIT_SUPPORT_PAYMENT, input);
  }
}

@Resolver(() => StageIndemnity)
export class StageIndemnityResolver {
  @FieldResolver(() => String, { nullable: true, description: 'When it was paid (from the journal; null while unpaid)' })
  async paidOn(@Root() indemnity: StageIndemnity, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return stageIndemnityPaidOn(ctx, indemnity.id);
  }

  @Mutation(() => StageIndemnityOutcome, { description: 'Staff: pays one monthly stage indemnity (once; maker-checker)' })
  async payStageIndemnity(
    @Arg('indemnityId', () => ID) indemnityId: string,
    @Arg('paidOn', () => String) paidOn: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OperationOutcome<StageIndemnity>> {
    return requestMoneyOperation(ctx.em, ctx.caller, MoneyOperationKind.PAY_STAGE_INDEMNITY, { indemnityId, paidOn });
  }
}

@Resolver(() => TrainingSettlement)
export class TrainingSettlementResolver {
  @FieldResolver(() => CourseEditionRef, { description: 'The course edition it settles (title and training body from training)' })
  edition(@Root() s: TrainingSettlement): CourseEditionRef {
    return { id: s.editionId };
  }
}
