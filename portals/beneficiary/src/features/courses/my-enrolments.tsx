import { useQuery } from '@apollo/client/react';
import { QueryState } from '@ixl/portal-client';
import { DataTable, Link, formatDate, useI18n } from '@ixl/ui';
import { graphql } from '../../gql/index.js';

export const MY_ENROLMENTS = graphql(`
  query BeneficiaryMyEnrolments {
    myBeneficiary {
      id
      firstName
      lastName
      codiceFiscale
      enrolments {
        id
        status
        decisionReason
        edition {
          id
          title
          startDate
          endDate
          trainingBody {
            id
            name
          }
        }
      }
    }
  }
`);

/** My course enrolments (requested, enrolled, …), with a link to the catalogue. */
export function MyEnrolments() {
  const { t, tEnum, lang } = useI18n();
  const { data, loading, error } = useQuery(MY_ENROLMENTS);
  return (
    <section className="ixl-card" aria-labelledby="path-courses">
      <h2 id="path-courses">{t('record.enrolments')}</h2>
      <QueryState loading={loading} error={error} data={data?.myBeneficiary ?? undefined}>
        {(b) =>
          b.enrolments === null || b.enrolments === undefined ? (
            <p role="status">{t('record.unavailable')}</p>
          ) : b.enrolments.length ? (
            <DataTable
              caption={t('record.enrolments')}
              captionHidden
              rows={b.enrolments}
              rowKey={(e) => e.id}
              columns={[
                { key: 'title', header: t('course.title'), cell: (e) => e.edition.title },
                { key: 'body', header: t('course.body'), cell: (e) => e.edition.trainingBody.name },
                { key: 'from', header: t('course.from'), cell: (e) => formatDate(e.edition.startDate, lang) },
                { key: 'to', header: t('course.to'), cell: (e) => formatDate(e.edition.endDate, lang) },
                {
                  key: 'status',
                  header: t('course.status'),
                  cell: (e) =>
                    e.status === 'REJECTED' && e.decisionReason
                      ? t('courses.declinedBecause', { status: tEnum('enrolment', e.status), reason: e.decisionReason })
                      : tEnum('enrolment', e.status),
                },
              ]}
            />
          ) : (
            <p>{t('record.noEnrolments')}</p>
          )
        }
      </QueryState>
      <p>
        <Link to="/corsi">{t('courses.toCatalogue')}</Link>
      </p>
    </section>
  );
}
