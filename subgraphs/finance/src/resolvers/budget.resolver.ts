import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { BudgetCommitment, BudgetLine } from '../entities/budget.entity.js';
import { budgetCommitments, budgetLineAvailable, budgetLineSum, listBudgetLines } from '../services/budget-query.service.js';
import { commitBudget, createBudgetLine, disburseCommitment } from '../services/budget.service.js';
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

  @Mutation(() => BudgetLine, { description: 'Staff: a funder assigns money for a year or range of years' })
  async createBudgetLine(@Arg('input', () => BudgetLineInput) input: BudgetLineInput, @Ctx() ctx: SubgraphContext): Promise<BudgetLine> {
    requireStaff(ctx.caller);
    return createBudgetLine(ctx.em, input);
  }

  @Mutation(() => BudgetCommitment, { description: "Staff: commits money on a line (never beyond the line's availability)" })
  async commitBudget(
    @Arg('input', () => BudgetCommitmentInput) input: BudgetCommitmentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<BudgetCommitment> {
    requireStaff(ctx.caller);
    return commitBudget(ctx.em, input, ctx.caller.userId);
  }

  @Mutation(() => BudgetCommitment, { description: 'Staff: pays out (part of) a commitment' })
  async disburseBudgetCommitment(
    @Arg('commitmentId', () => ID) commitmentId: string,
    @Arg('amountCents', () => Int) amountCents: number,
    @Arg('paidOn', () => String) paidOn: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<BudgetCommitment> {
    requireStaff(ctx.caller);
    return disburseCommitment(ctx.em, { commitmentId, amountCents, paidOn }, ctx.caller.userId);
  }
}
