import { useQuery } from '@apollo/client/react';
import { AccountCard, QueryState, useSession } from '@ixl/portal-client';
import { Alert, DataTable, Details, PageTitle, formatDate, municipalityName, useI18n } from '@ixl/ui';
import { graphql } from '../../gql/index.js';

const COMPANY_HOME = graphql(`
  query CompanyHome($companyId: ID) {
    companies {
      id
      name
      vatNumber
      municipalityCode
      boardJoinedOn
    }
    vacancies(companyId: $companyId) {
      id
      title
      municipalityCode
      openings
      status
      createdAt
    }
  }
`);

/** The company's own data and its staffing needs (the API returns only the caller's company). */
export function CompanyHomePage() {
  const { t, tEnum, lang } = useI18n();
  const { user } = useSession();
  const { data, loading, error } = useQuery(COMPANY_HOME, { variables: { companyId: user.companyId ?? null } });
  const company = data?.companies.find((c) => c.id === user.companyId);
  return (
    <>
      <PageTitle>{t('home.title')}</PageTitle>
      <QueryState loading={loading} error={error} data={data}>
        {(d) => (
          <>
            <section className="ixl-card" aria-labelledby="company-details">
              <h2 id="company-details">{company?.name ?? t('company.details')}</h2>
              {company ? (
                <Details
                  rows={[
                    [t('company.name'), company.name],
                    [t('company.vat'), company.vatNumber],
                    [t('company.municipality'), municipalityName(company.municipalityCode)],
                    [t('company.boardSince'), formatDate(company.boardJoinedOn, lang)],
                  ]}
                />
              ) : (
                <Alert>{t('company.none')}</Alert>
              )}
            </section>
            <section className="ixl-card" aria-labelledby="company-vacancies">
              <h2 id="company-vacancies">{t('vacancies.title')}</h2>
              {d.vacancies.length ? (
                <DataTable
                  caption={t('vacancies.count', { count: d.vacancies.length })}
                  rows={d.vacancies}
                  rowKey={(v) => v.id}
                  columns={[
                    { key: 'title', header: t('vacancy.title'), cell: (v) => v.title },
                    { key: 'where', header: t('vacancy.municipality'), cell: (v) => municipalityName(v.municipalityCode) },
                    { key: 'openings', header: t('vacancy.openings'), cell: (v) => v.openings },
                    { key: 'status', header: t('vacancy.status'), cell: (v) => tEnum('vacancyStatus', v.status) },
                    { key: 'created', header: t('vacancy.createdAt'), cell: (v) => formatDate(v.createdAt, lang) },
                  ]}
                />
              ) : (
                <p>{t('vacancies.none')}</p>
              )}
            </section>
          </>
        )}
      </QueryState>
      <AccountCard />
    </>
  );
}
