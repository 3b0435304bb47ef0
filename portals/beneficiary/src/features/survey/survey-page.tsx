import { useMutation } from '@apollo/client/react';
import { apiErrors, formErrors } from '@ixl/portal-client';
import { Alert, Button, Notice, PageTitle, SelectField, TextField, addMessages, useI18n, useQueryParam } from '@ixl/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';
import { SURVEY_MESSAGES } from './messages.js';

// This page's own texts come with it (not in the portal's first JS).
addMessages(SURVEY_MESSAGES);

const ANSWER = graphql(`
  mutation BeneficiaryAnswerSurvey($token: String!, $working: Boolean!, $contractType: String, $offersReceived: Int!) {
    peopleAnswerFuoriProtocolloSurvey(token: $token, working: $working, contractType: $contractType, offersReceived: $offersReceived)
  }
`);

const CONTRACTS = ['TEMPO_DETERMINATO', 'TEMPO_INDETERMINATO', 'IN_PROPRIO', 'A_CHIAMATA', 'OTHER'] as const;
const FIELDS = ['token', 'working', 'contractType', 'offersReceived'] as const;

/** The questionnaire for people out of protocol, opened from the mail link (no sign-in: the link's token identifies it). */
export function SurveyPage() {
  const { t, tEnum, errorText } = useI18n();
  const token = useQueryParam('token') ?? '';
  const [working, setWorking] = useState('');
  const [contract, setContract] = useState('');
  const [offers, setOffers] = useState('0');
  const [localErrors, setLocalErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const [answer, state] = useMutation(ANSWER);
  const api = formErrors(apiErrors(state.error), FIELDS, errorText);
  const errors = { ...api.fields, ...localErrors };
  const form = useRef<HTMLFormElement>(null);
  // The focus moves to the first field in error (after the checks here or the API's answer).
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [localErrors, state.error]);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const next: typeof localErrors = {};
    if (!working) next.working = t('survey.required');
    const offersReceived = Number(offers);
    if (!/^\d{1,3}$/.test(offers.trim())) next.offersReceived = t('survey.offersInvalid');
    setLocalErrors(next);
    if (Object.keys(next).length) return;
    await answer({
      variables: { token, working: working === 'yes', contractType: working === 'yes' ? contract || null : null, offersReceived },
    }).catch(() => undefined);
  }
  if (state.data?.peopleAnswerFuoriProtocolloSurvey) {
    return (
      <>
        <PageTitle>{t('survey.title')}</PageTitle>
        <Notice>{t('survey.thanks')}</Notice>
      </>
    );
  }
  return (
    <>
      <PageTitle>{t('survey.title')}</PageTitle>
      <p>{t('survey.intro')}</p>
      {!token ? <Alert>{t('survey.noToken')}</Alert> : null}
      {errors.token ? <Alert>{errors.token}</Alert> : null}
      {api.general.length ? <Alert>{api.general.map((g) => errorText(g)).join(' ')}</Alert> : null}
      <form ref={form} className="ixl-card" onSubmit={submit} noValidate aria-label={t('survey.title')}>
        <SelectField
          label={t('survey.working')}
          value={working}
          onChange={(e) => setWorking(e.currentTarget.value)}
          placeholder={t('survey.choose')}
          options={[
            { value: 'yes', label: t('survey.yes') },
            { value: 'no', label: t('survey.no') },
          ]}
          error={errors.working}
        />
        {working === 'yes' ? (
          <SelectField
            label={t('survey.contract')}
            value={contract}
            onChange={(e) => setContract(e.currentTarget.value)}
            placeholder={t('survey.choose')}
            options={CONTRACTS.map((c) => ({ value: c, label: tEnum('survey.contract', c) }))}
            error={errors.contractType}
          />
        ) : null}
        <TextField
          label={t('survey.offers')}
          inputMode="numeric"
          value={offers}
          onChange={(e) => setOffers(e.currentTarget.value)}
          error={errors.offersReceived}
        />
        <div className="ixl-actions">
          <Button type="submit" disabled={state.loading || !token}>
            {t('survey.send')}
          </Button>
        </div>
      </form>
    </>
  );
}
