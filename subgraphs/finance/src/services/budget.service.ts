import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '@ixl/subgraph-kit';
import { BudgetCommitment, BudgetLine } from '../entities/budget.entity.js';
import { LedgerAccount, type Funder } from '../entities/enums.js';
import { book, ledgerSum } from './ledger.service.js';
import { isIsoDate } from '@ixl/calendar';

export async function createBudgetLine(
  em: EntityManager,
  input: { funder: Funder; fromYear: number; toYear: number; label: string; amountCents: number },
): Promise<BudgetLine> {
  if (!Number.isInteger(input.fromYear) || input.fromYear < 2000 || input.fromYear > 2100) throw badInput('fromYear', 'INVALID_YEAR');
  if (!Number.isInteger(input.toYear) || input.toYear < input.fromYear || input.toYear > 2100)
    throw badInput('toYear', 'LAST_YEAR_BEFORE_FIRST');
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) throw badInput('amountCents', 'AMOUNT_POSITIVE_CENTS');
  if (!input.label.trim()) throw badInput('label', 'LABEL_REQUIRED');
  const line = em.create(BudgetLine, { id: randomUUID(), ...input, label: input.label.trim() });
  await em.persistAndFlush(line);
  return line;
}

export async function committedOn(em: EntityManager, lineId: string): Promise<number> {
  return ledgerSum(em, LedgerAccount.BUDGET_COMMITTED, { column: 'budget_line_id', id: lineId });
}

/** Commits money on a line: never beyond what the line still has available. */
export async function commitBudget(
  em: EntityManager,
  input: { budgetLineId: string; amountCents: number; bookedOn: string; purpose: string },
  actorId: string | null,
): Promise<BudgetCommitment> {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) throw badInput('amountCents', 'AMOUNT_POSITIVE_CENTS');
  if (!isIsoDate(input.bookedOn)) throw badInput('bookedOn', 'ISO_DATE_EXPECTED');
  if (!input.purpose.trim()) throw badInput('purpose', 'COMMITMENT_PURPOSE_REQUIRED');
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`finance.budget:${input.budgetLineId}`]);
    const line = await tx.findOne(BudgetLine, { id: input.budgetLineId });
    if (!line) throw notFound('BUDGET_LINE_NOT_FOUND');
    const year = Number(input.bookedOn.slice(0, 4));
    if (year < line.fromYear || year > line.toYear)
      throw badInput('bookedOn', 'BUDGET_LINE_YEARS', { fromYear: line.fromYear, toYear: line.toYear });
    const available = line.amountCents - (await committedOn(tx, line.id));
    if (input.amountCents > available)
      throw badInput('amountCents', 'COMMITMENT_EXCEEDS_LINE', { availableCents: available }, { availableCents: available });
    const c = tx.create(BudgetCommitment, {
      id: randomUUID(),
      budgetLineId: line.id,
      amountCents: input.amountCents,
      bookedOn: input.bookedOn,
      purpose: input.purpose.trim(),
    });
    tx.persist(c);
    book(
      tx,
      {
        account: LedgerAccount.BUDGET_COMMITTED,
        amountCents: input.amountCents,
        bookedOn: input.bookedOn,
        budgetLineId: line.id,
        commitmentId: c.id,
      },
      actorId,
    );
    await tx.flush();
    return c;
  });
}

/** Pays out (part of) a commitment: never more than was committed. */
export async function disburseCommitment(
  em: EntityManager,
  input: { commitmentId: string; amountCents: number; paidOn: string },
  actorId: string | null,
): Promise<BudgetCommitment> {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) throw badInput('amountCents', 'AMOUNT_POSITIVE_CENTS');
  if (!isIsoDate(input.paidOn)) throw badInput('paidOn', 'ISO_DATE_EXPECTED');
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`finance.commitment:${input.commitmentId}`]);
    const c = await tx.findOne(BudgetCommitment, { id: input.commitmentId });
    if (!c) throw notFound('BUDGET_COMMITMENT_NOT_FOUND');
    const paid = await ledgerSum(tx, LedgerAccount.BUDGET_DISBURSED, { column: 'commitment_id', id: c.id });
    if (paid + input.amountCents > c.amountCents)
      throw badInput(
        'amountCents',
        'DISBURSEMENT_EXCEEDS_COMMITMENT',
        { availableCents: c.amountCents - paid },
        {
          availableCents: c.amountCents - paid,
        },
      );
    book(
      tx,
      {
        account: LedgerAccount.BUDGET_DISBURSED,
        amountCents: input.amountCents,
        bookedOn: input.paidOn,
        budgetLineId: c.budgetLineId,
        commitmentId: c.id,
      },
      actorId,
    );
    await tx.flush();
    return c;
  });
}
