import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { BudgetCommitment, BudgetLine } from '../entities/budget.entity.js';
import { budgetCommitments, budgetLineAvailable, budgetLineSum, listBudgetLines } from '../services/budget-query.service.js';
import { requestMoneyOperation, type OperationOutcome } from '../services/approval.service.js';
import { MoneyOperationKind } from '../entities/approval.entity.js';
import { BudgetCommitmentOutcome, BudgetLineOutcome } from '../dto/approval.types.js';
import { BudgetCommitmentInput, BudgetLineInput } from '../dto/finance.input.js';

@Resolver(() => BudgetLine)
export class BudgetResolver {
  @Query(() => [BudgetLine], { description: 'Staff: budget lines per funder and years' })
  async budgetLines(@Ctx() ctx: SubgraphContext): Promise<BudgetLine[]> {
    requireStaff(ctx.caller);
    return listBudgetLines(ctx.em);
  }

  @FieldResolver(() => Int)
  async committedCents(@Root() line: BudgetLine, @Ctx() ctx: SubgraphContext): Promise<number> {
    return budgetLineSum(ctx.em, line.id, 'committed');
  }

  @FieldResolver(() => Int)
  async disbursedCents(@Root() line: BudgetLine, @Ctx() ctx: SubgraphContext): Promise<number> {
    return budgetLineSum(ctx.em, line.id, 'disbursed');
  }

  @FieldResolver(() => Int)
  async availableCents(@Root() line: BudgetLine, @Ctx() ctx: SubgraphContext): Promise<number> {
    return budgetLineAvailable(ctx.em, line);
  }

  @FieldResolver(() => [BudgetCommitment])
  async commitments(@Root() line: BudgetLine, @Ctx() ctx: SubgraphContext): Promise<BudgetCommitment[]> {
    return budgetCommitments(ctx.em, line.id);
  }

  @Mutation(() => BudgetLineOutcome, {
    description: 'Staff: a funder assigns money for a year or range of years (what commitments are made against; maker-checker)',
  })
  async createBudgetLine(
    @Arg('input', () => BudgetLineInput) input: BudgetLineInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OperationOutcome<BudgetLine>> {
    return requestMoneyOperation(ctx.em, ctx.caller, MoneyOperationKind.CREATE_BUDGET_LINE, input);
  }

  @Mutation(() => BudgetCommitmentOutcome, {
    description: "Staff: commits money on a line (never beyond the line's availability; maker-checker)",
  })
  async commitBudget(
    @Arg('input', () => BudgetCommitmentInput) input: BudgetCommitmentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OperationOutcome<BudgetCommitment>> {
    return requestMoneyOperation(ctx.em, ctx.caller, MoneyOperationKind.COMMIT_BUDGET, input);
  }

  @Mutation(() => BudgetCommitmentOutcome, { description: 'Staff: pays out (part of) a commitment (maker-checker)' })
  async disburseBudgetCommitment(
    @Arg('commitmentId', () => ID) commitmentId: string,
    @Arg('amountCents', () => Int) amountCents: number,
    @Arg('paidOn', () => String) paidOn: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OperationOutcome<BudgetCommitment>> {
    return requestMoneyOperation(ctx.em, ctx.caller, MoneyOperationKind.DISBURSE_BUDGET_COMMITMENT, { commitmentId, amountCents, paidOn });
  }
}
