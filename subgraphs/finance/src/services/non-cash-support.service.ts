import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FundingApprovedPayload } from '@ixl/contracts';
import { DomainError, badInput, groupByKeys, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { isIsoDate, todayInRome } from '@ixl/calendar';
import { NonCashSupport } from '../entities/non-cash-support.entity.js';
import { GrantStatus, NonCashSupportKind } from '../entities/enums.js';
import { Grant } from '../entities/grant.entity.js';
import { Loan, LoanStatus } from '../entities/loan.entity.js';
import { fundingFilter } from './finance-access.js';
import { projectFact } from './eligibility-facts.service.js';

/*
 * Non-cash support (seeds/000_ff0b96446bfee347.txt:445 "finanziamento del percorso di Alta Formazione" — a course paid;
 * :469 "inserimento di 3 persone in stage" — stages funded; services in kind), its value counted in the project's support.
 */

const KINDS = new Set<string>(Object.values(NonCashSupportKind));

export interface NonCashItem {
  kind: string;
  description: string;
  valueCents: number;
}

/** Validates one item (shared by staff recording and the committee's decision). Pure apart from the throw. */
export function validNonCashItem(item: NonCashItem, field = ''): NonCashItem {
  if (!KINDS.has(item.kind)) throw badInput(`${field}kind`, 'NON_CASH_KIND_UNKNOWN');
  const description = item.description.trim();
  if (description.length < 3 || description.length > 300) throw badInput(`${field}description`, 'NON_CASH_DESCRIPTION_LENGTH');
  if (!Number.isSafeInteger(item.valueCents) || item.valueCents <= 0) throw badInput(`${field}valueCents`, 'AMOUNT_POSITIVE_CENTS');
  return { kind: item.kind, description, valueCents: item.valueCents };
}

/** Opens the non-cash support a management committee approved (idempotent: one row per decision and item). */
export async function openNonCashFromDecision(em: EntityManager, p: FundingApprovedPayload, actorId: string | null): Promise<number> {
  let created = 0;
  for (const [position, raw] of (p.nonCashItems ?? []).entries()) {
    let item: NonCashItem;
    try {
      item = validNonCashItem(raw);
    } catch {
      continue; // `projects` validated the decision; a malformed item in an old or forged event is skipped, not booked
    }
    const rows = await em.execute<{ id: string }[]>(
      `insert into "finance"."non_cash_support" ("id", "project_id", "project_kind", "decision_id", "position", "kind", "description", "value_cents", "provided_on", "applicant_user_id", "beneficiary_id", "committee_member_user_ids", "recorded_by", "recorded_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict ("decision_id", "position") where "decision_id" is not null do nothing returning "id"`,
      [
        randomUUID(),
        p.projectId,
        p.projectKind,
        p.decisionId,
        position,
        item.kind,
        item.description,
        item.valueCents,
        p.approvedOn.slice(0, 10),
        p.applicantUserId,
        p.beneficiaryId,
        `{${(p.committeeMemberUserIds ?? []).map((u) => `"${u}"`).join(',')}}`,
        actorId,
      ],
    );
    created += rows.length;
  }
  return created;
}

export interface RecordNonCashInput extends NonCashItem {
  projectId: string;
  providedOn: string;
}

/** Staff: records non-cash support given to a known project; the same item twice is a CONFLICT with the existing id. */
export async function recordNonCashSupport(em: EntityManager, input: RecordNonCashInput, actorId: string | null): Promise<NonCashSupport> {
  const item = validNonCashItem(input);
  if (!isIsoDate(input.providedOn)) throw badInput('providedOn', 'ISO_DATE_EXPECTED');
  const today = todayInRome();
  if (input.providedOn > today) throw badInput('providedOn', 'NON_CASH_DATE_IN_FUTURE', { providedOn: input.providedOn, today });
  return em.transactional(async (tx) => {
    const project = await projectFact(tx, input.projectId);
    if (!project) throw badInput('projectId', 'NON_CASH_PROJECT_NOT_FOUND');
    const same = await tx
      .getConnection()
      .execute<{ id: string }[]>(
        `select "id" from "finance"."non_cash_support" where "decision_id" is null and "project_id" = ? and "kind" = ? and lower("description") = lower(?) and "provided_on" = ?`,
        [input.projectId, item.kind, item.description, input.providedOn],
        'all',
        tx.getTransactionContext(),
      );
    if (same[0]) throw new DomainError('NON_CASH_SUPPORT_DUPLICATE', {}, 'description', { existingId: same[0].id });
    const row = tx.create(NonCashSupport, {
      id: randomUUID(),
      projectId: project.projectId,
      projectKind: project.projectKind,
      decisionId: null,
      kind: item.kind as NonCashSupportKind,
      description: item.description,
      valueCents: item.valueCents,
      providedOn: input.providedOn,
      recordedBy: actorId,
      recordedAt: new Date(),
    });
    tx.persist(row);
    await tx.flush();
    return row;
  });
}

/** The non-cash support of a project the caller may see (batched per request). */
export function projectNonCashSupport(ctx: SubgraphContext, projectId: string): Promise<NonCashSupport[]> {
  const filter = fundingFilter(ctx.caller);
  return loader<string, NonCashSupport[]>(ctx, 'nonCashByProject', async (ids) => {
    const rows = await ctx.em.find(
      NonCashSupport,
      { $and: [{ projectId: { $in: [...new Set(ids)] } }, filter] },
      { orderBy: { providedOn: 'asc', position: 'asc', id: 'asc' } },
    );
    return groupByKeys(ids, rows, (r) => r.projectId);
  }).load(projectId);
}

/**
 * The project's total support in cents: loans' principal and grants' total (not refused) plus the value of the non-cash
 * support, as the caller may see them (batched per request).
 */
export function projectSupportTotalCents(ctx: SubgraphContext, projectId: string): Promise<number> {
  const filter = fundingFilter(ctx.caller);
  return loader<string, number>(ctx, 'supportTotalByProject', async (ids) => {
    const unique = [...new Set(ids)];
    const totals = new Map<string, number>(unique.map((id) => [id, 0]));
    const add = (id: string, cents: number) => totals.set(id, (totals.get(id) ?? 0) + cents);
    const loans = await ctx.em.find(Loan, { $and: [{ projectId: { $in: unique } }, { status: { $ne: LoanStatus.REFUSED } }, filter] });
    for (const l of loans) add(l.projectId, l.principalCents);
    const grants = await ctx.em.find(Grant, { $and: [{ projectId: { $in: unique } }, { status: { $ne: GrantStatus.REFUSED } }, filter] });
    for (const g of grants) add(g.projectId, g.totalCents);
    const items = await ctx.em.find(NonCashSupport, { $and: [{ projectId: { $in: unique } }, filter] });
    for (const n of items) add(n.projectId, n.valueCents);
    return ids.map((id) => totals.get(id) ?? 0);
  }).load(projectId);
}
