import { randomUUID } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, notFound } from '@ixl/subgraph-kit';
import { LedgerEntry } from '../entities/ledger-entry.entity.js';
import type { LedgerAccount } from '../entities/enums.js';
import { isIsoDate } from '@ixl/calendar';

export type NewLedgerEntry = Partial<Omit<LedgerEntry, 'id' | 'recordedAt'>> & {
  account: LedgerAccount;
  amountCents: number;
  bookedOn: string;
};

/** Maker-checker (approval.service): collects the movements an operation books, to preview and compare them. */
export const bookedLines = new AsyncLocalStorage<LedgerEntry[]>();

/**
 * Appends one movement to the journal (persisted with the caller's flush; never updated afterwards). `id`: the
 * movement's id when the caller needs it known (the history import keeps it as the imported payment's record).
 */
export function book(em: EntityManager, entry: NewLedgerEntry, actorId: string | null = null, id: string = randomUUID()): LedgerEntry {
  if (!Number.isSafeInteger(entry.amountCents) || entry.amountCents === 0) throw new Error(`ledger: invalid amount ${entry.amountCents}`);
  const row = em.create(LedgerEntry, { ...entry, id, recordedAt: new Date(), actorId });
  em.persist(row);
  bookedLines.getStore()?.push(row);
  return row;
}

type Dimension = 'loan_id' | 'grant_id' | 'expense_line_id' | 'settlement_id' | 'budget_line_id' | 'commitment_id' | 'stage_indemnity_id';

/** Σ amount on `account`, optionally restricted to one dimension value (flushes pending rows first). */
export async function ledgerSum(em: EntityManager, account: LedgerAccount, where?: { column: Dimension; id: string }): Promise<number> {
  await em.flush();
  const rows = await em.execute<{ total: string }[]>(
    `select coalesce(sum("amount_cents"), 0)::text as "total" from "finance"."ledger_entry" where "account" = ?${where ? ` and "${where.column}" = ?` : ''}`,
    where ? [account, where.id] : [account],
  );
  return Number(rows[0]?.total ?? 0);
}

/** Σ amount per value of `column` on `account`, for the given ids (0 when none). */
export async function ledgerSums(
  em: EntityManager,
  account: LedgerAccount,
  column: Dimension,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const map = new Map<string, number>(ids.map((id) => [id, 0]));
  if (!ids.length) return map;
  await em.flush();
  const rows = await em.execute<{ key: string; total: string }[]>(
    `select "${column}" as "key", sum("amount_cents")::text as "total" from "finance"."ledger_entry" where "account" = ? and "${column}" = any(?::uuid[]) group by "${column}"`,
    [account, `{${[...new Set(ids)].join(',')}}`],
  );
  for (const r of rows) map.set(r.key, Number(r.total));
  return map;
}

/** Number of journal rows (tests and health checks). */
export async function ledgerCount(em: EntityManager): Promise<number> {
  const rows = await em.execute<{ n: number }[]>('select count(*)::int as "n" from "finance"."ledger_entry"');
  return rows[0]?.n ?? 0;
}

/**
 * Corrects a movement by appending its opposite (same account and dimensions, negated amount), linked
 * by `reversesEntryId` (unique: an entry is reversed at most once; reversals are not reversed).
 */
export async function reverseEntry(
  em: EntityManager,
  input: { entryId: string; reason: string; bookedOn: string },
  actorId: string | null,
): Promise<LedgerEntry> {
  if (!input.reason.trim()) throw badInput('reason', 'REVERSAL_REASON_REQUIRED');
  if (!isIsoDate(input.bookedOn)) throw badInput('bookedOn', 'ISO_DATE_EXPECTED');
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`finance.reverse:${input.entryId}`]);
    const original = await tx.findOne(LedgerEntry, { id: input.entryId });
    if (!original) throw notFound('LEDGER_ENTRY_NOT_FOUND');
    if (original.reversesEntryId) throw new DomainError('REVERSAL_OF_REVERSAL', {}, 'entryId');
    if (await tx.count(LedgerEntry, { reversesEntryId: original.id })) throw new DomainError('ALREADY_REVERSED', {}, 'entryId');
    const { id: _id, recordedAt: _at, actorId: _actor, memo: _memo, ...dims } = original;
    const reversal = book(
      tx,
      {
        ...dims,
        amountCents: -original.amountCents,
        bookedOn: input.bookedOn,
        reversesEntryId: original.id,
        memo: `reversal: ${input.reason.trim()}`,
      },
      actorId,
    );
    await tx.flush();
    return reversal;
  });
}

/** The journal, newest first (`first` clamped to 1–1000). */
export function latestLedgerEntries(em: EntityManager, first: number): Promise<LedgerEntry[]> {
  return em.find(LedgerEntry, {}, { orderBy: { recordedAt: 'desc', id: 'asc' }, limit: Math.max(1, Math.min(first, 1000)) });
}
