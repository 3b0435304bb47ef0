import { useMutation, useQuery } from '@apollo/client/react';
import { QueryState, apiErrors } from '@ixl/portal-client';
import { Alert, Button, DataTable, Notice, formatDate, useI18n } from '@ixl/ui';
import { useState } from 'react';
import { graphql } from '../../gql/index.js';

export const PLACEMENT_DRAFTS = graphql(`
  query StaffPlacementDrafts {
    placementDrafts {
      id
      personName
      contract
      startDate
      endDate
      hoursPerWeek
      createdAt
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
`);

const CONFIRM_DRAFT = graphql(`
  mutation StaffConfirmPlacementDraft($input: ConfirmPlacementDraftInput!) {
    confirmPlacementDraft(input: $input) {
      id
      startDate
    }
  }
`);

/** Hires the companies confirmed: staff check contract, start and hours, and confirm each into a placement. */
export function PlacementDrafts({ onConfirmed }: { onConfirmed: () => void }) {
  const { t, tEnum, lang } = useI18n();
  const { data, loading, error, refetch } = useQuery(PLACEMENT_DRAFTS, { fetchPolicy: 'cache-and-network' });
  const [confirm, { loading: saving }] = useMutation(CONFIRM_DRAFT);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const act = async (id: string, name: string) => {
    setDone(null);
    setFailed(null);
    try {
      await confirm({ variables: { input: { draftId: id } } });
      setDone(t('placements.drafts.done', { name }));
      await refetch();
      onConfirmed();
    } catch (e) {
      const codes = apiErrors(e).map((x) => x.code);
      setFailed(
        codes.includes('CONFLICT')
          ? t('placements.drafts.conflict')
          : codes.includes('BAD_USER_INPUT')
            ? t('placements.drafts.invalid')
            : t('error.generic'),
      );
    }
  };
  return (
    <section className="ixl-card" aria-labelledby="placement-drafts-title">
      <h2 id="placement-drafts-title">{t('placements.drafts.title')}</h2>
      <p className="ixl-muted">{t('placements.drafts.intro')}</p>
      {done ? <Notice>{done}</Notice> : null}
      {failed ? <Alert>{failed}</Alert> : null}
      <QueryState loading={loading} error={error} data={data}>
        {(d) =>
          d.placementDrafts.length ? (
            <DataTable
              caption={t('placements.drafts.caption', { count: d.placementDrafts.length })}
              rows={d.placementDrafts}
              rowKey={(p) => p.id}
              columns={[
                {
                  key: 'person',
                  header: t('placements.col.person'),
                  cell: (p) => (p.beneficiary?.lastName ? `${p.beneficiary.lastName} ${p.beneficiary.firstName}` : (p.personName ?? '—')),
                },
                { key: 'company', header: t('placements.col.company'), cell: (p) => p.company.name },
                { key: 'vacancy', header: t('placements.col.vacancy'), cell: (p) => p.vacancy?.title ?? '—' },
                {
                  key: 'contract',
                  header: t('placements.record.contract'),
                  cell: (p) => (p.contract ? tEnum('vacancies.contract', p.contract) : '—'),
                },
                { key: 'start', header: t('placements.col.start'), cell: (p) => formatDate(p.startDate, lang) },
                { key: 'end', header: t('placements.col.end'), cell: (p) => formatDate(p.endDate, lang) },
                { key: 'hours', header: t('placements.col.hours'), cell: (p) => p.hoursPerWeek ?? '—' },
                {
                  key: 'action',
                  header: t('placements.drafts.action'),
                  cell: (p) => {
                    const name = p.beneficiary?.lastName ? `${p.beneficiary.firstName} ${p.beneficiary.lastName}` : (p.personName ?? '');
                    return (
                      <Button disabled={saving} onClick={() => void act(p.id, name)}>
                        {t('placements.drafts.confirm')}
                        <span className="ixl-sr-only"> {name}</span>
                      </Button>
                    );
                  },
                },
              ]}
            />
          ) : (
            <p>{t('placements.drafts.none')}</p>
          )
        }
      </QueryState>
    </section>
  );
}
