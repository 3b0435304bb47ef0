import { todayInRome } from '@ixl/calendar';
import type { RiskShareAgreementChange, RiskShareSettlement, RiskShareSettlementRevision } from '../entities/risk-share.entity.js';
import type { RiskSharePositionView } from '../services/risk-share.service.js';
import type {
  CourseRiskShareAgreementChange,
  CourseRiskSharePosition,
  CourseRiskShareSettlement,
  CourseRiskShareSettlementRevision,
} from './risk-share.types.js';

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
    revision: s.revision,
  };
}

export function positionView(p: RiskSharePositionView, totalCostCents: number): CourseRiskSharePosition {
  return {
    editionId: p.agreement.edition.id,
    atRiskPercent: p.agreement.atRiskBps / 100,
    metric: p.agreement.metric,
    targetRatePercent: p.targetRatePercent,
    windowMonths: p.agreement.windowMonths,
    windowFrom: p.agreement.windowFrom,
    mode: p.agreement.mode,
    basis: p.agreement.basis,
    windowStart: p.windowStart,
    windowEnd: p.windowEnd,
    windowOpen: p.windowEnd >= todayInRome(),
    achievedRatePercent: p.achievedRatePercent,
    totalCostCents,
    atRiskCents: p.amounts.atRiskCents,
    projectedPayableCents: p.amounts.payableCents,
    projectedWithheldCents: p.amounts.withheldCents,
    settlement: p.settlement ? settlementView(p.settlement) : null,
  };
}

export function revisionView(r: RiskShareSettlementRevision): CourseRiskShareSettlementRevision {
  return {
    id: r.id,
    revision: r.revision,
    reason: r.reason,
    reasonCode: r.reasonCode,
    placementStartDate: r.placementStartDate,
    placementId: r.placementId,
    revisedAt: r.revisedAt,
    revisedBy: r.revisedBy,
    achievedRateBefore: r.achievedRateBefore,
    achievedRateAfter: r.achievedRateAfter,
    payableBeforeCents: r.payableBeforeCents,
    payableAfterCents: r.payableAfterCents,
    withheldBeforeCents: r.withheldBeforeCents,
    withheldAfterCents: r.withheldAfterCents,
    deltaCents: r.payableAfterCents - r.payableBeforeCents,
  };
}

export function agreementChangeView(c: RiskShareAgreementChange): CourseRiskShareAgreementChange {
  return {
    id: c.id,
    changedAt: c.changedAt,
    changedBy: c.changedBy,
    changedByRole: c.changedByRole,
    reason: c.reason,
    reasonCode: c.reasonCode,
    before: c.before ? JSON.stringify(c.before) : null,
    after: JSON.stringify(c.after),
  };
}
