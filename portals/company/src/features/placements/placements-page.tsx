import { useQuery, useSubscription } from '@apollo/client/react';
import { QueryState } from '@ixl/portal-client';
import { DataTable, PageTitle, QueryLink, formatDate, useI18n } from '@ixl/ui';
import { graphql } from '../../gql/index.js';

const COMPANY_PLACEMENTS = graphql(`
  query CompanyPlacements {
    companyPlacements {
      id
      type
      contract
      startDate
      endDate
      hoursPerWeek
      followUp
      vacancy {
        id
        title
      }
    }
  }
`);

const PLACEMENT_RECORDED = graphql(`
  subscription CompanyPlacementRecorded {
    placementRecorded {
      id
    }
  }
`);

/** The placements (hires, stages, traineeships…) at the company, newest first; a new one appears live. */
export function PlacementsPage() {
  const { t, tEnum, lang } = useI18n();
  const { data, loading, error, refetch } = useQuery(COMPANY_PLACEMENTS, { fetchPolicy: 'cache-and-network' });
  useSubscription(PLACEMENT_RECORDED, { onData: () => void refetch() });
  return (
    <>
      <PageTitle>{t('placements.title')}</PageTitle>
      <p className="ixl-muted">{t('placements.intro')}</p>
      <QueryState loading={loading} error={error} data={data}>
        {(d) =>
          d.companyPlacements.length ? (
            <DataTable
              caption={t('placements.count', { count: d.companyPlacements.length })}
              rows={d.companyPlacements}
              rowKey={(p) => p.id}
              columns={[
                {
                  key: 'type',
                  header: t('placements.type'),
                  cell: (p) => `${tEnum('placementType', p.type)}${p.followUp ? ` (${tEnum('followUp', p.followUp)})` : ''}`,
                },
                { key: 'contract', header: t('placements.contract'), cell: (p) => tEnum('contractType', p.contract) },
                { key: 'start', header: t('placements.start'), cell: (p) => formatDate(p.startDate, lang) },
                { key: 'end', header: t('placements.end'), cell: (p) => formatDate(p.endDate, lang) },
                { key: 'hours', header: t('placements.hours'), cell: (p) => p.hoursPerWeek ?? '—' },
                {
                  key: 'vacancy',
                  header: t('placements.vacancy'),
                  cell: (p) =>
                    p.vacancy ? (
                      <QueryLink to="/candidati" query={{ fabbisogno: p.vacancy.id }}>
                        {p.vacancy.title}
                      </QueryLink>
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
          ) : (
            <p>{t('placements.none')}</p>
          )
        }
      </QueryState>
    </>
  );
}
