import { useQuery, useSubscription } from '@apollo/client/react';
import { QueryState, apiErrors, formErrors } from '@ixl/portal-client';
import { Alert, Button, DataTable, PageTitle, Pager, QueryLink, SelectField, TextField, formatDate, useI18n } from '@ixl/ui';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';

export const COMPANY_PLACEMENT_PAGE_SIZE = 20;
const PLACEMENT_TYPES = ['ASSUNZIONE', 'STAGE', 'TIROCINIO', 'MINI_JOB', 'LAVORO_AUTONOMO'] as const;

const COMPANY_PLACEMENTS = graphql(`
  query CompanyPlacementPage($filter: PlacementListFilter, $first: Int!, $offset: Int!) {
    placements(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        personName
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
    placementDrafts {
      id
      personName
      contract
      startDate
      endDate
      hoursPerWeek
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

interface Filter {
  type: string;
  from: string;
  to: string;
}
const EMPTY: Filter = { type: '', from: '', to: '' };

/**
 * The people placed at the company (hires, stages, traineeships…), newest first, with filters and paging; the hires
 * it confirmed that wait for the operator are listed above. A placement staff record appears live.
 */
export function PlacementsPage() {
  const { t, tEnum, lang, errorText } = useI18n();
  const [draft, setDraft] = useState<Filter>(EMPTY);
  const [applied, setApplied] = useState<Filter>(EMPTY);
  const [offset, setOffset] = useState(0);
  const filter = { type: (applied.type || null) as never, from: applied.from || null, to: applied.to || null };
  const { data, previousData, loading, error, refetch } = useQuery(COMPANY_PLACEMENTS, {
    variables: { filter, first: COMPANY_PLACEMENT_PAGE_SIZE, offset },
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(PLACEMENT_RECORDED, { onData: () => void refetch() });
  const shown = data ?? previousData;
  const filterErrors = error ? formErrors(apiErrors(error), ['from', 'to'], errorText).fields : {};
  const set = (key: keyof Filter) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [key]: e.currentTarget.value });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setOffset(0);
    setApplied(draft);
  };
  return (
    <>
      <PageTitle>{t('placements.title')}</PageTitle>
      <p className="ixl-muted">{t('placements.intro')}</p>
      {shown?.placementDrafts.length ? (
        <DataTable
          caption={t('placements.pending.count', { count: shown.placementDrafts.length })}
          rows={shown.placementDrafts}
          rowKey={(d) => d.id}
          columns={[
            { key: 'person', header: t('placements.person'), cell: (d) => d.personName ?? '—' },
            { key: 'contract', header: t('placements.contract'), cell: (d) => tEnum('contractType', d.contract) },
            { key: 'start', header: t('placements.start'), cell: (d) => formatDate(d.startDate, lang) },
            { key: 'end', header: t('placements.end'), cell: (d) => formatDate(d.endDate, lang) },
            { key: 'hours', header: t('placements.hours'), cell: (d) => d.hoursPerWeek ?? '—' },
            { key: 'vacancy', header: t('placements.vacancy'), cell: (d) => d.vacancy?.title ?? '—' },
          ]}
        />
      ) : null}
      <form className="ixl-card" aria-label={t('placements.filter')} onSubmit={apply} noValidate>
        <h2>{t('placements.filter')}</h2>
        <div className="ixl-grid">
          <SelectField
            label={t('placements.type')}
            value={draft.type}
            onChange={set('type')}
            placeholder={t('placements.filter.any')}
            options={PLACEMENT_TYPES.map((p) => ({ value: p, label: tEnum('placementType', p) }))}
          />
          <TextField type="date" label={t('placements.filter.from')} value={draft.from} onChange={set('from')} error={filterErrors.from} />
          <TextField
            type="date"
            label={t('placements.filter.to')}
            value={draft.to}
            onChange={set('to')}
            error={filterErrors.to ? t('placements.filter.error') : undefined}
          />
        </div>
        <div className="ixl-actions">
          <Button type="submit">{t('placements.filter.apply')}</Button>
          <Button
            variant="secondary"
            onClick={() => {
              setDraft(EMPTY);
              setApplied(EMPTY);
              setOffset(0);
            }}
          >
            {t('placements.filter.clear')}
          </Button>
        </div>
      </form>
      {Object.keys(filterErrors).length ? <Alert>{t('placements.filter.error')}</Alert> : null}
      <QueryState loading={loading} error={Object.keys(filterErrors).length ? undefined : error} data={shown}>
        {(d) => {
          const list = d.placements;
          const from = list.nodes.length ? offset + 1 : 0;
          return list.totalCount ? (
            <>
              <DataTable
                caption={t('placements.count', { count: list.totalCount })}
                rows={list.nodes}
                rowKey={(p) => p.id}
                columns={[
                  { key: 'person', header: t('placements.person'), cell: (p) => p.personName ?? '—' },
                  {
                    key: 'type',
                    header: t('placements.type'),
                    cell: (p) => `${tEnum('placementType', p.type)}${p.followUp ? ` (${tEnum('followUp', p.followUp)})` : ''}`,
                  },
                  {
                    key: 'contract',
                    header: t('placements.contract'),
                    cell: (p) => (p.contract ? tEnum('contractType', p.contract) : '—'),
                  },
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
              <Pager
                from={from}
                to={from ? from + list.nodes.length - 1 : 0}
                total={list.totalCount}
                hasPrevious={offset > 0}
                hasNext={offset + list.nodes.length < list.totalCount}
                busy={loading}
                onPrevious={() => setOffset((o) => Math.max(0, o - COMPANY_PLACEMENT_PAGE_SIZE))}
                onNext={() => setOffset((o) => o + COMPANY_PLACEMENT_PAGE_SIZE)}
              />
            </>
          ) : (
            <p>{t('placements.none')}</p>
          );
        }}
      </QueryState>
    </>
  );
}
