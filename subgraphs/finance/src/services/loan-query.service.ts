import {
  auditPersonalDataRead,
  auditPersonalDataReadInBatch,
  badInput,
  forbidden,
  groupByKeys,
  loadById,
  loader,
  type SubgraphContext,
} from '@ixl/subgraph-kit';
import { isIsoDate, todayInRome } from '@ixl/calendar';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Loan } from '../entities/loan.entity.js';
import { LoanInstallment } from '../entities/loan-installment.entity.js';
import { LoanRepayment } from '../entities/loan-repayment.entity.js';
import type { LoanPosition } from '../dto/loan.input.js';
import { canSeeFunding, fundingFilter } from './finance-access.js';
import { positionOf } from './loan-repayment.service.js';
import { GUARANTEED_STATUSES } from './guarantee-fund.service.js';
import { shareOf } from './money.rules.js';
import { percentToBps } from './loan.rules.js';
import { buildLoanSchedule, type LoanSchedule } from './loan-schedule.js';
import { loanProductOn } from './loan-product.service.js';

/** The loans the caller may see (staff: all, refused ones too; an applicant or beneficiary: its own), audited. */
export async function listLoans(ctx: SubgraphContext): Promise<Loan[]> {
  const rows = await ctx.em.find(Loan, fundingFilter(ctx.caller), { orderBy: { approvedOn: 'desc', contractDate: 'desc', id: 'asc' } });
  await auditPersonalDataRead(ctx.em, ctx.caller, { beneficiaryIds: rows.map((l) => l.beneficiaryId), action: 'LIST', detail: 'loans' });
  return rows;
}

/** One loan; FORBIDDEN unless the caller may see it (existence is not revealed). */
export async function visibleLoan(ctx: SubgraphContext, id: string): Promise<Loan> {
  fundingFilter(ctx.caller);
  const loan = await loadById(ctx, Loan, id);
  if (!loan || !canSeeFunding(ctx.caller, loan)) throw forbidden();
  await auditPersonalDataReadInBatch(ctx, [loan.beneficiaryId], 'READ', 'loan');
  return loan;
}

/** The repayment plan of a loan (batched per request). */
export function loanInstallments(ctx: SubgraphContext, loanId: string): Promise<LoanInstallment[]> {
  return loader<string, LoanInstallment[]>(ctx, 'installmentsByLoan', async (ids) => {
    const rows = await ctx.em.find(LoanInstallment, { loanId: { $in: [...new Set(ids)] } }, { orderBy: { number: 'asc' } });
    return groupByKeys(ids, rows, (r) => r.loanId);
  }).load(loanId);
}

/** The repayments of a loan, oldest first (batched per request). */
export function loanRepayments(ctx: SubgraphContext, loanId: string): Promise<LoanRepayment[]> {
  return loader<string, LoanRepayment[]>(ctx, 'repaymentsByLoan', async (ids) => {
    const rows = await ctx.em.find(
      LoanRepayment,
      { loanId: { $in: [...new Set(ids)] } },
      { orderBy: { paidOn: 'asc', recordedAt: 'asc' } },
    );
    return groupByKeys(ids, rows, (r) => r.loanId);
  }).load(loanId);
}

/** Outstanding principal, arrears and days past due on `asOf` (default today), and the guarantee fund's exposure while guaranteed. */
export async function loanPositionOn(ctx: SubgraphContext, loan: Loan, asOf: string | null | undefined): Promise<LoanPosition> {
  if (asOf != null && !isIsoDate(asOf)) throw badInput('asOf', 'ISO_DATE_EXPECTED');
  const p = await positionOf(ctx.em, loan, asOf ?? todayInRome());
  const live = (GUARANTEED_STATUSES as readonly string[]).includes(loan.status);
  return { ...p, guaranteeExposureCents: live ? shareOf(p.outstandingPrincipalCents, loan.guaranteeShareBps) : 0 };
}

/** The loans of a project the caller may see (batched per request, audited). */
export function projectLoans(ctx: SubgraphContext, projectId: string): Promise<Loan[]> {
  const filter = fundingFilter(ctx.caller);
  return loader<string, Loan[]>(ctx, 'loansByProject', async (ids) => {
    const rows = await ctx.em.find(
      Loan,
      { $and: [{ projectId: { $in: [...new Set(ids)] } }, filter] },
      { orderBy: { approvedOn: 'asc', id: 'asc' } },
    );
    await auditPersonalDataRead(ctx.em, ctx.caller, {
      beneficiaryIds: rows.map((l) => l.beneficiaryId),
      action: 'LIST',
      detail: 'projectLoans',
    });
    return groupByKeys(ids, rows, (l) => l.projectId);
  }).load(projectId);
}

/** The loan of a LoanInArrears event for a live subscriber, audited as a read (undefined when gone). */
export async function loanOfArrearsEvent(ctx: SubgraphContext, loanId: string): Promise<Loan | undefined> {
  const em = ctx.em.fork();
  const loan = await em.findOne(Loan, { id: loanId });
  if (loan)
    await auditPersonalDataRead(em, ctx.caller, { beneficiaryIds: [loan.beneficiaryId], action: 'READ', detail: 'live:loanInArrears' });
  return loan ?? undefined;
}

/**
 * The repayment plan of a social loan for the given terms (writes nothing): rate, limits and grace come from
 * the product version valid on the start date, the same one a real loan approved that day gets. A rate
 * other than the product's is refused (the social loan has one fixed rate).
 */
export async function simulateLoan(
  em: EntityManager,
  input: {
    principalCents: number;
    annualRatePercent?: number | null;
    termMonths: number;
    graceMonths: number;
    startDate?: string | null;
  },
): Promise<LoanSchedule> {
  if (input.startDate === '') throw badInput('startDate', 'START_DATE_ISO');
  const startDate = input.startDate ?? todayInRome();
  if (!isIsoDate(startDate)) throw badInput('startDate', 'START_DATE_ISO');
  const product = await loanProductOn(em, startDate);
  if (input.annualRatePercent != null && percentToBps(input.annualRatePercent) !== product.annualRateBps)
    throw badInput(
      'annualRatePercent',
      'LOAN_FIXED_RATE',
      { annualRatePercent: product.annualRateBps / 100 },
      { annualRatePercent: product.annualRateBps / 100 },
    );
  return buildLoanSchedule(
    {
      principalCents: input.principalCents,
      annualRateBps: product.annualRateBps,
      termMonths: input.termMonths,
      graceMonths: input.graceMonths,
      startDate,
    },
    product,
  );
}
