import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '@ixl/subgraph-kit';
import { SupportPayment } from '../entities/support-payment.entity.js';
import { LedgerAccount, SupportPaymentKind } from '../entities/enums.js';
import { book } from './ledger.service.js';
import { isIsoDate } from '@ixl/calendar';

/** Yearly caps: over-55 hiring incentive per placement, intermediary project grant per project. */
export const SUPPORT_CAPS: Record<SupportPaymentKind, number> = {
  [SupportPaymentKind.OVER55_HIRING]: 1_000_000,
  [SupportPaymentKind.INTERMEDIARY_PROJECT]: 4_000_000,
};

export interface SupportPaymentInput {
  kind: SupportPaymentKind;
  referenceId: string;
  companyId?: string | null;
  year: number;
  amountCents: number;
  bookedOn: string;
  description: string;
}

/** Commits an incentive or intermediary grant; the yearly cap per placement/project is never exceeded. */
export async function commitSupportPayment(em: EntityManager, input: SupportPaymentInput, actorId: string | null): Promise<SupportPayment> {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) throw badInput('amountCents', 'AMOUNT_POSITIVE_CENTS');
  if (!Number.isInteger(input.year) || input.year < 2017 || input.year > 2100) throw badInput('year', 'INVALID_YEAR');
  if (!isIsoDate(input.bookedOn)) throw badInput('bookedOn', 'ISO_DATE_EXPECTED');
  if (!input.description.trim()) throw badInput('description', 'PAYMENT_DESCRIPTION_REQUIRED');
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`finance.support:${input.kind}:${input.referenceId}:${input.year}`]);
    const previous = await tx.find(SupportPayment, { kind: input.kind, referenceId: input.referenceId, year: input.year });
    const used = previous.reduce((a, p) => a + p.amountCents, 0);
    const cap = SUPPORT_CAPS[input.kind];
    if (used + input.amountCents > cap)
      throw badInput(
        'amountCents',
        'YEARLY_CAP_EXCEEDED',
        { capCents: cap, availableCents: cap - used },
        {
          availableCents: cap - used,
        },
      );
    const payment = tx.create(SupportPayment, {
      id: randomUUID(),
      kind: input.kind,
      referenceId: input.referenceId,
      companyId: input.companyId ?? null,
      year: input.year,
      amountCents: input.amountCents,
      bookedOn: input.bookedOn,
      description: input.description.trim(),
    });
    tx.persist(payment);
    book(
      tx,
      {
        account: LedgerAccount.SUPPORT_PAYMENT_COMMITTED,
        amountCents: input.amountCents,
        bookedOn: input.bookedOn,
        supportPaymentId: payment.id,
        memo: input.kind,
      },
      actorId,
    );
    await tx.flush();
    return payment;
  });
}
