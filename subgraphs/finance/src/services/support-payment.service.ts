import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '@ixl/subgraph-kit';
import { SupportPayment } from '../entities/support-payment.entity.js';
import { LedgerAccount, SupportPaymentKind } from '../entities/enums.js';
import { book } from './ledger.service.js';
import { isIsoDate } from '@ixl/calendar';
import { placementFact, projectFact } from './eligibility-facts.service.js';
import { ageOn, FUNDED_PROJECT_STEPS, OVER55_HIRE_TYPES, OVER55_MIN_AGE } from './support-eligibility.rules.js';

/**
 * Yearly caps: over-55 hiring incentive per placement ("un incentivo per una quota fino a 10.000 euro/anno per ogni
 * inserimento effettuato", seeds/003_fe62a26ba95cc30f.txt:1566-1567), intermediary project grant per project ("potranno
 * essere finanziati nella misura massima di 40.000 euro/anno", seeds/003_fe62a26ba95cc30f.txt:1572-1573).
 */
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
    const companyId =
      input.kind === SupportPaymentKind.OVER55_HIRING ? await checkOver55Hire(tx, input) : await checkIntermediaryProject(tx, input);
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
      companyId,
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

/**
 * The over-55 call (seeds/003_fe62a26ba95cc30f.txt:1562-1568): a real placement (from the `companies` events) that is a hire,
 * by an employer registered as a Third Sector body, of a person aged 55 or more on the hire date. Returns the employer.
 */
async function checkOver55Hire(tx: EntityManager, input: SupportPaymentInput): Promise<string | null> {
  const placement = await placementFact(tx, input.referenceId);
  if (!placement) throw badInput('referenceId', 'OVER55_PLACEMENT_NOT_FOUND');
  if (input.companyId && input.companyId !== placement.companyId) throw badInput('companyId', 'PLACEMENT_COMPANY_MISMATCH');
  if (!OVER55_HIRE_TYPES.has(placement.type)) throw badInput('referenceId', 'OVER55_NOT_A_HIRE', { placementType: placement.type });
  if (!placement.companyId || placement.thirdSector !== true) throw badInput('referenceId', 'OVER55_EMPLOYER_NOT_THIRD_SECTOR');
  if (!placement.birthDate) throw badInput('referenceId', 'OVER55_AGE_UNKNOWN');
  const age = ageOn(placement.birthDate, placement.startDate);
  if (age < OVER55_MIN_AGE) throw badInput('referenceId', 'OVER55_UNDER_AGE', { ageAtHire: age, hireDate: placement.startDate });
  const hireYear = Number(placement.startDate.slice(0, 4));
  if (input.year < hireYear) throw badInput('year', 'OVER55_YEAR_BEFORE_HIRE', { hireYear });
  return placement.companyId;
}

/**
 * The labour intermediaries call (seeds/003_fe62a26ba95cc30f.txt:1570-1573): a real project of that call, approved for funding.
 */
async function checkIntermediaryProject(tx: EntityManager, input: SupportPaymentInput): Promise<string | null> {
  const project = await projectFact(tx, input.referenceId);
  if (!project || project.projectKind !== 'SOCIAL_INNOVATION') throw badInput('referenceId', 'INTERMEDIARY_PROJECT_NOT_FOUND');
  if (project.callKind !== 'LABOUR_INTERMEDIARIES') throw badInput('referenceId', 'NOT_AN_INTERMEDIARY_PROJECT');
  if (!FUNDED_PROJECT_STEPS.has(project.status))
    throw badInput('referenceId', 'INTERMEDIARY_PROJECT_NOT_APPROVED', { projectStatus: project.status });
  return input.companyId ?? null;
}
