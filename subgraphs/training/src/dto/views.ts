import type { RiskShareSettlement } from '../entities/risk-share.entity.js';
import type { RiskSharePositionView } from '../services/risk-share.service.js';
import type { CourseRiskSharePosition, CourseRiskShareSettlement } from './risk-share.types.js';

export function settlementView(s: RiskShareSettlement): CourseRiskShareSettlement {
  return {
    id: s.id,
    editionId: s.edition.id,
    windowEnd: s.windowEnd,
    asOf: s.asOf,
    totalCostCents: s.totalCostCents,
    atRiskCents: s.atRiskCents,
    payableCents: s.payableCents,
    withheldCents: s.withheldCents,
    achievedRatePercent: s.achievedRatePercent,
    targetRatePercent: s.targetRatePercent,
    mode: s.mode,
    settledAt: s.settledAt,
  };
}

export function positionView(p: RiskSharePositionView, totalCostCents: number): CourseRiskSharePosition {
  return {
    atRiskPercent: p.agreement.atRiskBps / 100,
    metric: p.agreement.metric,
    targetRatePercent: p.targetRatePercent,
    windowMonths: p.agreement.windowMonths,
    mode: p.agreement.mode,
    basis: p.agreement.basis,
    windowEnd: p.windowEnd,
    achievedRatePercent: p.achievedRatePercent,
    totalCostCents,
    atRiskCents: p.amounts.atRiskCents,
    projectedPayableCents: p.amounts.payableCents,
    projectedWithheldCents: p.amounts.withheldCents,
    settlement: p.settlement ? settlementView(p.settlement) : null,
  };
}
