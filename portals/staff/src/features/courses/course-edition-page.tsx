import { useQuery } from '@apollo/client/react';
import { CourseRequests, QueryState } from '@ixl/portal-client';
import { Alert, DataTable, Details, Link, PageTitle, SelectField, formatCents, formatDate, useI18n } from '@ixl/ui';
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
        windowEnd
        settlement {
          id
          payableCents
          withheldCents
          settledAt
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
                    [t('courses.risk.windowEnd'), formatDate(r.windowEnd, lang)],
                    [
                      t('courses.risk.settlement'),
                      r.settlement
                        ? t('courses.risk.settled', {
                            payable: formatCents(r.settlement.payableCents, lang),
                            withheld: formatCents(r.settlement.withheldCents, lang),
                          })
                        : t('courses.risk.notSettled'),
                    ],
                  ]}
                />
              ) : (
                <p>{t('courses.noAgreement')}</p>
              )}
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
