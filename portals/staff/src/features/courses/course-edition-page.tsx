import { useQuery } from '@apollo/client/react';
import { CourseRequests, QueryState } from '@ixl/portal-client';
import { Alert, DataTable, Details, Link, PageTitle, SelectField, formatCents, formatDate, riskShareReasonText, useI18n } from '@ixl/ui';
import { useState } from 'react';
import { graphql } from '../../gql/index.js';
import { useSearchParam } from '../vacancies/use-search-param.js';
import { percent } from './percent.js';

const COURSE_EDITION = graphql(`
  query StaffCourseEdition($id: ID!, $basis: CourseKpiBasis!) {
    courseEdition(id: $id) {
      id
      title
      subject
      stream
      status
      delivery
      startDate
      endDate
      seats
      totalCostCents
      kpiWindowMonths
      trainingBody {
        id
        name
      }
      enrolments {
        id
        participantName
        status
        outcome
        attendancePercent
        attendedHours
        qualificationObtained
        qualificationName
        dropOutReason
      }
      kpis(basis: $basis) {
        basis
        population
        placements
        employed
        permanent
        placementRate
        employmentRate
        permanentRate
        windowStart
        windowEnd
      }
      riskShare {
        metric
        mode
        basis
        targetRatePercent
        achievedRatePercent
        atRiskPercent
        atRiskCents
        projectedPayableCents
        projectedWithheldCents
        windowStart
        windowEnd
        windowOpen
        changes {
          id
          changedAt
          changedByRole
          reason
          reasonCode
          after
        }
        settlement {
          id
          payableCents
          withheldCents
          settledAt
          revision
          revisions {
            id
            revisedAt
            reason
            reasonCode
            placementStartDate
            payableBeforeCents
            payableAfterCents
            deltaCents
          }
        }
      }
    }
  }
`);

const BASES = ['ALL_PARTICIPANTS', 'COMPLETED', 'QUALIFIED'] as const;

/** One course edition: participants with attendance and outcome, the KPIs on a chosen basis, the risk-share position. */
export function CourseEditionPage() {
  const { t, tEnum, lang } = useI18n();
  const id = useSearchParam('id');
  const [basis, setBasis] = useState<(typeof BASES)[number]>('ALL_PARTICIPANTS');
  const { data, previousData, loading, error, refetch } = useQuery(COURSE_EDITION, { variables: { id: id ?? '', basis }, skip: !id });
  if (!id) return <Alert>{t('courses.edition.missing')}</Alert>;
  return (
    <QueryState loading={loading} error={error} data={data ?? previousData}>
      {(d) => {
        const c = d.courseEdition;
        if (!c) return <Alert>{t('courses.edition.missing')}</Alert>;
        const k = c.kpis;
        const r = c.riskShare;
        const termsText = (json: string) => {
          const a = JSON.parse(json) as { atRiskBps: number; metric: string; targetBps: number; windowMonths: number };
          return t('courses.risk.terms', {
            share: percent(a.atRiskBps / 100, lang),
            metric: tEnum('courses.metric', a.metric),
            target: percent(a.targetBps / 100, lang),
            months: a.windowMonths,
          });
        };
        const settledText = (st: { payableCents: number; withheldCents: number; revision: number }) => {
          const text = t('courses.risk.settled', {
            payable: formatCents(st.payableCents, lang),
            withheld: formatCents(st.withheldCents, lang),
          });
          return st.revision > 0 ? t('courses.risk.adjusted', { count: st.revision, text }) : text;
        };
        return (
          <>
            <PageTitle>{c.title}</PageTitle>
            <p>
              <Link to="/corsi">{t('courses.back')}</Link>
            </p>
            <CourseRequests editionId={c.id} onChange={() => void refetch()} />
            <section className="ixl-card" aria-labelledby="edition-details">
              <h2 id="edition-details">{t('courses.edition.details')}</h2>
              <Details
                rows={[
                  [t('courses.col.body'), c.trainingBody.name],
                  [t('courses.col.stream'), tEnum('courses.stream', c.stream)],
                  [t('courses.col.status'), tEnum('courses.status', c.status)],
                  [t('courses.col.dates'), `${formatDate(c.startDate, lang)} – ${formatDate(c.endDate, lang)}`],
                  [t('courses.col.cost'), formatCents(c.totalCostCents, lang)],
                ]}
              />
            </section>
            <section className="ixl-card" aria-labelledby="edition-kpis">
              <h2 id="edition-kpis">{t('courses.kpi.title')}</h2>
              <SelectField
                label={t('courses.kpi.basis')}
                value={basis}
                onChange={(e) => setBasis(e.currentTarget.value as (typeof BASES)[number])}
                options={BASES.map((b) => ({ value: b, label: tEnum('courses.basis', b) }))}
              />
              <Details
                rows={[
                  [t('courses.kpi.population'), k.population],
                  [
                    t('courses.kpi.placementRate'),
                    t('courses.kpi.ratio', { rate: percent(k.placementRate, lang), n: k.placements, of: k.population }),
                  ],
                  [
                    t('courses.kpi.employmentRate'),
                    t('courses.kpi.ratio', { rate: percent(k.employmentRate, lang), n: k.employed, of: k.population }),
                  ],
                  [
                    t('courses.kpi.permanentRate'),
                    t('courses.kpi.ratio', { rate: percent(k.permanentRate, lang), n: k.permanent, of: k.population }),
                  ],
                  [t('courses.kpi.window'), `${formatDate(k.windowStart, lang)} – ${formatDate(k.windowEnd, lang)}`],
                ]}
              />
            </section>
            <section className="ixl-card" aria-labelledby="edition-risk">
              <h2 id="edition-risk">{t('courses.risk.title')}</h2>
              {r ? (
                <Details
                  rows={[
                    [
                      t('courses.risk.rule'),
                      t('courses.risk.ruleText', {
                        metric: tEnum('courses.metric', r.metric),
                        target: percent(r.targetRatePercent, lang),
                        mode: tEnum('courses.mode', r.mode),
                      }),
                    ],
                    [t('courses.risk.achieved'), percent(r.achievedRatePercent, lang)],
                    [
                      t('courses.risk.atRisk'),
                      t('courses.risk.atRiskText', { amount: formatCents(r.atRiskCents, lang), share: percent(r.atRiskPercent, lang) }),
                    ],
                    [t('courses.risk.payable'), formatCents(r.projectedPayableCents, lang)],
                    [t('courses.risk.withheld'), formatCents(r.projectedWithheldCents, lang)],
                    [
                      t('courses.risk.windowEnd'),
                      t(r.windowOpen ? 'courses.risk.windowOpen' : 'courses.risk.windowClosed', {
                        from: formatDate(r.windowStart, lang),
                        to: formatDate(r.windowEnd, lang),
                      }),
                    ],
                    [t('courses.risk.settlement'), r.settlement ? settledText(r.settlement) : t('courses.risk.notSettled')],
                  ]}
                />
              ) : (
                <p>{t('courses.noAgreement')}</p>
              )}
              {r?.settlement?.revisions.length ? (
                <DataTable
                  caption={t('courses.risk.revisions')}
                  rows={r.settlement.revisions}
                  rowKey={(v) => v.id}
                  columns={[
                    { key: 'when', header: t('courses.risk.col.when'), cell: (v) => formatDate(String(v.revisedAt), lang) },
                    { key: 'reason', header: t('courses.risk.col.reason'), cell: (v) => riskShareReasonText(t, lang, v) },
                    {
                      key: 'payable',
                      header: t('courses.risk.col.payable'),
                      cell: (v) => `${formatCents(v.payableBeforeCents, lang)} → ${formatCents(v.payableAfterCents, lang)}`,
                    },
                    { key: 'delta', header: t('courses.risk.col.delta'), cell: (v) => formatCents(v.deltaCents, lang) },
                  ]}
                />
              ) : null}
              {r?.changes.length ? (
                <DataTable
                  caption={t('courses.risk.changes')}
                  rows={r.changes}
                  rowKey={(c) => c.id}
                  columns={[
                    { key: 'when', header: t('courses.risk.col.when'), cell: (c) => formatDate(String(c.changedAt), lang) },
                    {
                      key: 'who',
                      header: t('courses.risk.col.who'),
                      cell: (c) => (c.changedByRole === 'SYSTEM' ? t('courses.risk.bySystem') : t(`role.${c.changedByRole}`)),
                    },
                    { key: 'reason', header: t('courses.risk.col.reason'), cell: (c) => riskShareReasonText(t, lang, c) },
                    { key: 'after', header: t('courses.risk.col.change'), cell: (c) => termsText(c.after) },
                  ]}
                />
              ) : null}
            </section>
            <DataTable
              caption={t('courses.participants', { count: c.enrolments.length })}
              rows={c.enrolments}
              rowKey={(e) => e.id}
              columns={[
                { key: 'name', header: t('courses.p.name'), cell: (e) => e.participantName ?? '—' },
                { key: 'status', header: t('courses.p.status'), cell: (e) => tEnum('courses.enrolment', e.status) },
                {
                  key: 'attendance',
                  header: t('courses.p.attendance'),
                  cell: (e) => t('courses.p.attendanceText', { percent: percent(e.attendancePercent, lang), hours: e.attendedHours }),
                },
                {
                  key: 'outcome',
                  header: t('courses.p.outcome'),
                  cell: (e) => `${tEnum('courses.outcome', e.outcome)}${e.dropOutReason ? ` — ${e.dropOutReason}` : ''}`,
                },
                {
                  key: 'qualification',
                  header: t('courses.p.qualification'),
                  cell: (e) => (e.qualificationObtained ? (e.qualificationName ?? t('courses.p.yes')) : '—'),
                },
              ]}
            />
          </>
        );
      }}
    </QueryState>
  );
}
