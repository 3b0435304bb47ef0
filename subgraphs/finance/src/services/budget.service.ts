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
  if (!Number.isInteger(input.fromYear) || input.fromYear < 2000 || input.fromYear > 2100) throw badInput('fromYear', 'Not a valid year');
  if (!Number.isInteger(input.toYear) || input.toYear < input.fromYear || input.toYear > 2100)
    throw badInput('toYear', 'The last year cannot precede the first');
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0)
    throw badInput('amountCents', 'The amount must be a positive number of cents');
  if (!input.label.trim()) throw badInput('label', 'The label is required');
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
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0)
    throw badInput('amountCents', 'The amount must be a positive number of cents');
  if (!isIsoDate(input.bookedOn)) throw badInput('bookedOn', 'The date must be an ISO date (YYYY-MM-DD)');
  if (!input.purpose.trim()) throw badInput('purpose', 'Say what the commitment is for');
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`finance.budget:${input.budgetLineId}`]);
    const line = await tx.findOne(BudgetLine, { id: input.budgetLineId });
    if (!line) throw notFound('Budget line');
    const year = Number(input.bookedOn.slice(0, 4));
    if (year < line.fromYear || year > line.toYear) throw badInput('bookedOn', `The line covers ${line.fromYear}–${line.toYear}`);
    const available = line.amountCents - (await committedOn(tx, line.id));
    if (input.amountCents > available)
      throw badInput('amountCents', `The commitment exceeds the line's availability (${available} cents)`, { availableCents: available });
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
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0)
    throw badInput('amountCents', 'The amount must be a positive number of cents');
  if (!isIsoDate(input.paidOn)) throw badInput('paidOn', 'The date must be an ISO date (YYYY-MM-DD)');
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`finance.commitment:${input.commitmentId}`]);
    const c = await tx.findOne(BudgetCommitment, { id: input.commitmentId });
    if (!c) throw notFound('Budget commitment');
    const paid = await ledgerSum(tx, LedgerAccount.BUDGET_DISBURSED, { column: 'commitment_id', id: c.id });
    if (paid + input.amountCents > c.amountCents)
      throw badInput('amountCents', `The disbursement exceeds the commitment (${c.amountCents - paid} cents left)`, {
        availableCents: c.amountCents - paid,
      });
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
