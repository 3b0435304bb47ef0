import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { auditPersonalDataRead, auditPersonalDataReadInBatch, badInput, forbidden, groupByKeys, loadById, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { Loan } from '../entities/loan.entity.js';
import { LoanInstallment } from '../entities/loan-installment.entity.js';
import { LoanRepayment } from '../entities/loan-repayment.entity.js';
import { ProjectRef } from '../entities/project.ref.js';
import { canSeeFunding, fundingFilter } from '../services/finance-access.js';
import { positionOf } from '../services/loan-repayment.service.js';
import { GUARANTEED_STATUSES } from '../services/guarantee-fund.service.js';
import { shareOf } from '../services/money.rules.js';
import { LoanPosition } from '../dto/loan.input.js';
import { isIsoDate, todayInRome } from '@ixl/calendar';

@Resolver(() => Loan)
export class LoanResolver {
  @Query(() => [Loan], { description: 'Social loans: staff see all (refused ones too), an applicant or beneficiary its own' })
  async loans(@Ctx() ctx: SubgraphContext): Promise<Loan[]> {
    const rows = await ctx.em.find(Loan, fundingFilter(ctx.caller), { orderBy: { approvedOn: 'desc', contractDate: 'desc', id: 'asc' } });
    await auditPersonalDataRead(ctx.em, ctx.caller, { beneficiaryIds: rows.map((l) => l.beneficiaryId), action: 'LIST', detail: 'loans' });
    return rows;
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
    return loader<string, LoanInstallment[]>(ctx, 'installmentsByLoan', async (ids) => {
      const rows = await ctx.em.find(LoanInstallment, { loanId: { $in: [...new Set(ids)] } }, { orderBy: { number: 'asc' } });
      return groupByKeys(ids, rows, (r) => r.loanId);
    }).load(loan.id);
  }

  @FieldResolver(() => [LoanRepayment])
  async repayments(@Root() loan: Loan, @Ctx() ctx: SubgraphContext): Promise<LoanRepayment[]> {
    return loader<string, LoanRepayment[]>(ctx, 'repaymentsByLoan', async (ids) => {
      const rows = await ctx.em.find(LoanRepayment, { loanId: { $in: [...new Set(ids)] } }, { orderBy: { paidOn: 'asc', recordedAt: 'asc' } });
      return groupByKeys(ids, rows, (r) => r.loanId);
    }).load(loan.id);
  }

  @FieldResolver(() => LoanPosition, { description: 'Outstanding principal, arrears and days past due on a date (default today)' })
  async position(@Root() loan: Loan, @Ctx() ctx: SubgraphContext, @Arg('asOf', () => String, { nullable: true }) asOf?: string | null): Promise<LoanPosition> {
    if (asOf != null && !isIsoDate(asOf)) throw badInput('asOf', 'The date must be an ISO date (YYYY-MM-DD)');
    const p = await positionOf(ctx.em, loan, asOf ?? todayInRome());
    const live = (GUARANTEED_STATUSES as readonly string[]).includes(loan.status);
    return { ...p, guaranteeExposureCents: live ? shareOf(p.outstandingPrincipalCents, loan.guaranteeShareBps) : 0 };
  }
}

/** Adds `loans` to the projects subgraph's Project (only those the caller may see). */
@Resolver(() => ProjectRef)
export class ProjectLoansResolver {
  @FieldResolver(() => [Loan], { nullable: true, description: 'Loans of the project (null only when the finance service cannot answer)' })
  async loans(@Root() project: ProjectRef, @Ctx() ctx: SubgraphContext): Promise<Loan[]> {
    const filter = fundingFilter(ctx.caller);
    return loader<string, Loan[]>(ctx, 'loansByProject', async (ids) => {
      const rows = await ctx.em.find(Loan, { $and: [{ projectId: { $in: [...new Set(ids)] } }, filter] }, { orderBy: { approvedOn: 'asc', id: 'asc' } });
      await auditPersonalDataRead(ctx.em, ctx.caller, { beneficiaryIds: rows.map((l) => l.beneficiaryId), action: 'LIST', detail: 'projectLoans' });
      return groupByKeys(ids, rows, (l) => l.projectId);
    }).load(project.id);
  }
}

export async function visibleLoan(ctx: SubgraphContext, id: string): Promise<Loan> {
  fundingFilter(ctx.caller);
  const loan = await loadById(ctx, Loan, id);
  if (!loan || !canSeeFunding(ctx.caller, loan)) throw forbidden();
  await auditPersonalDataReadInBatch(ctx, [loan.beneficiaryId], 'READ', 'loan');
  return loan;
}

export function resolveLoanReference(ref: { id: string }, ctx: SubgraphContext) {
  return visibleLoan(ctx, ref.id);
}

