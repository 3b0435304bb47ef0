import { Details, formatCents, formatDate, useI18n } from '@ixl/ui';

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
  windowEnd: string;
  settlement?: { payableCents: number; withheldCents: number; achievedRatePercent: number; asOf: string } | null;
}

/** A percentage as people read it in the language chosen (one decimal). */
export function formatPercent(value: number, lang: 'it' | 'en'): string {
  return `${new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value)}%`;
}

/** The course KPIs of the 2021 work plan (placements of participants in the window after the course end). */
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

/** The 30% risk-sharing position: what is at risk, what would be paid if the window closed today, the settlement. */
export function RiskPanel({ risk }: { risk: RiskData | null | undefined }) {
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
            [t('risk.achieved'), pct(risk.settlement?.achievedRatePercent ?? risk.achievedRatePercent)],
            ...(risk.settlement
              ? ([
                  [t('risk.status'), t('risk.settled', { date: formatDate(risk.settlement.asOf, lang) })],
                  [t('risk.payable'), euro(risk.settlement.payableCents)],
                  [t('risk.withheld'), euro(risk.settlement.withheldCents)],
                ] as [string, string][])
              : ([
                  [t('risk.status'), t('risk.open', { date: formatDate(risk.windowEnd, lang) })],
                  [t('risk.projectedPayable'), euro(risk.projectedPayableCents)],
                  [t('risk.projectedWithheld'), euro(risk.projectedWithheldCents)],
                ] as [string, string][])),
          ]}
        />
      ) : (
        <p>{t('risk.none')}</p>
      )}
    </section>
  );
}
