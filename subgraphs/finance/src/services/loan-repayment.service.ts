import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { publishFinanceEvent } from '../events/publish.js';
import { badInput, DomainError, notFound } from '@ixl/subgraph-kit';
import type { LoanInArrearsPayload, RepaymentRecordedPayload } from '@ixl/contracts';
import { Loan, LoanStatus } from '../entities/loan.entity.js';
import { LoanInstallment } from '../entities/loan-installment.entity.js';
import { LoanRepayment } from '../entities/loan-repayment.entity.js';
import { LedgerAccount, RepaymentKind } from '../entities/enums.js';
import { book } from './ledger.service.js';
import { allocatePayment, loanPosition, type LoanPositionValue, type Paid } from './loan-position.js';
import { addDays, isIsoDate, todayInRome } from '@ixl/calendar';

const LIVE = [LoanStatus.DISBURSED, LoanStatus.REPAYING, LoanStatus.IN_ARREARS];

/** What was paid on each installment, from the journal. */
export async function paidByInstallment(em: EntityManager, loanId: string): Promise<Map<number, Paid>> {
  await em.flush();
  const rows = await em.execute<{ n: number; account: string; total: string }[]>(
    `select "installment_number" as "n", "account", sum("amount_cents")::text as "total" from "finance"."ledger_entry"
where "loan_id" = ? and "account" in ('LOAN_PRINCIPAL_REPAID', 'LOAN_INTEREST_PAID') and "installment_number" is not null group by 1, 2`,
    [loanId],
  );
  const map = new Map<number, Paid>();
  for (const r of rows) {
    const p = map.get(r.n) ?? { principalCents: 0, interestCents: 0 };
    if (r.account === LedgerAccount.LOAN_PRINCIPAL_REPAID) p.principalCents += Number(r.total);
    else p.interestCents += Number(r.total);
    map.set(r.n, p);
  }
  return map;
}

export async function positionOf(em: EntityManager, loan: Loan, asOf = todayInRome()): Promise<LoanPositionValue> {
  const plan = await em.find(LoanInstallment, { loanId: loan.id }, { orderBy: { number: 'asc' } });
  return loanPosition(loan.principalCents, plan, await paidByInstallment(em, loan.id), asOf);
}

/** Moves a live loan between REPAYING and IN_ARREARS; publishes LoanInArrears when it falls behind (`imported`: in the history import). */
export async function refreshArrears(
  em: EntityManager,
  loan: Loan,
  position: LoanPositionValue,
  actorId: string | null,
  imported = false,
): Promise<void> {
  if (!LIVE.includes(loan.status)) return;
  if (position.daysPastDue > 0 && loan.status !== LoanStatus.IN_ARREARS) {
    loan.status = LoanStatus.IN_ARREARS;
    const payload: LoanInArrearsPayload = {
      loanId: loan.id,
      projectId: loan.projectId,
      daysPastDue: position.daysPastDue,
      overdueCents: position.overdueCents,
      ...(imported ? { imported: true } : {}),
    };
    await publishFinanceEvent(em, 'LoanInArrears', { type: 'Loan', id: loan.id }, payload, actorId);
  } else if (position.daysPastDue === 0 && loan.status === LoanStatus.IN_ARREARS) {
    loan.status = LoanStatus.REPAYING;
  }
  await em.flush();
}

/**
 * Records a payment on a loan: allocated to what is due (oldest first, interest before principal), the
 * rest to principal not yet due (early repayment). More than the loan owes is refused, unchanged.
 * When the whole principal is repaid the loan is REPAID (future interest is not charged).
 * The history import passes the repayment's `id` (its record) and `imported` (its events say so).
 */
export async function recordRepayment(
  em: EntityManager,
  input: { loanId: string; paidOn: string; amountCents: number },
  actorId: string | null,
  options: { id?: string; imported?: boolean } = {},
): Promise<LoanRepayment> {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) throw badInput('amountCents', 'AMOUNT_POSITIVE_CENTS');
  if (!isIsoDate(input.paidOn)) throw badInput('paidOn', 'ISO_DATE_EXPECTED');
  return em.transactional(async (tx) => {
    const loan = await tx.findOne(Loan, { id: input.loanId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!loan) throw notFound('LOAN_NOT_FOUND');
    if (!LIVE.includes(loan.status)) throw new DomainError('LOAN_TAKES_NO_REPAYMENTS', { loanStatus: loan.status }, 'loanId');
    if (loan.disbursedOn && input.paidOn < loan.disbursedOn) throw badInput('paidOn', 'REPAYMENT_BEFORE_DISBURSEMENT');
    const plan = await tx.find(LoanInstallment, { loanId: loan.id }, { orderBy: { number: 'asc' } });
    const paid = await paidByInstallment(tx, loan.id);
    const { allocations, unplacedCents } = allocatePayment(plan, paid, input.paidOn, input.amountCents);
    if (unplacedCents > 0) {
      const owed = input.amountCents - unplacedCents;
      throw badInput('amountCents', 'REPAYMENT_EXCEEDS_OWED', { maxCents: owed }, { maxCents: owed });
    }
    const paidAfter = paidByInstallmentAfter(paid, allocations);
    const after = loanPosition(loan.principalCents, plan, paidAfter, input.paidOn);
    const stillDue = loanPosition(loan.principalCents, plan, paidAfter, nextDay(input.paidOn)).overdueCents > 0;
    const coveredLate = allocations.some((a) => !a.early && (plan[a.number - 1]?.dueDate ?? '') < input.paidOn);
    const earlyPrincipalCents = sum(
      allocations.filter((a) => a.early),
      (a) => a.principalCents,
    );
    const kind = stillDue
      ? RepaymentKind.PARTIAL
      : earlyPrincipalCents > 0
        ? RepaymentKind.EARLY
        : coveredLate
          ? RepaymentKind.LATE
          : RepaymentKind.ON_TIME;
    // Immutable row (a trigger rejects updates): every field is final when it is created.
    const repayment = tx.create(LoanRepayment, {
      id: options.id ?? randomUUID(),
      loanId: loan.id,
      paidOn: input.paidOn,
      amountCents: input.amountCents,
      interestCents: sum(allocations, (a) => a.interestCents),
      principalCents: sum(
        allocations.filter((a) => !a.early),
        (a) => a.principalCents,
      ),
      earlyPrincipalCents,
      kind,
      recordedAt: new Date(),
    });
    tx.persist(repayment);
    for (const a of allocations) {
      const dims = { loanId: loan.id, installmentNumber: a.number, repaymentId: repayment.id, bookedOn: input.paidOn };
      if (a.interestCents) book(tx, { ...dims, account: LedgerAccount.LOAN_INTEREST_PAID, amountCents: a.interestCents }, actorId);
      if (a.principalCents)
        book(
          tx,
          {
            ...dims,
            account: LedgerAccount.LOAN_PRINCIPAL_REPAID,
            amountCents: a.principalCents,
            memo: a.early ? 'early repayment' : null,
          },
          actorId,
        );
    }
    if (loan.status === LoanStatus.DISBURSED) loan.status = LoanStatus.REPAYING;
    if (after.outstandingPrincipalCents === 0) loan.status = LoanStatus.REPAID;
    await tx.flush();
    const payload: RepaymentRecordedPayload = {
      repaymentId: repayment.id,
      loanId: loan.id,
      projectId: loan.projectId,
      paidOn: input.paidOn,
      amountCents: input.amountCents,
      principalCents: repayment.principalCents + repayment.earlyPrincipalCents,
      interestCents: repayment.interestCents,
      kind: repayment.kind,
      outstandingPrincipalCents: after.outstandingPrincipalCents,
      ...(options.imported ? { imported: true } : {}),
    };
    await publishFinanceEvent(tx, 'RepaymentRecorded', { type: 'Loan', id: loan.id }, payload, actorId);
    await refreshArrears(tx, loan, after, actorId, options.imported === true);
    return repayment;
  });
}

function paidByInstallmentAfter(
  paid: ReadonlyMap<number, Paid>,
  allocations: readonly { number: number; principalCents: number; interestCents: number }[],
): Map<number, Paid> {
  const next = new Map<number, Paid>([...paid].map(([k, v]) => [k, { ...v }]));
  for (const a of allocations) {
    const p = next.get(a.number) ?? { principalCents: 0, interestCents: 0 };
    next.set(a.number, { principalCents: p.principalCents + a.principalCents, interestCents: p.interestCents + a.interestCents });
  }
  return next;
}

const nextDay = (iso: string) => addDays(iso, 1);
const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);
