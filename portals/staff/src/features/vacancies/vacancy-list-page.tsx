import { useQuery } from '@apollo/client/react';
import { QueryState } from '@ixl/portal-client';
import { DataTable, PageTitle, SelectField, formatDate, municipalityName, useI18n } from '@ixl/ui';
import { useState } from 'react';
import { graphql } from '../../gql/index.js';
import { RouteLink } from './route-link.js';

const VACANCY_LIST = graphql(`
  query StaffVacancyList {
    vacancies {
      id
      title
      status
      openings
      municipalityCode
      startDate
      createdAt
      company {
        id
        name
      }
      candidates {
        id
        status
      }
    }
  }
`);

const STATUSES = ['OPEN', 'DRAFT', 'FILLED', 'CLOSED'] as const;

/** Every staffing need, newest first, with its candidates so far; each opens its matching screen. */
export function VacancyListPage() {
  const { t, tEnum, lang } = useI18n();
  const [status, setStatus] = useState('OPEN');
  const { data, loading, error } = useQuery(VACANCY_LIST);
  return (
    <>
      <PageTitle>{t('vacancies.title')}</PageTitle>
      <SelectField
        label={t('vacancies.filter.status')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value)}
        placeholder={t('vacancies.filter.any')}
        options={STATUSES.map((s) => ({ value: s, label: tEnum('vacancies.status', s) }))}
      />
      <QueryState loading={loading} error={error} data={data}>
        {(d) => {
          const rows = d.vacancies
            .filter((v) => !status || v.status === status)
            .sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
          return (
            <DataTable
              caption={t('vacancies.caption', { count: rows.length })}
              rows={rows}
              rowKey={(v) => v.id}
              columns={[
                {
                  key: 'title',
                  header: t('vacancies.col.title'),
                  cell: (v) => (
                    <RouteLink to="/fabbisogni/abbinamento" params={{ id: v.id }}>
                      {v.title}
                    </RouteLink>
                  ),
                },
                { key: 'company', header: t('vacancies.col.company'), cell: (v) => v.company.name },
                { key: 'place', header: t('vacancies.col.municipality'), cell: (v) => municipalityName(v.municipalityCode) },
                { key: 'openings', header: t('vacancies.col.openings'), cell: (v) => v.openings },
                { key: 'status', header: t('vacancies.col.status'), cell: (v) => tEnum('vacancies.status', v.status) },
                { key: 'start', header: t('vacancies.col.startDate'), cell: (v) => formatDate(v.startDate, lang) },
                { key: 'candidates', header: t('vacancies.col.candidates'), cell: (v) => v.candidates.length },
              ]}
            />
          );
        }}
      </QueryState>
    </>
  );
}
