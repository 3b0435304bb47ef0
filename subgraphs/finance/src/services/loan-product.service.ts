import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { addDays, isIsoDate, todayInRome } from '@ixl/calendar';
import { DomainError, badInput, forbidden, requireAuthenticated } from '@ixl/subgraph-kit';
import { LoanProduct } from '../entities/loan-product.entity.js';
import { LOAN_RULES, PROTOCOL_LOAN_PRODUCT, percentToBps, type LoanProductLimits } from './loan.rules.js';

export interface LoanProductInput {
  validFrom: string;
  annualRatePercent: number;
  maxPrincipalCents: number;
  minTermMonths: number;
  maxTermMonths: number;
  maxGraceMonths: number;
  guaranteeSharePercent: number;
  reason: string;
}

/** The version of the credito sociale valid on `on` (ISO date, Europe/Rome). */
export async function loanProductOn(em: EntityManager, on: string): Promise<LoanProduct> {
  if (!isIsoDate(on)) throw badInput('on', 'ISO_DATE_EXPECTED');
  const product = await em.findOne(
    LoanProduct,
    { validFrom: { $lte: on }, $or: [{ validTo: null }, { validTo: { $gte: on } }] },
    { orderBy: { validFrom: 'desc' } },
  );
  if (!product) throw new DomainError('LOAN_PRODUCT_NOT_DEFINED', { on }, 'on');
  return product;
}

/** The limits a loan approved on `on` gets (the protocol's when no version covers that day or it is not a date). */
export async function loanLimitsOn(em: EntityManager, on: string | null): Promise<LoanProductLimits> {
  if (!on || !isIsoDate(on)) return PROTOCOL_LOAN_PRODUCT;
  try {
    return await loanProductOn(em, on);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'NOT_FOUND') return PROTOCOL_LOAN_PRODUCT;
    throw err;
  }
}

/** Every version, newest first. */
export function loanProducts(em: EntityManager): Promise<LoanProduct[]> {
  return em.find(LoanProduct, {}, { orderBy: { validFrom: 'desc' } });
}

/**
 * ADMIN: a new version of the product from `validFrom` (today or later, never retroactive: loans already
 * approved keep theirs), with a reason; the current version ends the day before.
 */
export async function defineLoanProduct(em: EntityManager, caller: Caller, input: LoanProductInput): Promise<LoanProduct> {
  requireAuthenticated(caller);
  if (caller.role !== 'ADMIN') throw forbidden('LOAN_PRODUCT_ADMIN_ONLY');
  const reason = (input.reason ?? '').trim();
  if (reason.length < 5 || reason.length > 500) throw badInput('reason', 'CHANGE_REASON_LENGTH');
  if (!isIsoDate(input.validFrom)) throw badInput('validFrom', 'ISO_DATE_EXPECTED');
  const today = todayInRome();
  if (input.validFrom < today) throw badInput('validFrom', 'LOAN_PRODUCT_NOT_RETROACTIVE', { today });
  const annualRateBps = percentToBps(input.annualRatePercent);
  if (annualRateBps < 0 || annualRateBps > LOAN_RULES.maxAnnualRateBps) throw badInput('annualRatePercent', 'ANNUAL_RATE_RANGE');
  const guaranteeShareBps = percentToBps(input.guaranteeSharePercent, 'guaranteeSharePercent');
  if (guaranteeShareBps < 0 || guaranteeShareBps > 10_000) throw badInput('guaranteeSharePercent', 'GUARANTEE_SHARE_RANGE');
  if (!Number.isSafeInteger(input.maxPrincipalCents) || input.maxPrincipalCents <= 0)
    throw badInput('maxPrincipalCents', 'PRINCIPAL_POSITIVE');
  if (!Number.isInteger(input.minTermMonths) || input.minTermMonths < 1) throw badInput('minTermMonths', 'MIN_TERM_AT_LEAST_ONE_MONTH');
  if (!Number.isInteger(input.maxTermMonths) || input.maxTermMonths < input.minTermMonths || input.maxTermMonths > 360)
    throw badInput('maxTermMonths', 'MAX_TERM_RANGE');
  if (!Number.isInteger(input.maxGraceMonths) || input.maxGraceMonths < 0 || input.maxGraceMonths >= input.maxTermMonths)
    throw badInput('maxGraceMonths', 'MAX_GRACE_RANGE');
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('finance.loan_product'))`);
    // Serialised by the lock: a repeat, or a version on or before one already defined, names that version.
    const later = await tx.findOne(LoanProduct, { validFrom: { $gte: input.validFrom } }, { orderBy: { validFrom: 'asc' } });
    if (later) throw new DomainError('LOAN_PRODUCT_LATER_VERSION', {}, 'validFrom', { existingId: later.id });
    const current = await tx.findOne(LoanProduct, { validTo: null });
    if (current) current.validTo = addDays(input.validFrom, -1);
    const product = tx.create(LoanProduct, {
      id: randomUUID(),
      validFrom: input.validFrom,
      validTo: null,
      annualRateBps,
      maxPrincipalCents: input.maxPrincipalCents,
      minTermMonths: input.minTermMonths,
      maxTermMonths: input.maxTermMonths,
      maxGraceMonths: input.maxGraceMonths,
      guaranteeShareBps,
      reason,
      definedBy: caller.userId,
      definedAt: new Date(),
    });
    tx.persist(product);
    await tx.flush();
    return product;
  });
}
