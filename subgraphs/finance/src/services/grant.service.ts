import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { publishFinanceEvent } from '../events/publish.js';
import { badInput, DomainError, notFound } from '@ixl/subgraph-kit';
import type { FundingApprovedPayload, GrantOpenedPayload } from '@ixl/contracts';
import { Grant, GrantExpenseLine } from '../entities/grant.entity.js';
import { GrantCategory, GrantStatus, LedgerAccount } from '../entities/enums.js';
import { book, ledgerSums } from './ledger.service.js';
import { intOr, isoDayOf } from './money.rules.js';
import { isIsoDate } from '@ixl/calendar';

export const GRANT_CAPS = { totalCents: 800_000, investmentCents: 600_000, servicesCents: 200_000 } as const;

/** Why a grant split is refused: the field, the error reason and its params (rendered by the portals in the user's language). */
export type GrantViolation = DomainError<
  | 'GRANT_AMOUNTS_NEGATIVE'
  | 'GRANT_NEEDS_AMOUNTS'
  | 'GRANT_INVESTMENTS_CAP'
  | 'GRANT_SERVICES_CAP'
  | 'GRANT_TOTAL_CAP'
  | 'GRANT_AMOUNT_SUM'
  | 'DECISION_APPROVAL_DATE_INVALID'
>;

/**
 * The first broken cap of a grant split (null when within the caps): up to €6,000 of investments and €2,000 of
 * services, €8,000 in all (docs/domain.md §5, fondo perduto).
 */
export function grantCapViolation(investmentCents: number, servicesCents: number): GrantViolation | null {
  if (!Number.isSafeInteger(investmentCents) || investmentCents < 0) return badInput('investmentCents', 'GRANT_AMOUNTS_NEGATIVE');
  if (!Number.isSafeInteger(servicesCents) || servicesCents < 0) return badInput('servicesCents', 'GRANT_AMOUNTS_NEGATIVE');
  if (investmentCents + servicesCents <= 0) return badInput('amountCents', 'GRANT_NEEDS_AMOUNTS');
  // The same reasons as the committee's funding check in projects (funding-limits.rules.ts).
  if (investmentCents > GRANT_CAPS.investmentCents) return badInput('investmentCents', 'GRANT_INVESTMENTS_CAP');
  if (servicesCents > GRANT_CAPS.servicesCents) return badInput('servicesCents', 'GRANT_SERVICES_CAP');
  if (investmentCents + servicesCents > GRANT_CAPS.totalCents)
    return badInput('amountCents', 'GRANT_TOTAL_CAP', { capCents: GRANT_CAPS.totalCents });
  return null;
}

/** Opens the grant of a funding decision (idempotent by decisionId); a split breaking the caps is recorded REFUSED. */
export async function openGrantFromDecision(em: EntityManager, p: FundingApprovedPayload, actorId: string | null): Promise<Grant> {
  const existing = await em.findOne(Grant, { decisionId: p.decisionId });
  if (existing) return existing;
  const amount = intOr(p.amountCents, 0);
  const services = p.servicesCents == null ? 0 : intOr(p.servicesCents, -1);
  const investment = p.investmentCents == null ? amount - services : intOr(p.investmentCents, -1);
  const approvedOn = isoDayOf(p.approvedOn);
  const violation: GrantViolation | null = !approvedOn
    ? badInput('approvedOn', 'DECISION_APPROVAL_DATE_INVALID')
    : investment + services !== amount
      ? badInput('amountCents', 'GRANT_AMOUNT_SUM')
      : grantCapViolation(investment, services);
  const grant = em.create(Grant, {
    id: randomUUID(),
    decisionId: p.decisionId,
    projectId: p.projectId,
    applicantUserId: p.applicantUserId,
    beneficiaryId: p.beneficiaryId,
    committeeMemberUserIds: p.committeeMemberUserIds ?? [],
    investmentCents: investment,
    servicesCents: services,
    totalCents: amount,
    approvedOn: approvedOn || '1970-01-01',
    status: violation ? GrantStatus.REFUSED : GrantStatus.OPEN,
    refusalReason: violation?.message ?? null,
    refusalReasonCode: violation?.reason ?? null,
    refusalParams: violation ? { ...violation.params } : null,
  });
  em.persist(grant);
  if (!violation)
    book(
      em,
      { account: LedgerAccount.GRANT_COMMITTED, amountCents: grant.totalCents, bookedOn: grant.approvedOn, grantId: grant.id },
      actorId,
    );
  await em.flush();
  if (!violation) {
    const payload: GrantOpenedPayload = {
      grantId: grant.id,
      decisionId: grant.decisionId,
      projectId: grant.projectId,
      totalCents: grant.totalCents,
      investmentCents: investment,
      servicesCents: services,
      approvedOn: grant.approvedOn,
    };
    await publishFinanceEvent(em, 'GrantOpened', { type: 'Grant', id: grant.id }, payload, actorId);
  }
  return grant;
}

/** The expense lines an imported grant gets (one per category with an amount): its payments are disbursed against them. */
export const IMPORTED_EXPENSE_LINE = {
  [GrantCategory.INVESTMENT]: 'Storico: investimenti',
  [GrantCategory.SERVICES]: 'Storico: servizi',
} as const;

/**
 * Opens a grant of the history import (no committee decision on the platform): the caps are the live ones (checked
 * by the caller with grantCapViolation, a refused split is a row error, not a REFUSED grant), the commitment booked on
 * the approval day, one expense line per category with its amount, and GrantOpened marked imported.
 */
export async function openImportedGrant(
  em: EntityManager,
  input: { id: string; projectId: string; investmentCents: number; servicesCents: number; approvedOn: string },
  actorId: string | null,
): Promise<Grant> {
  const violation = grantCapViolation(input.investmentCents, input.servicesCents);
  if (violation) throw violation;
  if (!isIsoDate(input.approvedOn)) throw badInput('approvedOn', 'ISO_DATE_EXPECTED');
  const totalCents = input.investmentCents + input.servicesCents;
  const grant = em.create(Grant, {
    id: input.id,
    decisionId: null,
    projectId: input.projectId,
    investmentCents: input.investmentCents,
    servicesCents: input.servicesCents,
    totalCents,
    approvedOn: input.approvedOn,
    status: GrantStatus.OPEN,
  });
  em.persist(grant);
  for (const [category, amountCents] of [
    [GrantCategory.INVESTMENT, input.investmentCents],
    [GrantCategory.SERVICES, input.servicesCents],
  ] as const)
    if (amountCents > 0)
      em.persist(
        em.create(GrantExpenseLine, {
          id: randomUUID(),
          grantId: grant.id,
          category,
          description: IMPORTED_EXPENSE_LINE[category],
          amountCents,
        }),
      );
  book(em, { account: LedgerAccount.GRANT_COMMITTED, amountCents: totalCents, bookedOn: input.approvedOn, grantId: grant.id }, actorId);
  await em.flush();
  const payload: GrantOpenedPayload = {
    grantId: grant.id,
    decisionId: null,
    projectId: grant.projectId,
    totalCents,
    investmentCents: input.investmentCents,
    servicesCents: input.servicesCents,
    approvedOn: input.approvedOn,
    imported: true,
  };
  await publishFinanceEvent(em, 'GrantOpened', { type: 'Grant', id: grant.id }, payload, actorId);
  return grant;
}

async function openGrant(tx: EntityManager, grantId: string): Promise<Grant> {
  const grant = await tx.findOne(Grant, { id: grantId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!grant) throw notFound('GRANT_NOT_FOUND');
  if (grant.status !== GrantStatus.OPEN) throw new DomainError('GRANT_NOT_OPEN', {}, 'grantId');
  return grant;
}

/** Adds a planned expense; the lines of a category never exceed the grant's amount for it. */
export async function addExpenseLine(
  em: EntityManager,
  input: { grantId: string; category: GrantCategory; description: string; amountCents: number },
): Promise<GrantExpenseLine> {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) throw badInput('amountCents', 'AMOUNT_POSITIVE_CENTS');
  if (!input.description.trim()) throw badInput('description', 'EXPENSE_DESCRIPTION_REQUIRED');
  return em.transactional(async (tx) => {
    const grant = await openGrant(tx, input.grantId);
    const lines = await tx.find(GrantExpenseLine, { grantId: grant.id, category: input.category });
    const cap = input.category === GrantCategory.INVESTMENT ? grant.investmentCents : grant.servicesCents;
    const planned = lines.reduce((a, l) => a + l.amountCents, 0);
    if (planned + input.amountCents > cap)
      throw badInput(
        'amountCents',
        'GRANT_CATEGORY_CAP',
        { grantCategory: input.category, capCents: cap },
        {
          availableCents: cap - planned,
        },
      );
    const line = tx.create(GrantExpenseLine, {
      id: randomUUID(),
      grantId: grant.id,
      category: input.category,
      description: input.description.trim(),
      amountCents: input.amountCents,
    });
    tx.persist(line);
    await tx.flush();
    return line;
  });
}

/**
 * Pays a tranche against receipts: each receipt on an expense line, never beyond what the line planned. The history
 * import gives each receipt's movement its `entryId` (the imported payment's record).
 */
export async function disburseTranche(
  em: EntityManager,
  input: {
    grantId: string;
    paidOn: string;
    receipts: { expenseLineId: string; amountCents: number; receiptNumber: string; entryId?: string }[];
  },
  actorId: string | null,
): Promise<Grant> {
  if (!isIsoDate(input.paidOn)) throw badInput('paidOn', 'ISO_DATE_EXPECTED');
  if (!input.receipts.length) throw badInput('receipts', 'TRANCHE_NEEDS_RECEIPT');
  input.receipts.forEach((r, i) => {
    if (!Number.isSafeInteger(r.amountCents) || r.amountCents <= 0) throw badInput(`receipts.${i}.amountCents`, 'AMOUNT_POSITIVE_CENTS');
    if (!r.receiptNumber.trim()) throw badInput(`receipts.${i}.receiptNumber`, 'RECEIPT_NUMBER_REQUIRED');
  });
  return em.transactional(async (tx) => {
    const grant = await openGrant(tx, input.grantId);
    const lines = await tx.find(GrantExpenseLine, { grantId: grant.id });
    const disbursed = await ledgerSums(
      tx,
      LedgerAccount.GRANT_DISBURSED,
      'expense_line_id',
      lines.map((l) => l.id),
    );
    input.receipts.forEach((r, i) => {
      const line = lines.find((l) => l.id === r.expenseLineId);
      if (!line) throw badInput(`receipts.${i}.expenseLineId`, 'NOT_A_GRANT_EXPENSE_LINE');
      const already = disbursed.get(line.id) ?? 0;
      if (already + r.amountCents > line.amountCents)
        throw badInput(
          `receipts.${i}.amountCents`,
          'RECEIPTS_EXCEED_LINE',
          { availableCents: line.amountCents - already },
          {
            availableCents: line.amountCents - already,
          },
        );
      disbursed.set(line.id, already + r.amountCents);
    });
    for (const r of input.receipts) {
      book(
        tx,
        {
          account: LedgerAccount.GRANT_DISBURSED,
          amountCents: r.amountCents,
          bookedOn: input.paidOn,
          grantId: grant.id,
          expenseLineId: r.expenseLineId,
          memo: `receipt ${r.receiptNumber.trim()}`,
        },
        actorId,
        r.entryId,
      );
    }
    await tx.flush();
    return grant;
  });
}
