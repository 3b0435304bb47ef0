import type { EntityManager } from '@mikro-orm/postgresql';
import { BudgetCommitment, BudgetLine } from '../entities/budget.entity.js';
import { LedgerAccount } from '../entities/enums.js';
import { ledgerSums } from './ledger.service.js';

/** Budget lines per funder and years. */
export function listBudgetLines(em: EntityManager): Promise<BudgetLine[]> {
  return em.find(BudgetLine, {}, { orderBy: { fromYear: 'asc', funder: 'asc', id: 'asc' } });
}

/** The commitments booked on a line, oldest first. */
export function budgetCommitments(em: EntityManager, lineId: string): Promise<BudgetCommitment[]> {
  return em.find(BudgetCommitment, { budgetLineId: lineId }, { orderBy: { bookedOn: 'asc', id: 'asc' } });
}

/** Committed (or disbursed) on a line, from the journal. */
export async function budgetLineSum(em: EntityManager, lineId: string, what: 'committed' | 'disbursed'): Promise<number> {
  const account = what === 'committed' ? LedgerAccount.BUDGET_COMMITTED : LedgerAccount.BUDGET_DISBURSED;
  return (await ledgerSums(em, account, 'budget_line_id', [lineId])).get(lineId) ?? 0;
}

/** What is left to commit on a line: its amount less what is committed. */
export async function budgetLineAvailable(em: EntityManager, line: BudgetLine): Promise<number> {
  return line.amountCents - (await budgetLineSum(em, line.id, 'committed'));
}
