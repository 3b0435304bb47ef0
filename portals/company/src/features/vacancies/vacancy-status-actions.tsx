import { useMutation } from '@apollo/client/react';
import { apiErrors } from '@ixl/portal-client';
import { Alert, Button, useI18n } from '@ixl/ui';
import { useState } from 'react';
import { graphql } from '../../gql/index.js';
import { vacancyStatusActions } from './vacancy-form.js';

const CHANGE_VACANCY_STATUS = graphql(`
  mutation CompanyChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {
    changeVacancyStatus(id: $id, status: $status) {
      id
      status
      updatedAt
    }
  }
`);

/** Publish a draft, close a staffing need, or reopen it (the API's vacancy transitions). */
export function VacancyStatusActions({ vacancy }: { vacancy: { id: string; title: string; status: string } }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [change, { loading }] = useMutation(CHANGE_VACANCY_STATUS, { refetchQueries: ['CompanyHome'] });
  const actions = vacancyStatusActions(vacancy.status);
  if (!actions.length) return null;
  const run = async (status: (typeof actions)[number]) => {
    setError(null);
    try {
      await change({ variables: { id: vacancy.id, status } });
    } catch (e) {
      const codes = apiErrors(e).map((x) => x.code);
      setError(
        codes.includes('ILLEGAL_TRANSITION')
          ? t('vacancyActions.error')
          : codes.includes('NETWORK')
            ? t('error.network')
            : t('error.generic'),
      );
    }
  };
  return (
    <>
      {error ? <Alert>{error}</Alert> : null}
      <div className="ixl-actions">
        {actions.map((s) => (
          <Button key={s} variant={s === 'CLOSED' ? 'secondary' : 'primary'} disabled={loading} onClick={() => void run(s)}>
            {t(s === 'OPEN' && vacancy.status === 'DRAFT' ? 'vacancyActions.publish' : `vacancyActions.${s}`)}
            <span className="ixl-sr-only"> {vacancy.title}</span>
          </Button>
        ))}
      </div>
    </>
  );
}
