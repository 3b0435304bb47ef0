import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import type { RiskShareAdjustmentCause } from '@ixl/contracts';
import { DomainError, badInput, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { CourseEdition } from '../entities/course-edition.entity.js';
import {
  RiskShareAgreement,
  RiskShareAgreementChange,
  RiskShareSettlement,
  RiskShareSettlementRevision,
} from '../entities/risk-share.entity.js';
import { CourseKpiBasis, RiskShareMetric, RiskShareMode, RiskShareReasonCode, RiskShareWindowFrom } from '../entities/enums.js';
import { publishTrainingEvent } from '../events/publish.js';
import { computeSettlement, type SettlementAmounts } from './settlement.rules.js';
import { editionToManage, requireStaffCaller } from './edition-access.js';
import { KpiService, type EditionKpiFigures } from './kpi.service.js';
import { isIsoDate, todayInRome } from '@ixl/calendar';

export interface AgreementInput {
  atRiskPercent?: number | null;
  metric?: RiskShareMetric | null;
  targetRatePercent?: number | null;
  windowMonths?: number | null;
  windowFrom?: RiskShareWindowFrom | null;
  mode?: RiskShareMode | null;
  basis?: CourseKpiBasis | null;
  reason?: string | null;
}

/** Where an edition stands against its agreement now (the training body's live view). */
export interface RiskSharePositionView {
  agreement: RiskShareAgreement;
  kpis: EditionKpiFigures;
  achievedRatePercent: number;
  targetRatePercent: number;
  amounts: SettlementAmounts;
  windowStart: string;
  windowEnd: string;
  settlement: RiskShareSettlement | null;
}

/**
 * The protocol's share at risk: "un rischio economico (pari al 30% del costo della formazione complessiva)
 * in relazione al successo degli inserimenti lavorativi" (seeds/003_fe62a26ba95cc30f.txt:1169-1171).
 */
export const PROTOCOL_AT_RISK_BPS = 3000;

const toBps = (percent: number) => Math.round(percent * 100);
const hasAtMostTwoDecimals = (n: number) => Number.isFinite(n) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;

function achieved(kpis: EditionKpiFigures, metric: RiskShareMetric): { count: number; rate: number } {
  if (metric === RiskShareMetric.PLACEMENT_RATE) return { count: kpis.placements, rate: kpis.placementRate };
  if (metric === RiskShareMetric.PERMANENT_RATE) return { count: kpis.permanent, rate: kpis.permanentRate };
  return { count: kpis.employed, rate: kpis.employmentRate };
}

type Terms = Pick<RiskShareAgreement, 'atRiskBps' | 'metric' | 'targetBps' | 'windowMonths' | 'windowFrom' | 'mode' | 'basis'>;
const termsOf = (a: Terms): Terms => ({
  atRiskBps: a.atRiskBps,
  metric: a.metric,
  targetBps: a.targetBps,
  windowMonths: a.windowMonths,
  windowFrom: a.windowFrom,
  mode: a.mode,
  basis: a.basis,
});

/** A reason for an audited change: 5 to 500 characters once trimmed. */
export function requireReason(reason: string | null | undefined): string {
  const r = (reason ?? '').trim();
  if (r.length < 5 || r.length > 500) throw badInput('reason', 'AUDITED_CHANGE_REASON_LENGTH');
  return r;
}

/** A settlement is never dated after today in Rome (a future date would settle placements that have not happened yet). */
function requireNotFuture(asOf: string, now: Date): void {
  if (!isIsoDate(asOf)) throw badInput('asOf', 'ISO_DATE');
  const today = todayInRome(now);
  if (asOf > today) throw badInput('asOf', 'SETTLEMENT_IN_FUTURE', { today }, { today });
}

/**
 * The default agreement of a professional (2.b) course, made when it is activated: 30% at risk
 * (seeds/003_fe62a26ba95cc30f.txt:1169-1171), employment rate against the positions the companies
 * committed to ("aziende già identificate prima dell'inizio del corso", 003:1165-1166): target =
 * committed positions ÷ seats (a commitment without a number counts as one position), at most 100%;
 * counted from the course start to 12 months after its end (the edition's KPI window); proportional.
 * These terms are ours, not the seeds': staff change the window, an ADMIN the terms, with a reason.
 */
export function defaultAgreementTerms(edition: CourseEdition, committedPositions: number): Terms {
  const target = edition.seats > 0 ? Math.min(10_000, Math.round((Math.max(1, committedPositions) * 10_000) / edition.seats)) : 10_000;
  return {
    atRiskBps: PROTOCOL_AT_RISK_BPS,
    metric: RiskShareMetric.EMPLOYMENT_RATE,
    targetBps: target,
    windowMonths: edition.kpiWindowMonths,
    windowFrom: RiskShareWindowFrom.COURSE_START,
    mode: RiskShareMode.PROPORTIONAL,
    basis: CourseKpiBasis.ALL_PARTICIPANTS,
  };
}

/** The 30% risk-sharing agreement of an edition, its live position, its one settlement and its adjustments. */
export class RiskShareService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Creates or changes an edition's agreement, audited (who, when, why, terms before and after).
   * Staff set the counting window; the share (30% by protocol) and the terms (metric, target, mode, basis)
   * of an existing agreement, or a share other than 30%, only an ADMIN changes.
   */
  async setAgreement(caller: Caller, editionId: string, input: AgreementInput): Promise<RiskShareAgreement> {
    requireStaffCaller(caller);
    const edition = await editionToManage(this.em, caller, editionId);
    const reason = requireReason(input.reason);
    if (await this.em.count(RiskShareSettlement, { edition: edition.id }))
      throw new DomainError('AGREEMENT_ALREADY_SETTLED', {}, 'editionId');
    const existing = await this.em.findOne(RiskShareAgreement, { edition: edition.id });
    if (!existing && input.targetRatePercent == null) throw badInput('targetRatePercent', 'AGREEMENT_NEEDS_TARGET');
    const base: Terms = existing
      ? termsOf(existing)
      : { ...defaultAgreementTerms(edition, 0), targetBps: toBps(input.targetRatePercent ?? 0) };
    if (
      input.atRiskPercent != null &&
      (!hasAtMostTwoDecimals(input.atRiskPercent) || input.atRiskPercent <= 0 || input.atRiskPercent > 100)
    )
      throw badInput('atRiskPercent', 'RISK_SHARE_PERCENT_RANGE');
    if (
      input.targetRatePercent != null &&
      (!hasAtMostTwoDecimals(input.targetRatePercent) || input.targetRatePercent <= 0 || input.targetRatePercent > 1000)
    )
      throw badInput('targetRatePercent', 'TARGET_PERCENT_RANGE');
    const next: Terms = {
      atRiskBps: input.atRiskPercent != null ? toBps(input.atRiskPercent) : base.atRiskBps,
      metric: input.metric ?? base.metric,
      targetBps: input.targetRatePercent != null ? toBps(input.targetRatePercent) : base.targetBps,
      windowMonths: input.windowMonths ?? base.windowMonths,
      windowFrom: input.windowFrom ?? base.windowFrom,
      mode: input.mode ?? base.mode,
      basis: input.basis ?? base.basis,
    };
    if (!Number.isInteger(next.windowMonths) || next.windowMonths < 1 || next.windowMonths > 60)
      throw badInput('windowMonths', 'RISK_WINDOW_RANGE');
    const shareChanged = next.atRiskBps !== (existing?.atRiskBps ?? PROTOCOL_AT_RISK_BPS);
    const termsChanged =
      !!existing &&
      (next.metric !== base.metric || next.targetBps !== base.targetBps || next.mode !== base.mode || next.basis !== base.basis);
    if ((shareChanged || termsChanged) && caller.role !== 'ADMIN')
      throw new DomainError(
        shareChanged ? 'RISK_SHARE_ADMIN_ONLY' : 'AGREEMENT_TERMS_ADMIN_ONLY',
        {},
        shareChanged ? 'atRiskPercent' : 'input',
      );
    const before = existing ? termsOf(existing) : null;
    if (before && JSON.stringify(before) === JSON.stringify(next)) return existing as RiskShareAgreement;
    return this.em.transactional(async (tx) => {
      const agreement =
        existing ?? tx.create(RiskShareAgreement, { id: randomUUID(), edition: tx.getReference(CourseEdition, edition.id), ...next });
      Object.assign(agreement, next);
      tx.persist(agreement);
      tx.persist(
        tx.create(RiskShareAgreementChange, {
          id: randomUUID(),
          editionId: edition.id,
          changedAt: new Date(),
          changedBy: caller.userId,
          changedByRole: caller.role,
          reason,
          before: before as Record<string, unknown> | null,
          after: { ...next },
        }),
      );
      await tx.flush();
      return agreement;
    });
  }

  /** The default 30% agreement of a 2.b course at activation (in the activation's transaction), audited as the system's. */
  async createDefaultAgreement(tx: EntityManager, edition: CourseEdition, committedPositions: number, actor: Caller | null): Promise<void> {
    if (await tx.count(RiskShareAgreement, { edition: edition.id })) return;
    const terms = defaultAgreementTerms(edition, committedPositions);
    tx.persist(tx.create(RiskShareAgreement, { id: randomUUID(), edition, ...terms }));
    tx.persist(
      tx.create(RiskShareAgreementChange, {
        id: randomUUID(),
        editionId: edition.id,
        changedAt: new Date(),
        changedBy: actor?.userId ?? null,
        changedByRole: actor?.role ?? 'SYSTEM',
        reason: 'Protocol: 30% of the total cost of a professional (2.b) course at risk from activation',
        reasonCode: RiskShareReasonCode.PROTOCOL_AGREEMENT,
        before: null,
        after: { ...terms },
      }),
    );
  }

  /** The audit of an edition's agreement, newest first. */
  changesOf(editionId: string): Promise<RiskShareAgreementChange[]> {
    return this.em.find(RiskShareAgreementChange, { editionId }, { orderBy: { changedAt: 'desc', id: 'asc' } });
  }

  /** The adjustments of a settlement, newest first. */
  revisionsOf(settlementId: string): Promise<RiskShareSettlementRevision[]> {
    return this.em.find(RiskShareSettlementRevision, { settlementId }, { orderBy: { revision: 'desc' } });
  }

  /** The live position of each edition (null when it has no agreement); one KPI query per basis/window. */
  async positions(editions: readonly CourseEdition[]): Promise<(RiskSharePositionView | null)[]> {
    const ids = editions.map((e) => e.id);
    const agreements = await this.em.find(RiskShareAgreement, { edition: { $in: ids } });
    const settlements = await this.em.find(RiskShareSettlement, { edition: { $in: ids } });
    const out = new Map<string, RiskSharePositionView>();
    const groups = new Map<string, RiskShareAgreement[]>();
    for (const a of agreements) {
      const key = `${a.basis}/${a.windowMonths}/${a.windowFrom}`;
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    for (const group of groups.values()) {
      const first = group[0] as RiskShareAgreement;
      const figures = await new KpiService(this.em).kpis(
        group.map((a) => a.edition.id),
        first.basis,
        first.windowMonths,
        first.windowFrom,
      );
      for (const a of group) {
        const kpis = figures.get(a.edition.id);
        const edition = editions.find((e) => e.id === a.edition.id);
        if (!kpis || !edition) continue;
        const got = achieved(kpis, a.metric);
        const amounts = computeSettlement({
          totalCostCents: edition.totalCostCents,
          atRiskBps: a.atRiskBps,
          targetBps: a.targetBps,
          achievedCount: got.count,
          population: kpis.population,
          mode: a.mode,
        });
        out.set(a.edition.id, {
          agreement: a,
          kpis,
          achievedRatePercent: got.rate,
          targetRatePercent: a.targetBps / 100,
          amounts,
          windowStart: kpis.windowStart,
          windowEnd: kpis.windowEnd,
          settlement: settlements.find((s) => s.edition.id === a.edition.id) ?? null,
        });
      }
    }
    return ids.map((id) => out.get(id) ?? null);
  }

  /**
   * Staff settle one edition once its window has closed: `asOf` after the window end and not after today
   * (Europe/Rome); settling twice returns the first settlement.
   */
  async settle(caller: Caller, editionId: string, asOf: string, now: Date = new Date()): Promise<RiskShareSettlement> {
    requireStaffCaller(caller);
    requireNotFuture(asOf, now);
    const edition = await editionToManage(this.em, caller, editionId);
    return this.settleEdition(edition, asOf, caller.userId);
  }

  /** Staff: settles every edition whose window closed before `asOf` (not after today; what the daily job does). */
  settleAllDue(caller: Caller, asOf: string, now: Date = new Date()): Promise<RiskShareSettlement[]> {
    requireStaffCaller(caller);
    requireNotFuture(asOf, now);
    return this.settleDue(asOf, caller.userId);
  }

  /** Settles what is due on `asOf`: the job calls it with today (Rome), so a window is settled on the first day after it. */
  async settleDue(asOf: string, actorId: string | null): Promise<RiskShareSettlement[]> {
    const rows = await this.em.execute<{ id: string }[]>(
      `select e.id from training.course_edition e join training.risk_share_agreement a on a.edition_id = e.id
where not exists (select 1 from training.risk_share_settlement s where s.edition_id = e.id)
  and (e.end_date + make_interval(months => a.window_months))::date < ?::date order by e.end_date`,
      [asOf],
    );
    const done: RiskShareSettlement[] = [];
    for (const { id } of rows) done.push(await this.settleEdition(await this.em.findOneOrFail(CourseEdition, { id }), asOf, actorId));
    return done;
  }

  /**
   * Reconciles settled editions with placements recorded after their settlement: "later-recorded placements
   * inside the window adjust it" (docs/domain.md §3). For each settled edition among `editionIds` whose
   * achieved rate or payable amount is no longer what was settled, the settlement row is updated (locked),
   * a revision keeps who/when/why and the amounts before and after, and RiskShareSettlementAdjusted tells
   * finance (ledger entry for the difference) and people (mail to the body and staff). Recomputing from the
   * placement facts makes a redelivered event change nothing. Runs in `em`'s transaction.
   */
  async adjustSettlements(
    editionIds: readonly string[],
    cause: { placementId: string | null; reason: string; kind?: RiskShareAdjustmentCause; placementStartDate?: string | null },
    actorId: string | null,
  ): Promise<RiskShareSettlementRevision[]> {
    if (!editionIds.length) return [];
    const settled = await this.em.execute<{ id: string; edition_id: string }[]>(
      `select id, edition_id from training.risk_share_settlement where edition_id in (select jsonb_array_elements_text(?::jsonb)::uuid) order by edition_id for update`,
      [JSON.stringify([...new Set(editionIds)])],
    );
    const out: RiskShareSettlementRevision[] = [];
    for (const row of settled) {
      const settlement = await this.em.findOneOrFail(RiskShareSettlement, { id: row.id }, { refresh: true });
      const edition = await this.em.findOneOrFail(CourseEdition, { id: row.edition_id });
      const [position] = await this.positions([edition]);
      if (!position) continue;
      const after = {
        achieved: position.achievedRatePercent,
        payable: position.amounts.payableCents,
        withheld: position.amounts.withheldCents,
      };
      if (after.achieved === settlement.achievedRatePercent && after.payable === settlement.payableCents) continue;
      const revision = this.em.create(RiskShareSettlementRevision, {
        id: randomUUID(),
        settlementId: settlement.id,
        editionId: edition.id,
        revision: settlement.revision + 1,
        reason: cause.reason,
        reasonCode: cause.kind ? RiskShareReasonCode[cause.kind] : null,
        placementStartDate: cause.placementStartDate ?? null,
        placementId: cause.placementId,
        revisedAt: new Date(),
        revisedBy: actorId,
        achievedRateBefore: settlement.achievedRatePercent,
        achievedRateAfter: after.achieved,
        payableBeforeCents: settlement.payableCents,
        payableAfterCents: after.payable,
        withheldBeforeCents: settlement.withheldCents,
        withheldAfterCents: after.withheld,
      });
      Object.assign(settlement, {
        achievedRatePercent: after.achieved,
        payableCents: after.payable,
        withheldCents: after.withheld,
        revision: revision.revision,
      });
      this.em.persist(revision);
      await this.em.flush();
      await publishTrainingEvent(
        this.em,
        'RiskShareSettlementAdjusted',
        { type: 'CourseEdition', id: edition.id },
        {
          settlementId: settlement.id,
          revisionId: revision.id,
          revision: revision.revision,
          editionId: edition.id,
          editionTitle: edition.title,
          trainingBodyId: edition.trainingBody.id,
          placementId: cause.placementId,
          reason: cause.reason,
          ...(cause.kind ? { cause: cause.kind, placementStartDate: cause.placementStartDate ?? null } : {}),
          achievedRateBefore: revision.achievedRateBefore,
          achievedRateAfter: revision.achievedRateAfter,
          payableBeforeCents: revision.payableBeforeCents,
          payableAfterCents: revision.payableAfterCents,
          withheldBeforeCents: revision.withheldBeforeCents,
          withheldAfterCents: revision.withheldAfterCents,
          deltaCents: revision.payableAfterCents - revision.payableBeforeCents,
          windowEnd: settlement.windowEnd,
          adjustedOn: todayInRome(revision.revisedAt),
        },
        actorId,
      );
      out.push(revision);
    }
    return out;
  }

  private async settleEdition(edition: CourseEdition, asOf: string, actorId: string | null): Promise<RiskShareSettlement> {
    const existing = await this.em.findOne(RiskShareSettlement, { edition: edition.id });
    if (existing) return existing;
    const [position] = await this.positions([edition]);
    if (!position) throw new DomainError('NO_RISK_SHARE_AGREEMENT', {}, 'editionId');
    if (asOf <= position.windowEnd) throw new DomainError('RISK_WINDOW_STILL_OPEN', { windowEnd: position.windowEnd }, 'asOf');
    const { agreement, amounts } = position;
    return this.em.transactional(async (tx) => {
      const id = randomUUID();
      const inserted = await tx.execute<{ id: string }[]>(
        `insert into training.risk_share_settlement (id, edition_id, window_end, as_of, total_cost_cents, at_risk_cents, payable_cents, withheld_cents, achieved_rate_percent, target_rate_percent, mode, settled_at, settled_by)
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?) on conflict (edition_id) do nothing returning id`,
        [
          id,
          edition.id,
          position.windowEnd,
          asOf,
          edition.totalCostCents,
          amounts.atRiskCents,
          amounts.payableCents,
          amounts.withheldCents,
          position.achievedRatePercent,
          position.targetRatePercent,
          agreement.mode,
          actorId,
        ],
      );
      if (inserted.length) {
        await publishTrainingEvent(
          tx,
          'RiskShareSettled',
          { type: 'CourseEdition', id: edition.id },
          {
            settlementId: id,
            editionId: edition.id,
            trainingBodyId: edition.trainingBody.id,
            totalCostCents: edition.totalCostCents,
            atRiskCents: amounts.atRiskCents,
            payableCents: amounts.payableCents,
            withheldCents: amounts.withheldCents,
            achievedRatePercent: position.achievedRatePercent,
            targetRatePercent: position.targetRatePercent,
            mode: agreement.mode,
            windowEnd: position.windowEnd,
          },
          actorId,
        );
      }
      return tx.findOneOrFail(RiskShareSettlement, { edition: edition.id });
    });
  }
}

/** An edition's risk-share agreement and live position for a field resolver (batched per request; null without an agreement). */
export function riskSharePositionOf(ctx: SubgraphContext, edition: CourseEdition): Promise<RiskSharePositionView | null> {
  return loader<CourseEdition, RiskSharePositionView | null>(ctx, 'riskShare', (editions) =>
    new RiskShareService(ctx.em).positions(editions),
  ).load(edition);
}
