import { useQuery } from '@apollo/client/react';
import { QueryState, apiErrors, formErrors } from '@ixl/portal-client';
import { Alert, Button, DataTable, PageTitle, Pager, SelectField, TextField, formatDate, useI18n } from '@ixl/ui';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';
import { PlacementDrafts } from './placement-drafts.js';
import { RecordPlacementForm } from './record-placement-form.js';

export const PLACEMENT_PAGE_SIZE = 25;
import { PLACEMENT_TYPES } from './placement-types.js';

export const PLACEMENT_LIST = graphql(`
  query StaffPlacementList($filter: PlacementListFilter, $first: Int!, $offset: Int!) {
    placements(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        type
        contract
        startDate
        endDate
        hoursPerWeek
        followUp
        company {
          id
          name
        }
        vacancy {
          id
          title
        }
        beneficiary {
          id
          firstName
          lastName
        }
      }
    }
    companies {
      id
      name
    }
  }
`);

interface Filter {
  type: string;
  companyId: string;
  from: string;
  to: string;
}
const EMPTY: Filter = { type: '', companyId: '', from: '', to: '' };

/** Every placement (newest start first), filtered by type, company and start period; and the form to record one. */
export function PlacementListPage() {
  const { t, tEnum, lang, errorText } = useI18n();
  const [draft, setDraft] = useState<Filter>(EMPTY);
  const [applied, setApplied] = useState<Filter>(EMPTY);
  const [offset, setOffset] = useState(0);
  const filter = {
    type: (applied.type || null) as never,
    companyId: applied.companyId || null,
    from: applied.from || null,
    to: applied.to || null,
  };
  const { data, previousData, loading, error, refetch } = useQuery(PLACEMENT_LIST, {
    variables: { filter, first: PLACEMENT_PAGE_SIZE, offset },
  });
  const shown = data ?? previousData;
  const filterErrors = error ? formErrors(apiErrors(error), ['from', 'to'], errorText).fields : {};
  const set = (key: keyof Filter) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [key]: e.currentTarget.value });
  function apply(e: FormEvent) {
    e.preventDefault();
    setOffset(0);
    setApplied(draft);
  }
  return (
    <>
      <PageTitle>{t('placements.title')}</PageTitle>
      <PlacementDrafts onConfirmed={() => void refetch()} />
      <form className="ixl-card" aria-label={t('placements.filter.title')} onSubmit={apply} noValidate>
        <h2>{t('placements.filter.title')}</h2>
        <div className="ixl-grid">
          <SelectField
            label={t('placements.col.type')}
            value={draft.type}
            onChange={set('type')}
            placeholder={t('placements.filter.any')}
            options={PLACEMENT_TYPES.map((p) => ({ value: p, label: tEnum('placementType', p) }))}
          />
          <SelectField
            label={t('placements.col.company')}
            value={draft.companyId}
            onChange={set('companyId')}
            placeholder={t('placements.filter.any')}
            options={(shown?.companies ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
          <TextField type="date" label={t('placements.filter.from')} value={draft.from} onChange={set('from')} error={filterErrors.from} />
          <TextField type="date" label={t('placements.filter.to')} value={draft.to} onChange={set('to')} error={filterErrors.to} />
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
      {error && Object.keys(filterErrors).length ? <Alert>{t('error.formSummary')}</Alert> : null}
      <QueryState loading={loading} error={Object.keys(filterErrors).length ? undefined : error} data={shown}>
        {(d) => {
          const list = d.placements;
          const from = list.nodes.length ? offset + 1 : 0;
          return (
            <>
              <DataTable
                caption={t('placements.caption', { count: list.totalCount })}
                rows={list.nodes}
                rowKey={(p) => p.id}
                columns={[
                  {
                    key: 'person',
                    header: t('placements.col.person'),
                    cell: (p) => (p.beneficiary ? `${p.beneficiary.lastName} ${p.beneficiary.firstName}` : '—'),
                  },
                  {
                    key: 'type',
                    header: t('placements.col.type'),
                    cell: (p) =>
                      `${tEnum('placementType', p.type)}${p.contract ? ` · ${tEnum('vacancies.contract', p.contract)}` : ''}${p.followUp ? ` (${tEnum('placements.followUp', p.followUp)})` : ''}`,
                  },
                  { key: 'company', header: t('placements.col.company'), cell: (p) => p.company?.name ?? '—' },
                  { key: 'vacancy', header: t('placements.col.vacancy'), cell: (p) => p.vacancy?.title ?? '—' },
                  { key: 'start', header: t('placements.col.start'), cell: (p) => formatDate(p.startDate, lang) },
                  { key: 'end', header: t('placements.col.end'), cell: (p) => formatDate(p.endDate, lang) },
                  { key: 'hours', header: t('placements.col.hours'), cell: (p) => p.hoursPerWeek ?? '—' },
                ]}
              />
              <Pager
                from={from}
                to={from ? from + list.nodes.length - 1 : 0}
                total={list.totalCount}
                hasPrevious={offset > 0}
                hasNext={offset + list.nodes.length < list.totalCount}
                busy={loading}
                onPrevious={() => setOffset((o) => Math.max(0, o - PLACEMENT_PAGE_SIZE))}
                onNext={() => setOffset((o) => o + PLACEMENT_PAGE_SIZE)}
              />
              <RecordPlacementForm companies={d.companies} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
