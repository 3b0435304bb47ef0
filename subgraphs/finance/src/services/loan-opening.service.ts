import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { publishFinanceEvent } from '../events/publish.js';
import { DomainError } from '@ixl/subgraph-kit';
import type { FundingApprovedPayload, LoanOpenedPayload, LoanRefusedPayload } from '@ixl/contracts';
import { Loan, LoanStatus } from '../entities/loan.entity.js';
import { LoanInstallment } from '../entities/loan-installment.entity.js';
import { buildLoanSchedule } from './loan-schedule.js';
import { loanLimitsOn } from './loan-product.service.js';
import { fundPosition, lockGuaranteeFund } from './guarantee-fund.service.js';
import { intOr, isoDayOf, shareOf } from './money.rules.js';

/**
 * Opens the loan of a funding decision (idempotent by decisionId). A loan that breaks a product limit
 * or whose guarantee exceeds the fund's free capacity is recorded as REFUSED with the reason (visible to
 * staff, announced with LoanRefused) instead of failing: the event must not dead-letter-loop.
 * Must run inside a transaction (the consumer's).
 */
export async function openLoanFromDecision(em: EntityManager, p: FundingApprovedPayload, actorId: string | null): Promise<Loan> {
  const existing = await em.findOne(Loan, { decisionId: p.decisionId });
  if (existing) return existing;
  // Rate, default term and guarantee from the product version valid on the approval day (the same as simulateLoan).
  const product = await loanLimitsOn(em, isoDayOf(p.approvedOn) || null);
  const loan = em.create(Loan, {
    id: randomUUID(),
    decisionId: p.decisionId,
    projectId: p.projectId,
    applicantUserId: p.applicantUserId,
    committeeMemberUserIds: p.committeeMemberUserIds ?? [],
    beneficiaryId: p.beneficiaryId,
    bank: 'Emil Banca',
    // Malformed numbers become 0 / -1 so that validation refuses them instead of the insert failing.
    principalCents: intOr(p.amountCents, 0),
    annualRateBps: product.annualRateBps,
    termMonths: p.termMonths == null ? product.maxTermMonths : intOr(p.termMonths, 0),
    graceMonths: p.graceMonths == null ? 0 : intOr(p.graceMonths, -1),
    guaranteeShareBps: product.guaranteeShareBps,
    approvedOn: isoDayOf(p.approvedOn) || null,
    status: LoanStatus.APPROVED,
  });
  em.persist(loan);
  await activateLoan(em, loan, actorId, false);
  return loan;
}

/**
 * Checks the terms and the guarantee, then writes the schedule and publishes LoanOpened; on refusal
 * marks the loan REFUSED (or, when `throwOnRefusal`, throws the clear error and changes nothing).
 * `imported`: a loan of the history import (its LoanOpened says so).
 */
export async function activateLoan(
  em: EntityManager,
  loan: Loan,
  actorId: string | null,
  throwOnRefusal: boolean,
  options: { imported?: boolean } = {},
): Promise<void> {
  const refuse = async (error: DomainError) => {
    if (throwOnRefusal) throw error;
    loan.status = LoanStatus.REFUSED;
    loan.refusalReason = error.message;
    loan.refusalReasonCode = error.reason;
    loan.refusalParams = { ...error.params };
    await em.flush();
    const payload: LoanRefusedPayload = {
      loanId: loan.id,
      decisionId: loan.decisionId,
      projectId: loan.projectId,
      principalCents: loan.principalCents,
      reason: error.message,
      reasonCode: error.reason,
      params: { ...error.params },
    };
    await publishFinanceEvent(em, 'LoanRefused', { type: 'Loan', id: loan.id }, payload, actorId);
  };
  let schedule;
  try {
    schedule = buildLoanSchedule(
      {
        principalCents: loan.principalCents,
        annualRateBps: loan.annualRateBps,
        termMonths: loan.termMonths,
        graceMonths: loan.graceMonths,
        startDate: loan.approvedOn ?? '',
      },
      await loanLimitsOn(em, loan.approvedOn),
    );
  } catch (err) {
    if (err instanceof DomainError) return refuse(err);
    throw err;
  }
  await lockGuaranteeFund(em);
  const fund = await fundPosition(em, undefined, loan.id);
  const guaranteedCents = shareOf(loan.principalCents, loan.guaranteeShareBps);
  if (guaranteedCents > fund.freeCapacityCents) {
    return refuse(
      new DomainError(
        'GUARANTEE_FUND_CAPACITY',
        { guaranteedCents, freeCapacityCents: Math.max(0, fund.freeCapacityCents) },
        'principalCents',
        {
          guaranteedCents,
          freeCapacityCents: fund.freeCapacityCents,
        },
      ),
    );
  }
  loan.status = LoanStatus.APPROVED;
  loan.refusalReason = null;
  loan.refusalReasonCode = null;
  loan.refusalParams = null;
  for (const row of schedule.installments) em.persist(em.create(LoanInstallment, { id: randomUUID(), loanId: loan.id, ...row }));
  await em.flush();
  const payload: LoanOpenedPayload = {
    loanId: loan.id,
    decisionId: loan.decisionId,
    projectId: loan.projectId,
    principalCents: loan.principalCents,
    annualRateBps: loan.annualRateBps,
    termMonths: loan.termMonths,
    graceMonths: loan.graceMonths,
    guaranteedCents,
    installmentCents: schedule.installmentCents,
    firstDueDate: schedule.installments[0]?.dueDate ?? '',
    approvedOn: loan.approvedOn ?? undefined,
    ...(options.imported ? { imported: true } : {}),
  };
  await publishFinanceEvent(em, 'LoanOpened', { type: 'Loan', id: loan.id }, payload, actorId);
}
