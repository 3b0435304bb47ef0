import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireStaff, type SubgraphContext } from '@ixl/subgraph-kit';
import { Loan } from '../entities/loan.entity.js';
import { LoanRepayment } from '../entities/loan-repayment.entity.js';
import { simulateLoan } from '../services/loan-query.service.js';
import { LoanProduct } from '../entities/loan-product.entity.js';
import { defineLoanProduct, loanProductOn, loanProducts } from '../services/loan-product.service.js';
import { todayInRome } from '@ixl/calendar';
import { assessArrears } from '../services/loan-lifecycle.service.js';
import { requestMoneyOperation, type OperationOutcome } from '../services/approval.service.js';
import { MoneyOperationKind } from '../entities/approval.entity.js';
import { LoanOutcome, LoanRepaymentOutcome } from '../dto/approval.types.js';
import { DisburseLoanInput, LoanProductInput, LoanRepaymentInput, LoanSimulation, LoanSimulationInput } from '../dto/loan.input.js';

@Resolver()
export class LoanAdminResolver {
  @Query(() => LoanSimulation, {
    description: 'Public: the repayment plan of a social loan (writes nothing). Limits: ≤ €25,000, 6–60 months, ≤ 6 grace months',
  })
  async simulateLoan(
    @Arg('input', () => LoanSimulationInput) input: LoanSimulationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LoanSimulation> {
    return (await simulateLoan(ctx.em, input)) as LoanSimulation;
  }

  @Query(() => LoanProduct, {
    description: 'Public: the social-loan product (rate, limits, grace) valid on a day (default today, Europe/Rome)',
  })
  loanProduct(@Arg('on', () => String, { nullable: true }) on: string | null, @Ctx() ctx: SubgraphContext): Promise<LoanProduct> {
    return loanProductOn(ctx.em, on ?? todayInRome());
  }

  @Query(() => [LoanProduct], { description: 'Staff: every version of the social-loan product, newest first' })
  loanProductVersions(@Ctx() ctx: SubgraphContext): Promise<LoanProduct[]> {
    requireStaff(ctx.caller);
    return loanProducts(ctx.em);
  }

  @Mutation(() => LoanProduct, {
    description:
      'ADMIN: a new version of the social-loan product from validFrom (today or later), with a reason; simulations and loans approved from then use it',
  })
  defineLoanProduct(@Arg('input', () => LoanProductInput) input: LoanProductInput, @Ctx() ctx: SubgraphContext): Promise<LoanProduct> {
    return defineLoanProduct(ctx.em, ctx.caller, input);
  }

  @Mutation(() => LoanOutcome, {
    description: 'Staff: the bank disbursed the loan under its contract (maker-checker: pending until a second person approves)',
  })
  async disburseLoan(
    @Arg('input', () => DisburseLoanInput) input: DisburseLoanInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OperationOutcome<Loan>> {
    return requestMoneyOperation(ctx.em, ctx.caller, MoneyOperationKind.DISBURSE_LOAN, input);
  }

  @Mutation(() => LoanRepaymentOutcome, {
    description: 'Staff: a payment received on a loan (on time, late, partial or early; maker-checker above the rule threshold)',
  })
  async recordLoanRepayment(
    @Arg('input', () => LoanRepaymentInput) input: LoanRepaymentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OperationOutcome<LoanRepayment>> {
    return requestMoneyOperation(ctx.em, ctx.caller, MoneyOperationKind.RECORD_LOAN_REPAYMENT, input);
  }

  @Mutation(() => LoanOutcome, {
    description: 'Staff: the loan defaulted; the guarantee is called on its outstanding principal (maker-checker)',
  })
  async declareLoanDefault(
    @Arg('loanId', () => ID) loanId: string,
    @Arg('on', () => String) on: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OperationOutcome<Loan>> {
    return requestMoneyOperation(ctx.em, ctx.caller, MoneyOperationKind.DECLARE_LOAN_DEFAULT, { loanId, on });
  }

  @Mutation(() => LoanOutcome, {
    description:
      'Staff: re-examines a REFUSED loan (limits and free guarantee capacity; LIMIT_EXCEEDED if still refused); it reserves the guarantee, so maker-checker',
  })
  async retryLoanGuarantee(@Arg('loanId', () => ID) loanId: string, @Ctx() ctx: SubgraphContext): Promise<OperationOutcome<Loan>> {
    return requestMoneyOperation(ctx.em, ctx.caller, MoneyOperationKind.RETRY_LOAN_GUARANTEE, { loanId });
  }

  @Mutation(() => [Loan], { description: 'Staff: re-assesses arrears of every live loan on a date; returns those in arrears' })
  async assessLoanArrears(@Arg('asOf', () => String) asOf: string, @Ctx() ctx: SubgraphContext): Promise<Loan[]> {
    requireStaff(ctx.caller);
    return assessArrears(ctx.em, asOf, ctx.caller.userId);
  }
}
