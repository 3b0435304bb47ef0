import { useQuery } from '@apollo/client/react';
import { AccountCard, QueryState, useSession } from '@ixl/portal-client';
import { Alert, DataTable, Details, PageTitle, formatDate, municipalityName, useI18n } from '@ixl/ui';
import { graphql } from '../../gql/index.js';
import { DataExportCard } from '../my-data/data-export-card.js';

const MY_RECORD = graphql(`
  query BeneficiaryMyRecord($id: ID!) {
    beneficiary(id: $id) {
      id
      firstName
      lastName
      codiceFiscale
      email
      phone
      birthDate
      sex
      municipalityCode
      status
      registeredAt
      placements {
        id
        type
        startDate
        endDate
        company {
          id
          name
        }
      }
      enrolments {
        id
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

function Record({ id }: { id: string }) {
  const { t, tEnum, lang } = useI18n();
  const { data, loading, error } = useQuery(MY_RECORD, { variables: { id } });
  return (
    <QueryState loading={loading} error={error} data={data?.beneficiary ?? undefined}>
      {(b) => (
        <>
          <p>{t('record.greeting', { name: b.firstName })}</p>
          <section className="ixl-card" aria-labelledby="record-personal">
            <h2 id="record-personal">{t('record.personal')}</h2>
            <Details
              rows={[
                [t('record.fullName'), `${b.firstName} ${b.lastName}`],
                [t('record.codiceFiscale'), b.codiceFiscale],
                [t('record.birthDate'), formatDate(b.birthDate, lang)],
                [t('record.email'), b.email],
                [t('record.phone'), b.phone],
                [t('record.municipality'), municipalityName(b.municipalityCode)],
                [t('record.status'), tEnum('status', b.status, { sex: b.sex })],
                [t('record.registeredAt'), formatDate(b.registeredAt, lang)],
              ]}
            />
          </section>
          <section className="ixl-card" aria-labelledby="record-placements">
            <h2 id="record-placements">{t('record.placements')}</h2>
            {b.placements === null ? (
              <p role="status">{t('record.unavailable')}</p>
            ) : b.placements.length ? (
              <DataTable
                caption={t('record.placements')}
                captionHidden
                rows={b.placements}
                rowKey={(p) => p.id}
                columns={[
                  { key: 'company', header: t('placement.company'), cell: (p) => p.company?.name ?? '—' },
                  { key: 'type', header: t('placement.type'), cell: (p) => tEnum('placementType', p.type) },
                  { key: 'from', header: t('placement.from'), cell: (p) => formatDate(p.startDate, lang) },
                  { key: 'to', header: t('placement.to'), cell: (p) => formatDate(p.endDate, lang) },
                ]}
              />
            ) : (
              <p>{t('record.noPlacements')}</p>
            )}
          </section>
          <section className="ixl-card" aria-labelledby="record-enrolments">
            <h2 id="record-enrolments">{t('record.enrolments')}</h2>
            {b.enrolments === null ? (
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
                ]}
              />
            ) : (
              <p>{t('record.noEnrolments')}</p>
            )}
          </section>
        </>
      )}
    </QueryState>
  );
}

/** "I miei dati": personal data, status, placements, courses, the data export and the account. */
export function MyRecordPage() {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <>
      <PageTitle>{t('record.title')}</PageTitle>
      {user.beneficiaryId ? <Record id={user.beneficiaryId} /> : <Alert>{t('record.notLinked')}</Alert>}
      <DataExportCard />
      <AccountCard />
    </>
  );
}
