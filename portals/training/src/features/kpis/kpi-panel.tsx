import { DataTable, Details, formatCents, formatDate, riskShareReasonText, useI18n } from '@ixl/ui';

export interface KpiData {
  population: number;
  placements: number;
  employed: number;
  permanent: number;
  placementRate: number;
  employmentRate: number;
  permanentRate: number;
  windowStart: string;
  windowEnd: string;
}

export interface RiskData {
  totalCostCents: number;
  atRiskCents: number;
  atRiskPercent: number;
  metric: string;
  mode: string;
  targetRatePercent: number;
  achievedRatePercent: number;
  projectedPayableCents: number;
  projectedWithheldCents: number;
  windowStart: string;
  windowEnd: string;
  windowOpen: boolean;
  settlement?: {
    payableCents: number;
    withheldCents: number;
    achievedRatePercent: number;
    asOf: string;
    revision: number;
    revisions: RevisionData[];
  } | null;
}

export interface RevisionData {
  id: string;
  revision: number;
  reason: string;
  reasonCode?: string | null;
  placementStartDate?: string | null;
  revisedAt: string;
  achievedRateBefore: number;
  achievedRateAfter: number;
  payableBeforeCents: number;
  payableAfterCents: number;
  deltaCents: number;
}

/** A percentage as people read it in the language chosen (one decimal). */
export function formatPercent(value: number, lang: 'it' | 'en'): string {
  return `${new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value)}%`;
}

/** The course KPIs of the 2021 work plan (placements of participants in the window, shown next to them: from the course start by default). */
export function KpiPanel({ kpis }: { kpis: KpiData }) {
  const { t, lang } = useI18n();
  const pct = (v: number) => formatPercent(v, lang);
  return (
    <section className="ixl-card" aria-labelledby="kpi-title">
      <h2 id="kpi-title">{t('kpi.title')}</h2>
      <p className="ixl-muted">{t('kpi.window', { from: formatDate(kpis.windowStart, lang), to: formatDate(kpis.windowEnd, lang) })}</p>
      <Details
        rows={[
          [t('kpi.placementRate'), t('kpi.rate', { rate: pct(kpis.placementRate), count: kpis.placements, population: kpis.population })],
          [t('kpi.employmentRate'), t('kpi.rate', { rate: pct(kpis.employmentRate), count: kpis.employed, population: kpis.population })],
          [t('kpi.permanentRate'), t('kpi.rate', { rate: pct(kpis.permanentRate), count: kpis.permanent, population: kpis.population })],
        ]}
      />
    </section>
  );
}

/** What finance has paid of a settlement (finance's TrainingSettlement): paid so far, still to pay, the last day. */
export interface SettlementPayment {
  paidCents: number;
  outstandingCents: number;
  paidOn?: string | null;
}

/**
 * The 30% risk-sharing position: what is at risk, what would be paid if the window closed today, the settlement,
 * and what finance has paid of it (a later adjustment may leave more to pay, or an amount paid in excess).
 */
export function RiskPanel({ risk, payment }: { risk: RiskData | null | undefined; payment?: SettlementPayment | null }) {
  const { t, tEnum, lang } = useI18n();
  const euro = (c: number) => formatCents(c, lang);
  const pct = (v: number) => formatPercent(v, lang);
  return (
    <section className="ixl-card" aria-labelledby="risk-title">
      <h2 id="risk-title">{t('risk.title')}</h2>
      {risk ? (
        <Details
          rows={[
            [t('risk.totalCost'), euro(risk.totalCostCents)],
            [t('risk.atRisk'), t('risk.atRiskValue', { amount: euro(risk.atRiskCents), percent: pct(risk.atRiskPercent) })],
            [
              t('risk.target'),
              t('risk.targetValue', {
                metric: tEnum('riskMetric', risk.metric),
                target: pct(risk.targetRatePercent),
                mode: tEnum('riskMode', risk.mode),
              }),
            ],
            [t('risk.window'), t('risk.windowValue', { from: formatDate(risk.windowStart, lang), to: formatDate(risk.windowEnd, lang) })],
            [t('risk.achieved'), pct(risk.settlement?.achievedRatePercent ?? risk.achievedRatePercent)],
            ...(risk.settlement
              ? ([
                  [
                    t('risk.status'),
                    risk.settlement.revision > 0
                      ? t('risk.adjusted', { date: formatDate(risk.settlement.asOf, lang), count: risk.settlement.revision })
                      : t('risk.settled', { date: formatDate(risk.settlement.asOf, lang) }),
                  ],
                  [t('risk.payable'), euro(risk.settlement.payableCents)],
                  [t('risk.withheld'), euro(risk.settlement.withheldCents)],
                  ...(payment
                    ? ([
                        [
                          t('risk.paid'),
                          payment.paidCents > 0 && payment.paidOn
                            ? t('risk.paidValue', { amount: euro(payment.paidCents), date: formatDate(payment.paidOn, lang) })
                            : t('risk.notPaid'),
                        ],
                        payment.outstandingCents < 0
                          ? [t('risk.overpaid'), euro(-payment.outstandingCents)]
                          : [t('risk.outstanding'), euro(payment.outstandingCents)],
                      ] as [string, string][])
                    : []),
                ] as [string, string][])
              : ([
                  [
                    t('risk.status'),
                    // "Open until" only while it is true today (Europe/Rome, computed by the API).
                    risk.windowOpen
                      ? t('risk.open', { date: formatDate(risk.windowEnd, lang) })
                      : t('risk.closedPending', { date: formatDate(risk.windowEnd, lang) }),
                  ],
                  [t('risk.projectedPayable'), euro(risk.projectedPayableCents)],
                  [t('risk.projectedWithheld'), euro(risk.projectedWithheldCents)],
                ] as [string, string][])),
          ]}
        />
      ) : (
        <p>{t('risk.none')}</p>
      )}
      {risk?.settlement?.revisions.length ? <RevisionTable revisions={risk.settlement.revisions} /> : null}
    </section>
  );
}

/** The audited adjustments of a settlement: when, why, the achieved rate and the amount before and after. */
function RevisionTable({ revisions }: { revisions: RevisionData[] }) {
  const { t, lang } = useI18n();
  const euro = (c: number) => formatCents(c, lang);
  const pct = (v: number) => formatPercent(v, lang);
  return (
    <>
      <h3>{t('risk.revisions')}</h3>
      <DataTable
        caption={t('risk.revisionsCaption')}
        captionHidden
        rows={revisions}
        rowKey={(r) => r.id}
        columns={[
          { key: 'when', header: t('risk.revision.when'), cell: (r) => formatDate(r.revisedAt, lang) },
          { key: 'reason', header: t('risk.revision.reason'), cell: (r) => riskShareReasonText(t, lang, r) },
          {
            key: 'rate',
            header: t('risk.revision.rate'),
            cell: (r) => t('risk.revision.change', { before: pct(r.achievedRateBefore), after: pct(r.achievedRateAfter) }),
          },
          {
            key: 'payable',
            header: t('risk.revision.payable'),
            cell: (r) => t('risk.revision.change', { before: euro(r.payableBeforeCents), after: euro(r.payableAfterCents) }),
          },
          { key: 'delta', header: t('risk.revision.delta'), cell: (r) => euro(r.deltaCents) },
        ]}
      />
    </>
  );
}
