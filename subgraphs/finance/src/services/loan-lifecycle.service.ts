import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { badInput, DomainError, notFound } from '@ixl/subgraph-kit';
import { Loan, LoanStatus } from '../entities/loan.entity.js';
import { LedgerAccount } from '../entities/enums.js';
import { book } from './ledger.service.js';
import { activateLoan } from './loan-opening.service.js';
import { positionOf, refreshArrears } from './loan-repayment.service.js';
import { shareOf } from './money.rules.js';
import { lockGuaranteeFund } from './guarantee-fund.service.js';
import { isIsoDate } from '@ixl/calendar';

async function lockedLoan(tx: EntityManager, loanId: string): Promise<Loan> {
  const loan = await tx.findOne(Loan, { id: loanId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!loan) throw notFound('LOAN_NOT_FOUND');
  return loan;
}

const illegal = (loan: Loan, what: string) =>
  new DomainError('LOAN_ILLEGAL_TRANSITION', { loanStatus: loan.status, action: what }, 'loanId');

/**
 * The bank pays the loan out under the contract: books the disbursement. The history import passes the
 * movement's `entryId` (its record) and a `memo`.
 */
export async function disburseLoan(
  em: EntityManager,
  input: { loanId: string; bank?: string | null; contractDate: string; disbursedOn: string },
  actorId: string | null,
  options: { entryId?: string; memo?: string } = {},
): Promise<Loan> {
  if (!isIsoDate(input.contractDate)) throw badInput('contractDate', 'ISO_DATE_EXPECTED');
  if (!isIsoDate(input.disbursedOn)) throw badInput('disbursedOn', 'ISO_DATE_EXPECTED');
  if (input.disbursedOn < input.contractDate) throw badInput('disbursedOn', 'DISBURSEMENT_BEFORE_CONTRACT');
  return em.transactional(async (tx) => {
    const loan = await lockedLoan(tx, input.loanId);
    if (loan.status !== LoanStatus.APPROVED) throw illegal(loan, 'disbursed');
    if (input.bank?.trim()) loan.bank = input.bank.trim();
    loan.contractDate = input.contractDate;
    loan.disbursedOn = input.disbursedOn;
    loan.status = LoanStatus.DISBURSED;
    book(
      tx,
      {
        account: LedgerAccount.LOAN_DISBURSED,
        amountCents: loan.principalCents,
        bookedOn: input.disbursedOn,
        loanId: loan.id,
        memo: options.memo ?? null,
      },
      actorId,
      options.entryId,
    );
    await tx.flush();
    return loan;
  });
}

/** Re-examines a REFUSED loan (e.g. after repayments freed guarantee capacity); a clear error if still refused. */
export async function retryLoanGuarantee(em: EntityManager, loanId: string, actorId: string | null): Promise<Loan> {
  return em.transactional(async (tx) => {
    const loan = await lockedLoan(tx, loanId);
    if (loan.status !== LoanStatus.REFUSED) throw illegal(loan, 're-examined (only REFUSED loans are)');
    await activateLoan(tx, loan, actorId, true);
    return loan;
  });
}

/**
 * The loan defaulted: the fund pays the bank its guaranteed share of the outstanding principal
 * (a GUARANTEE_CALLED movement, gone from the fund's capacity) and the loan's exposure ends.
 */
export async function declareDefault(em: EntityManager, input: { loanId: string; on: string }, actorId: string | null): Promise<Loan> {
  if (!isIsoDate(input.on)) throw badInput('on', 'ISO_DATE_EXPECTED');
  return em.transactional(async (tx) => {
    await lockGuaranteeFund(tx);
    const loan = await lockedLoan(tx, input.loanId);
    if (![LoanStatus.DISBURSED, LoanStatus.REPAYING, LoanStatus.IN_ARREARS].includes(loan.status))
      throw illegal(loan, 'declared in default');
    const position = await positionOf(tx, loan, input.on);
    const called = shareOf(position.outstandingPrincipalCents, loan.guaranteeShareBps);
    if (called > 0)
      book(
        tx,
        {
          account: LedgerAccount.GUARANTEE_CALLED,
          amountCents: called,
          bookedOn: input.on,
          loanId: loan.id,
          memo: 'guarantee called on default',
        },
        actorId,
      );
    loan.status = LoanStatus.DEFAULTED;
    await tx.flush();
    return loan;
  });
}

/** Re-assesses every live loan on `asOf`: IN_ARREARS (with LoanInArrears) or back to REPAYING. */
export async function assessArrears(em: EntityManager, asOf: string, actorId: string | null): Promise<Loan[]> {
  if (!isIsoDate(asOf)) throw badInput('asOf', 'ISO_DATE_EXPECTED');
  return em.transactional(async (tx) => {
    const loans = await tx.find(
      Loan,
      { status: { $in: [LoanStatus.DISBURSED, LoanStatus.REPAYING, LoanStatus.IN_ARREARS] } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
    );
    for (const loan of loans) await refreshArrears(tx, loan, await positionOf(tx, loan, asOf), actorId);
    return loans.filter((l) => l.status === LoanStatus.IN_ARREARS);
  });
}
