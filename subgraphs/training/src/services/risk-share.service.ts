import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { DomainError, badInput, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { CourseEdition } from '../entities/course-edition.entity.js';
import { RiskShareAgreement, RiskShareSettlement } from '../entities/risk-share.entity.js';
import { CourseKpiBasis, RiskShareMetric, RiskShareMode } from '../entities/enums.js';
import { publishTrainingEvent } from '../events/publish.js';
import { computeSettlement, type SettlementAmounts } from './settlement.rules.js';
import { editionToManage, requireStaffCaller } from './edition-access.js';
import { KpiService, type EditionKpiFigures } from './kpi.service.js';
import { isIsoDate } from '@ixl/calendar';

export interface AgreementInput {
  atRiskPercent?: number | null;
  metric?: RiskShareMetric | null;
  targetRatePercent: number;
  windowMonths?: number | null;
  mode?: RiskShareMode | null;
  basis?: CourseKpiBasis | null;
}

/** Where an edition stands against its agreement now (the training body's live view). */
export interface RiskSharePositionView {
  agreement: RiskShareAgreement;
  kpis: EditionKpiFigures;
  achievedRatePercent: number;
  targetRatePercent: number;
  amounts: SettlementAmounts;
  windowEnd: string;
  settlement: RiskShareSettlement | null;
}

const toBps = (percent: number) => Math.round(percent * 100);
const hasAtMostTwoDecimals = (n: number) => Number.isFinite(n) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;

function achieved(kpis: EditionKpiFigures, metric: RiskShareMetric): { count: number; rate: number } {
  if (metric === RiskShareMetric.PLACEMENT_RATE) return { count: kpis.placements, rate: kpis.placementRate };
  if (metric === RiskShareMetric.PERMANENT_RATE) return { count: kpis.permanent, rate: kpis.permanentRate };
  return { count: kpis.employed, rate: kpis.employmentRate };
}

/** The 30% risk-sharing agreement of an edition, its live position and its one settlement. */
export class RiskShareService {
  constructor(private readonly em: EntityManager) {}

  async setAgreement(caller: Caller, editionId: string, input: AgreementInput): Promise<RiskShareAgreement> {
    requireStaffCaller(caller);
    const edition = await editionToManage(this.em, caller, editionId);
    if (await this.em.count(RiskShareSettlement, { edition: edition.id }))
      throw new DomainError('AGREEMENT_ALREADY_SETTLED', {}, 'editionId');
    const atRisk = input.atRiskPercent ?? 30;
    if (!hasAtMostTwoDecimals(atRisk) || atRisk <= 0 || atRisk > 100) throw badInput('atRiskPercent', 'RISK_SHARE_PERCENT_RANGE');
    if (!hasAtMostTwoDecimals(input.targetRatePercent) || input.targetRatePercent <= 0 || input.targetRatePercent > 1000)
      throw badInput('targetRatePercent', 'TARGET_PERCENT_RANGE');
    const windowMonths = input.windowMonths ?? edition.kpiWindowMonths;
    if (!Number.isInteger(windowMonths) || windowMonths < 1 || windowMonths > 60) throw badInput('windowMonths', 'RISK_WINDOW_RANGE');
    const agreement =
      (await this.em.findOne(RiskShareAgreement, { edition: edition.id })) ??
      this.em.create(RiskShareAgreement, {
        id: randomUUID(),
        edition,
        metric: RiskShareMetric.EMPLOYMENT_RATE,
        targetBps: 0,
        windowMonths,
        mode: RiskShareMode.PROPORTIONAL,
      });
    Object.assign(agreement, {
      atRiskBps: toBps(atRisk),
      metric: input.metric ?? RiskShareMetric.EMPLOYMENT_RATE,
      targetBps: toBps(input.targetRatePercent),
      windowMonths,
      mode: input.mode ?? RiskShareMode.PROPORTIONAL,
      basis: input.basis ?? CourseKpiBasis.ALL_PARTICIPANTS,
    });
    await this.em.persistAndFlush(agreement);
    return agreement;
  }

  /** The live position of each edition (null when it has no agreement); one KPI query per basis/window. */
  async positions(editions: readonly CourseEdition[]): Promise<(RiskSharePositionView | null)[]> {
    const ids = editions.map((e) => e.id);
    const agreements = await this.em.find(RiskShareAgreement, { edition: { $in: ids } });
    const settlements = await this.em.find(RiskShareSettlement, { edition: { $in: ids } });
    const out = new Map<string, RiskSharePositionView>();
    const groups = new Map<string, RiskShareAgreement[]>();
    for (const a of agreements) {
      const key = `${a.basis}/${a.windowMonths}`;
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    for (const group of groups.values()) {
      const first = group[0] as RiskShareAgreement;
      const figures = await new KpiService(this.em).kpis(
        group.map((a) => a.edition.id),
        first.basis,
        first.windowMonths,
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
          windowEnd: kpis.windowEnd,
          settlement: settlements.find((s) => s.edition.id === a.edition.id) ?? null,
        });
      }
    }
    return ids.map((id) => out.get(id) ?? null);
  }

  /** Staff settle one edition once its window has closed (`asOf` after the window end); settling twice returns the first settlement. */
  async settle(caller: Caller, editionId: string, asOf: string): Promise<RiskShareSettlement> {
    requireStaffCaller(caller);
    if (!isIsoDate(asOf)) throw badInput('asOf', 'ISO_DATE');
    const edition = await editionToManage(this.em, caller, editionId);
    return this.settleEdition(edition, asOf, caller.userId);
  }

  /** Settles every edition whose window closed before `asOf` and that has no settlement yet (for a daily timer). */
  /** Staff: settles every edition whose window closed before `asOf` (what the daily job does). */
  settleAllDue(caller: Caller, asOf: string): Promise<RiskShareSettlement[]> {
    requireStaffCaller(caller);
    if (!isIsoDate(asOf)) throw badInput('asOf', 'ISO_DATE');
    return this.settleDue(asOf, caller.userId);
  }

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
