import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '@ixl/subgraph-kit';
import { GuaranteePlafond } from '../entities/guarantee-plafond.entity.js';
import { LedgerAccount } from '../entities/enums.js';
import { ledgerSum } from './ledger.service.js';
import { shareOf } from './money.rules.js';
import { isIsoDate, todayInRome } from '@ixl/calendar';

export interface FundPosition {
  asOf: string;
  plafondCents: number;
  /** Guaranteed share of the outstanding principal of every live loan. */
  exposureCents: number;
  /** Paid out on defaulted loans: gone from the fund. */
  calledCents: number;
  freeCapacityCents: number;
}

/** Statuses whose outstanding principal is covered by the fund. */
export const GUARANTEED_STATUSES = ['APPROVED', 'DISBURSED', 'REPAYING', 'IN_ARREARS'] as const;

/** Serialises every change of the fund's exposure (one transaction at a time checks and reserves). */
export async function lockGuaranteeFund(em: EntityManager): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext('finance.guarantee_fund'))`);
}

export async function plafondOn(em: EntityManager, date: string): Promise<number> {
  const row = await em.findOne(
    GuaranteePlafond,
    { effectiveFrom: { $lte: date } },
    { orderBy: { effectiveFrom: 'desc', recordedAt: 'desc' } },
  );
  return row?.amountCents ?? 0;
}

/** The rotating fund: free capacity = plafond − calls − guaranteed share of outstanding principal (of every live loan but `excludeLoanId`). */
export async function fundPosition(em: EntityManager, asOf = todayInRome(), excludeLoanId?: string): Promise<FundPosition> {
  await em.flush();
  const loans = await em.execute<{ principal: string; repaid: string; bps: number }[]>(
    `select l."principal_cents"::text as "principal", l."guarantee_share_bps" as "bps",
  coalesce((select sum(e."amount_cents") from "finance"."ledger_entry" e where e."loan_id" = l."id" and e."account" = 'LOAN_PRINCIPAL_REPAID'), 0)::text as "repaid"
from "finance"."loan" l where l."status" = any(?::text[]) and l."id" is distinct from ?::uuid`,
    [`{${GUARANTEED_STATUSES.join(',')}}`, excludeLoanId ?? null],
  );
  const exposureCents = loans.reduce((sum, l) => sum + shareOf(Math.max(0, Number(l.principal) - Number(l.repaid)), l.bps), 0);
  const calledCents = await ledgerSum(em, LedgerAccount.GUARANTEE_CALLED);
  const plafondCents = await plafondOn(em, asOf);
  return { asOf, plafondCents, exposureCents, calledCents, freeCapacityCents: plafondCents - calledCents - exposureCents };
}

/** Appends a new plafond from `effectiveFrom` on (history is never rewritten). */
export async function setPlafond(
  em: EntityManager,
  input: { amountCents: number; effectiveFrom: string; note?: string | null },
): Promise<GuaranteePlafond> {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents < 0) throw badInput('amountCents', 'PLAFOND_NON_NEGATIVE');
  if (!isIsoDate(input.effectiveFrom)) throw badInput('effectiveFrom', 'ISO_DATE_EXPECTED');
  const row = em.create(GuaranteePlafond, {
    id: randomUUID(),
    amountCents: input.amountCents,
    effectiveFrom: input.effectiveFrom,
    note: input.note ?? null,
    recordedAt: new Date(),
  });
  em.persist(row);
  await em.flush();
  return row;
}

/** The fund on `asOf` (default today): plafond, exposure and free capacity, with the plafond's history. */
export async function guaranteeFundOn(
  em: EntityManager,
  asOf: string | null | undefined,
): Promise<FundPosition & { plafondHistory: GuaranteePlafond[] }> {
  if (asOf != null && !isIsoDate(asOf)) throw badInput('asOf', 'ISO_DATE_EXPECTED');
  const position = await fundPosition(em, asOf ?? undefined);
  const plafondHistory = await em.find(GuaranteePlafond, {}, { orderBy: { effectiveFrom: 'asc', recordedAt: 'asc' } });
  return { ...position, plafondHistory };
}
