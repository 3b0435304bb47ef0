import { useQuery, useSubscription } from '@apollo/client/react';
import { AccountCard, QueryState, useSession } from '@ixl/portal-client';
import {
  Alert,
  DataTable,
  Details,
  Link,
  Notice,
  PageTitle,
  QueryLink,
  formatDate,
  municipalityName,
  useI18n,
  useQueryParam,
} from '@ixl/ui';
import { graphql } from '../../gql/index.js';

const ANSWERED = ['HIRED', 'REJECTED_BY_COMPANY', 'DECLINED_BY_CANDIDATE'];

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
      candidates {
        id
        status
      }
    }
  }
`);

const HOME_CANDIDATE_CHANGED = graphql(`
  subscription CompanyHomeCandidateChanged {
    candidateStatusChanged {
      id
      status
    }
  }
`);

/** The company's own data and its staffing needs (the API returns only the caller's company). */
export function CompanyHomePage() {
  const { t, tEnum, lang } = useI18n();
  const { user } = useSession();
  const { data, loading, error, refetch } = useQuery(COMPANY_HOME, { variables: { companyId: user.companyId ?? null } });
  // A candidate proposed or answered elsewhere: the counts in the list follow.
  useSubscription(HOME_CANDIDATE_CHANGED, { onData: () => void refetch() });
  const company = data?.companies.find((c) => c.id === user.companyId);
  const posted = useQueryParam('inserito');
  const saved = useQueryParam('salvato');
  const changed = data?.vacancies.find((v) => v.id === (posted ?? saved));
  return (
    <>
      <PageTitle>{t('home.title')}</PageTitle>
      {changed ? <Notice>{t(posted ? 'vacancies.posted' : 'vacancies.saved', { title: changed.title })}</Notice> : null}
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
              <p>
                <Link className="ixl-button" to="/fabbisogni/nuovo">
                  {t('vacancies.new')}
                </Link>
              </p>
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
                    {
                      key: 'candidates',
                      header: t('vacancy.candidates'),
                      cell: (v) => (
                        <QueryLink to="/candidati" query={{ fabbisogno: v.id }}>
                          {t('vacancies.candidatesCount', {
                            count: v.candidates.length,
                            waiting: v.candidates.filter((c) => !ANSWERED.includes(c.status)).length,
                          })}
                          <span className="ixl-sr-only"> – {v.title}</span>
                        </QueryLink>
                      ),
                    },
                    {
                      key: 'edit',
                      header: t('vacancy.actions'),
                      cell: (v) =>
                        v.status === 'DRAFT' || v.status === 'OPEN' ? (
                          <QueryLink to="/fabbisogni/modifica" query={{ fabbisogno: v.id }}>
                            {t('vacancies.editShort')}
                            <span className="ixl-sr-only"> {v.title}</span>
                          </QueryLink>
                        ) : (
                          '—'
                        ),
                    },
                  ]}
                />
              ) : (
                <p>{t('vacancies.none')}</p>
              )}
            </section>
          </>
        )}
      </QueryState>
      {/* Drawn once the company and its needs are in place (or failed): drawn earlier, it was pushed down when they
          arrived (a layout shift of up to 0.47 on a phone, issue 25). */}
      {data || error ? <AccountCard /> : null}
    </>
  );
}
