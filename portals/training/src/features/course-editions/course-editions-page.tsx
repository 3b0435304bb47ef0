import { useQuery } from '@apollo/client/react';
import { AccountCard, QueryState } from '@ixl/portal-client';
import { DataTable, PageTitle, formatCents, formatDate, useI18n } from '@ixl/ui';
import { graphql } from '../../gql/index.js';

const COURSE_EDITIONS = graphql(`
  query TrainingCourseEditions {
    courseEditions {
      id
      title
      subject
      stream
      startDate
      endDate
      seats
      totalCostCents
      trainingBody {
        id
        name
      }
    }
  }
`);

/** The training body's own course editions (the API returns only the caller's). */
export function CourseEditionsPage() {
  const { t, tEnum, lang } = useI18n();
  const { data, loading, error } = useQuery(COURSE_EDITIONS);
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
                { key: 'title', header: t('edition.title'), cell: (e) => e.title },
                { key: 'subject', header: t('edition.subject'), cell: (e) => e.subject },
                { key: 'stream', header: t('edition.stream'), cell: (e) => tEnum('stream', e.stream) },
                { key: 'dates', header: t('edition.dates'), cell: (e) => t('edition.range', { from: formatDate(e.startDate, lang), to: formatDate(e.endDate, lang) }) },
                { key: 'seats', header: t('edition.seats'), cell: (e) => e.seats },
                { key: 'cost', header: t('edition.cost'), cell: (e) => formatCents(e.totalCostCents, lang) },
              ]}
            />
          ) : (
            <p>{t('editions.none')}</p>
          )
        }
      </QueryState>
      <AccountCard />
    </>
  );
}
