import { useQuery } from '@apollo/client/react';
import { AccountCard, QueryState } from '@ixl/portal-client';
import { DataTable, PageTitle, QueryLink, formatCents, formatDate, useI18n } from '@ixl/ui';
import { useCallback } from 'react';
import { graphql } from '../../gql/index.js';
import { formatPercent } from '../kpis/kpi-panel.js';
import { EditionLive } from '../live/edition-live.js';

const COURSE_EDITIONS = graphql(`
  query TrainingCourseEditions {
    courseEditions {
      id
      title
      subject
      stream
      status
      startDate
      endDate
      seats
      totalCostCents
      trainingBody {
        id
        name
      }
      kpis {
        placementRate
        employmentRate
        windowStart
        windowEnd
      }
      riskShare {
        atRiskCents
        projectedPayableCents
        windowEnd
        windowOpen
        settlement {
          id
          payableCents
        }
      }
    }
  }
`);

/** The training body's own course editions (the API returns only the caller's), with KPIs and the risk position. */
export function CourseEditionsPage() {
  const { t, tEnum, lang } = useI18n();
  const { data, loading, error, refetch } = useQuery(COURSE_EDITIONS);
  const reload = useCallback(() => void refetch(), [refetch]);
  return (
    <>
      <PageTitle>{t('editions.title')}</PageTitle>
      <QueryState loading={loading} error={error} data={data}>
        {(d) =>
          d.courseEditions.length ? (
            <DataTable
              caption={t('editions.count', { count: d.courseEditions.length })}
              rows={d.courseEditions}
              rowKey={(e) => e.id}
              columns={[
                {
                  key: 'title',
                  header: t('edition.title'),
                  cell: (e) => (
                    <QueryLink to="/edizione" query={{ id: e.id }}>
                      {e.title}
                    </QueryLink>
                  ),
                },
                { key: 'stream', header: t('edition.stream'), cell: (e) => tEnum('stream', e.stream) },
                { key: 'status', header: t('edition.status'), cell: (e) => tEnum('editionStatus', e.status) },
                {
                  key: 'dates',
                  header: t('edition.dates'),
                  cell: (e) => t('edition.range', { from: formatDate(e.startDate, lang), to: formatDate(e.endDate, lang) }),
                },
                { key: 'seats', header: t('edition.seats'), cell: (e) => e.seats },
                { key: 'cost', header: t('edition.cost'), cell: (e) => formatCents(e.totalCostCents, lang) },
                {
                  key: 'kpi',
                  header: t('edition.kpis'),
                  cell: (e) =>
                    t('edition.kpisValue', {
                      placement: formatPercent(e.kpis.placementRate, lang),
                      employment: formatPercent(e.kpis.employmentRate, lang),
                      from: formatDate(e.kpis.windowStart, lang),
                      to: formatDate(e.kpis.windowEnd, lang),
                    }),
                },
                {
                  key: 'risk',
                  header: t('edition.risk'),
                  cell: (e) =>
                    e.riskShare
                      ? e.riskShare.settlement
                        ? t('edition.riskSettled', {
                            atRisk: formatCents(e.riskShare.atRiskCents, lang),
                            payable: formatCents(e.riskShare.settlement.payableCents, lang),
                          })
                        : t(e.riskShare.windowOpen ? 'edition.riskOpen' : 'edition.riskClosed', {
                            atRisk: formatCents(e.riskShare.atRiskCents, lang),
                            payable: formatCents(e.riskShare.projectedPayableCents, lang),
                            to: formatDate(e.riskShare.windowEnd, lang),
                          })
                      : t('edition.riskNone'),
                },
              ]}
            />
          ) : (
            <p>{t('editions.none')}</p>
          )
        }
      </QueryState>
      {/* Drawn once the list is in place (or failed): drawn earlier, they were pushed down when it arrived (a layout
          shift of 0.15–0.47 on a phone, issue 25). */}
      {data || error ? (
        <>
          <EditionLive onChange={reload} />
          <AccountCard />
        </>
      ) : null}
    </>
  );
}
