import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { Loan } from '../entities/loan.entity.js';
import { LoanInstallment } from '../entities/loan-installment.entity.js';
import { LoanRepayment } from '../entities/loan-repayment.entity.js';
import { ProjectRef } from '../entities/project.ref.js';
import { LoanPosition } from '../dto/loan.input.js';
import { listLoans, loanInstallments, loanPositionOn, loanRepayments, projectLoans, visibleLoan } from '../services/loan-query.service.js';

@Resolver(() => Loan)
export class LoanResolver {
  @Query(() => [Loan], { description: 'Social loans: staff see all (refused ones too), an applicant or beneficiary its own' })
  async loans(@Ctx() ctx: SubgraphContext): Promise<Loan[]> {
    return listLoans(ctx);
  }

  @Query(() => Loan, { description: 'One loan; FORBIDDEN unless the caller may see it (existence is not revealed)' })
  async loan(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Loan> {
    return visibleLoan(ctx, id);
  }

  @FieldResolver(() => ProjectRef)
  project(@Root() loan: Loan): ProjectRef {
    return { id: loan.projectId };
  }

  @FieldResolver(() => [LoanInstallment], { description: 'The repayment plan' })
  async installments(@Root() loan: Loan, @Ctx() ctx: SubgraphContext): Promise<LoanInstallment[]> {
    return loanInstallments(ctx, loan.id);
  }

  @FieldResolver(() => [LoanRepayment])
  async repayments(@Root() loan: Loan, @Ctx() ctx: SubgraphContext): Promise<LoanRepayment[]> {
    return loanRepayments(ctx, loan.id);
  }

  @FieldResolver(() => LoanPosition, { description: 'Outstanding principal, arrears and days past due on a date (default today)' })
  async position(
    @Root() loan: Loan,
    @Ctx() ctx: SubgraphContext,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ): Promise<LoanPosition> {
    return loanPositionOn(ctx, loan, asOf);
  }
}

/** Adds `loans` to the projects subgraph's Project (only those the caller may see). */
@Resolver(() => ProjectRef)
export class ProjectLoansResolver {
  @FieldResolver(() => [Loan], { nullable: true, description: 'Loans of the project (null only when the finance service cannot answer)' })
  async loans(@Root() project: ProjectRef, @Ctx() ctx: SubgraphContext): Promise<Loan[]> {
    return projectLoans(ctx, project.id);
  }
}

export function resolveLoanReference(ref: { id: string }, ctx: SubgraphContext) {
  return visibleLoan(ctx, ref.id);
}
