import { useQuery } from '@apollo/client/react';
import { QueryState } from '@ixl/portal-client';
import { DataTable, PageTitle, formatCents, formatDate, useI18n } from '@ixl/ui';
import { graphql } from '../../gql/index.js';
import { RouteLink } from '../vacancies/route-link.js';
import { percent } from './percent.js';

const COURSE_LIST = graphql(`
  query StaffCourseList {
    courseEditions {
      id
      title
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
      enrolments {
        id
        status
      }
      kpis {
        population
        placementRate
        employmentRate
        permanentRate
        windowStart
        windowEnd
      }
      riskShare {
        atRiskCents
        projectedWithheldCents
      }
    }
  }
`);

/** Every course edition with its participants, the three KPIs and the training body's 30% risk. */
export function CourseListPage() {
  const { t, tEnum, lang } = useI18n();
  const { data, loading, error } = useQuery(COURSE_LIST);
  return (
    <>
      <PageTitle>{t('courses.title')}</PageTitle>
      <QueryState loading={loading} error={error} data={data}>
        {(d) => {
          const rows = [...d.courseEditions].sort((a, b) => b.startDate.localeCompare(a.startDate));
          return (
            <DataTable
              caption={t('courses.caption', { count: rows.length })}
              rows={rows}
              rowKey={(c) => c.id}
              columns={[
                {
                  key: 'title',
                  header: t('courses.col.title'),
                  cell: (c) => (
                    <RouteLink to="/corsi/edizione" params={{ id: c.id }}>
                      {c.title}
                    </RouteLink>
                  ),
                },
                { key: 'body', header: t('courses.col.body'), cell: (c) => c.trainingBody.name },
                { key: 'stream', header: t('courses.col.stream'), cell: (c) => tEnum('courses.stream', c.stream) },
                { key: 'status', header: t('courses.col.status'), cell: (c) => tEnum('courses.status', c.status) },
                {
                  key: 'dates',
                  header: t('courses.col.dates'),
                  cell: (c) => `${formatDate(c.startDate, lang)} – ${formatDate(c.endDate, lang)}`,
                },
                {
                  key: 'participants',
                  header: t('courses.col.participants'),
                  cell: (c) =>
                    t('courses.participantsOf', { count: c.enrolments.filter((e) => e.status === 'ENROLLED').length, seats: c.seats }),
                },
                { key: 'placement', header: t('courses.kpi.placementRate'), cell: (c) => percent(c.kpis.placementRate, lang) },
                { key: 'employment', header: t('courses.kpi.employmentRate'), cell: (c) => percent(c.kpis.employmentRate, lang) },
                { key: 'permanent', header: t('courses.kpi.permanentRate'), cell: (c) => percent(c.kpis.permanentRate, lang) },
                {
                  key: 'window',
                  header: t('courses.kpi.window'),
                  cell: (c) => `${formatDate(c.kpis.windowStart, lang)} – ${formatDate(c.kpis.windowEnd, lang)}`,
                },
                {
                  key: 'risk',
                  header: t('courses.col.risk'),
                  cell: (c) =>
                    c.riskShare
                      ? t('courses.riskCell', {
                          atRisk: formatCents(c.riskShare.atRiskCents, lang),
                          withheld: formatCents(c.riskShare.projectedWithheldCents, lang),
                        })
                      : t('courses.noAgreement'),
                },
                { key: 'cost', header: t('courses.col.cost'), cell: (c) => formatCents(c.totalCostCents, lang) },
              ]}
            />
          );
        }}
      </QueryState>
    </>
  );
}
