import { useQuery } from '@apollo/client/react';
import { apiErrors, QueryState } from '@ixl/portal-client';
import { DataTable, PageTitle, Pager, formatDate, municipalityName, useI18n } from '@ixl/ui';
import { useRef, useState } from 'react';
import { graphql } from '../../gql/index.js';
import { RecordLink, replaceParams, useParams } from './record-link.js';
import { draftFromParams, SearchFilters, toFilter, type SearchDraft } from './search-filters.js';

export const PAGE_SIZE = 20;

const BENEFICIARY_LIST = graphql(`
  query StaffBeneficiaryList($first: Int!, $after: String, $filter: BeneficiaryFilter) {
    beneficiaries(first: $first, after: $after, filter: $filter) {
      totalCount
      endCursor
      hasNextPage
      nodes {
        id
        firstName
        lastName
        codiceFiscale
        sex
        municipalityCode
        status
        registeredAt
        placements {
          id
        }
        enrolments {
          id
        }
      }
    }
  }
`);

/**
 * Beneficiary search (name or codice fiscale, municipality, status, readiness, age band), 20 a page,
 * with the total and cursor pagination (previous pages' cursors kept). The applied search stays in
 * the address, so the way back from a record finds it again.
 */
export function BeneficiaryListPage() {
  const { t, tEnum, lang, errorText } = useI18n();
  const params = useParams();
  const [search, setSearch] = useState<SearchDraft>(() => draftFromParams(params));
  // cursors[i] is the `after` of page i (page 0 has none).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const { data, previousData, loading, error } = useQuery(BENEFICIARY_LIST, {
    variables: { first: PAGE_SIZE, after: cursors[page] ?? null, filter: toFilter(search) },
  });
  // While the next page loads the current one stays (and keeps the focus on its buttons).
  const shownPage = useRef(0);
  if (data) shownPage.current = page;
  const shown = data ?? previousData;
  const searchFailure = apiErrors(error).find((e) => e.field?.startsWith('filter'));
  const searchError = searchFailure ? errorText(searchFailure) : undefined;
  return (
    <>
      <PageTitle>{t('beneficiaries.title')}</PageTitle>
      <SearchFilters
        initial={search}
        error={searchError}
        onSearch={(d) => {
          replaceParams({ ...d });
          setSearch(d);
          setCursors([null]);
        }}
      />
      <QueryState loading={loading} error={searchError ? undefined : error} data={shown}>
        {(d) => {
          const list = d.beneficiaries;
          const from = list.nodes.length ? shownPage.current * PAGE_SIZE + 1 : 0;
          return (
            <>
              {list.nodes.length ? (
                <DataTable
                  caption={t('beneficiaries.caption', { page: shownPage.current + 1 })}
                  rows={list.nodes}
                  rowKey={(b) => b.id}
                  columns={[
                    {
                      key: 'name',
                      header: t('beneficiary.name'),
                      cell: (b) => <RecordLink id={b.id}>{`${b.lastName} ${b.firstName}`}</RecordLink>,
                    },
                    { key: 'cf', header: t('beneficiary.codiceFiscale'), cell: (b) => b.codiceFiscale },
                    { key: 'municipality', header: t('beneficiary.municipality'), cell: (b) => municipalityName(b.municipalityCode) },
                    { key: 'status', header: t('beneficiary.status'), cell: (b) => tEnum('status', b.status, { sex: b.sex }) },
                    { key: 'registered', header: t('beneficiary.registeredAt'), cell: (b) => formatDate(b.registeredAt, lang) },
                    { key: 'placements', header: t('beneficiary.placements'), cell: (b) => b.placements?.length ?? '—' },
                    { key: 'enrolments', header: t('beneficiary.enrolments'), cell: (b) => b.enrolments?.length ?? '—' },
                  ]}
                />
              ) : (
                <p role="status">{t('beneficiaries.search.none')}</p>
              )}
              <Pager
                from={from}
                to={from ? from + list.nodes.length - 1 : 0}
                total={list.totalCount}
                hasPrevious={page > 0}
                hasNext={Boolean(data && list.hasNextPage && list.endCursor)}
                busy={loading}
                onPrevious={() => setCursors((c) => c.slice(0, -1))}
                onNext={() => list.endCursor && setCursors((c) => [...c, list.endCursor])}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
