import { badInput } from '@ixl/subgraph-kit';
import { FundingKind, NonCashItemKind } from '../entities/enums.js';

/** Credito sociale and fondo perduto limits (docs/domain.md §5), checked before a committee approves. */
export const LOAN_MAX_CENTS = 2_500_000;
export const LOAN_TERM_MIN = 6;
export const LOAN_TERM_MAX = 60;
export const LOAN_GRACE_MAX = 6;
export const GRANT_MAX_CENTS = 800_000;
export const GRANT_INVESTMENT_MAX_CENTS = 600_000;
export const GRANT_SERVICES_MAX_CENTS = 200_000;

export const NON_CASH_MAX_ITEMS = 20;

export interface NonCashItem {
  kind: NonCashItemKind;
  description: string;
  valueCents: number;
}

export interface FundingTerms {
  kind: FundingKind;
  nonCashItems?: NonCashItem[] | null;
  amountCents?: number | null;
  investmentCents?: number | null;
  servicesCents?: number | null;
  termMonths?: number | null;
  graceMonths?: number | null;
}

export interface ValidFunding {
  kind: FundingKind;
  nonCashItems: NonCashItem[] | null;
  amountCents: number;
  investmentCents: number | null;
  servicesCents: number | null;
  termMonths: number | null;
  graceMonths: number | null;
}

const cents = (field: string, v: number | null | undefined): number => {
  if (v === null || v === undefined || !Number.isInteger(v) || v < 0) throw badInput(field, 'WHOLE_CENTS', { field });
  return v;
};

/** Validates the funding a management committee approves; throws BAD_USER_INPUT naming the field. */
export function validateFunding(t: FundingTerms): ValidFunding {
  if (t.kind === FundingKind.LOAN) {
    const amount = cents('funding.amountCents', t.amountCents);
    if (amount < 1 || amount > LOAN_MAX_CENTS) throw badInput('funding.amountCents', 'SOCIAL_LOAN_RANGE');
    const term = t.termMonths;
    if (term === null || term === undefined || !Number.isInteger(term) || term < LOAN_TERM_MIN || term > LOAN_TERM_MAX)
      throw badInput('funding.termMonths', 'LOAN_TERM_6_60');
    const grace = t.graceMonths ?? 0;
    if (!Number.isInteger(grace) || grace < 0 || grace > LOAN_GRACE_MAX || grace >= term)
      throw badInput('funding.graceMonths', 'PRE_AMORTISATION_RANGE');
    return {
      kind: t.kind,
      nonCashItems: null,
      amountCents: amount,
      investmentCents: null,
      servicesCents: null,
      termMonths: term,
      graceMonths: grace,
    };
  }
  if (t.kind === FundingKind.NON_CASH) return validateNonCash(t);
  const investment = cents('funding.investmentCents', t.investmentCents ?? 0);
  const services = cents('funding.servicesCents', t.servicesCents ?? 0);
  if (investment > GRANT_INVESTMENT_MAX_CENTS) throw badInput('funding.investmentCents', 'GRANT_INVESTMENTS_CAP');
  if (services > GRANT_SERVICES_MAX_CENTS) throw badInput('funding.servicesCents', 'GRANT_SERVICES_CAP');
  const total = investment + services;
  if (total < 1) throw badInput('funding.investmentCents', 'GRANT_NEEDS_AMOUNTS');
  if (t.amountCents !== null && t.amountCents !== undefined && t.amountCents !== total)
    throw badInput('funding.amountCents', 'GRANT_AMOUNT_SUM');
  return {
    kind: t.kind,
    nonCashItems: null,
    amountCents: total,
    investmentCents: investment,
    servicesCents: services,
    termMonths: null,
    graceMonths: null,
  };
}

/** Non-cash support: 1–20 items (a course paid, stages funded, services in kind), each described and valued in cents. */
function validateNonCash(t: FundingTerms): ValidFunding {
  const items = t.nonCashItems ?? [];
  if (items.length < 1 || items.length > NON_CASH_MAX_ITEMS)
    throw badInput('funding.nonCashItems', 'NON_CASH_ITEMS_COUNT', { maxItems: NON_CASH_MAX_ITEMS });
  const valid = items.map((item, i) => {
    const description = item.description.trim();
    if (description.length < 3 || description.length > 300)
      throw badInput(`funding.nonCashItems.${i}.description`, 'NON_CASH_ITEM_DESCRIPTION');
    const value = cents(`funding.nonCashItems.${i}.valueCents`, item.valueCents);
    if (value < 1) throw badInput(`funding.nonCashItems.${i}.valueCents`, 'WHOLE_CENTS', { field: `funding.nonCashItems.${i}.valueCents` });
    return { kind: item.kind, description, valueCents: value };
  });
  const total = valid.reduce((a, i) => a + i.valueCents, 0);
  if (t.amountCents !== null && t.amountCents !== undefined && t.amountCents !== total)
    throw badInput('funding.amountCents', 'NON_CASH_AMOUNT_SUM');
  return {
    kind: t.kind,
    nonCashItems: valid,
    amountCents: total,
    investmentCents: null,
    servicesCents: null,
    termMonths: null,
    graceMonths: null,
  };
}
