import { useMutation, useQuery } from '@apollo/client/react';
import { QueryState, apiErrors, useSession } from '@ixl/portal-client';
import { Alert, Button, CheckboxField, Notice, PageTitle, formatDateTime, useI18n, addMessages } from '@ixl/ui';
import { useRef, useState } from 'react';
import { graphql } from '../../gql/index.js';
import { CONSENT_MESSAGES } from './messages.js';

// This page's own texts come with it (not in the portal's first JS).
addMessages(CONSENT_MESSAGES);

const MY_CHOICES = graphql(`
  query BeneficiaryMyChoices($id: ID!) {
    beneficiary(id: $id) {
      id
      mailOptOut
      privacyNoticeVersion
      privacyConsentAt
      consentWithdrawnAt
    }
  }
`);

const SET_OPT_OUT = graphql(`
  mutation BeneficiarySetMailOptOut($id: ID!, $optOut: Boolean!) {
    setMailOptOut(beneficiaryId: $id, optOut: $optOut) {
      id
      mailOptOut
    }
  }
`);

const WITHDRAW = graphql(`
  mutation BeneficiaryWithdrawConsent {
    withdrawPrivacyConsent {
      id
      mailOptOut
      consentWithdrawnAt
    }
  }
`);

function Choices({ id }: { id: string }) {
  const { t, lang, errorText } = useI18n();
  const { data, loading, error } = useQuery(MY_CHOICES, { variables: { id } });
  const [setOptOut, optOutState] = useMutation(SET_OPT_OUT);
  const [withdraw, withdrawState] = useMutation(WITHDRAW);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [shown, setShown] = useState<boolean | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const problem = apiErrors(optOutState.error ?? withdrawState.error);

  return (
    <QueryState loading={loading} error={error} data={data?.beneficiary ?? undefined}>
      {(b) => (
        <>
          {problem.length ? <Alert>{problem.map((e) => errorText(e)).join(' ')}</Alert> : null}
          {saved ? <Notice>{saved}</Notice> : null}
          <section className="ixl-card" aria-labelledby="choices-mail">
            <h2 id="choices-mail">{t('choices.mailTitle')}</h2>
            <p>{b.mailOptOut ? t('choices.mailOff') : t('choices.mailOn')}</p>
            <CheckboxField
              label={t('choices.mailOptOut')}
              hint={b.consentWithdrawnAt ? t('choices.mailLocked') : t('choices.mailHint')}
              checked={shown ?? b.mailOptOut}
              disabled={optOutState.loading || Boolean(b.consentWithdrawnAt)}
              onChange={(e) => {
                const optOut = e.target.checked;
                setSaved(null);
                // The box moves at once; the server's answer (or a refusal) decides what it shows next.
                setShown(optOut);
                void setOptOut({ variables: { id: b.id, optOut } })
                  .finally(() => setShown(null))
                  .then(() => setSaved(optOut ? t('choices.mailSavedOff') : t('choices.mailSavedOn')))
                  .catch(() => undefined);
              }}
            />
          </section>
          <section className="ixl-card" aria-labelledby="choices-consent">
            <h2 id="choices-consent">{t('choices.consentTitle')}</h2>
            {b.consentWithdrawnAt ? (
              <p>
                <strong>{t('choices.withdrawnOn', { when: formatDateTime(b.consentWithdrawnAt, lang) })}</strong>
              </p>
            ) : (
              <p>
                {t('choices.consentGiven', {
                  version: b.privacyNoticeVersion ?? '—',
                  when: b.privacyConsentAt ? formatDateTime(b.privacyConsentAt, lang) : '—',
                })}
              </p>
            )}
            {b.consentWithdrawnAt ? (
              <p>{t('choices.withdrawnMeans')}</p>
            ) : confirming ? (
              <div role="group" aria-labelledby="choices-confirm">
                <h3 id="choices-confirm" ref={confirmRef} tabIndex={-1}>
                  {t('choices.confirmTitle')}
                </h3>
                <ul>
                  <li>{t('choices.means.matching')}</li>
                  <li>{t('choices.means.mail')}</li>
                  <li>{t('choices.means.path')}</li>
                  <li>{t('choices.means.keep')}</li>
                  <li>{t('choices.means.final')}</li>
                </ul>
                <div className="ixl-actions">
                  <Button variant="secondary" onClick={() => setConfirming(false)}>
                    {t('choices.keepConsent')}
                  </Button>
                  <Button
                    disabled={withdrawState.loading}
                    onClick={() => {
                      setSaved(null);
                      void withdraw()
                        .then(() => {
                          setConfirming(false);
                          setSaved(t('choices.withdrawnSaved'));
                        })
                        .catch(() => undefined);
                    }}
                  >
                    {withdrawState.loading ? t('choices.withdrawing') : t('choices.confirmWithdraw')}
                  </Button>
                </div>
              </div>
            ) : (
              <>
                <p>{t('choices.withdrawIntro')}</p>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setConfirming(true);
                    setTimeout(() => confirmRef.current?.focus(), 0);
                  }}
                >
                  {t('choices.withdraw')}
                </Button>
              </>
            )}
          </section>
        </>
      )}
    </QueryState>
  );
}

/** «Privacy ed email»: offer alerts and newsletters on or off, and withdrawing the privacy consent (what it means first). */
export function ConsentPage() {
  const { t } = useI18n();
  const id = useSession().user.beneficiaryId;
  return (
    <>
      <PageTitle>{t('choices.title')}</PageTitle>
      {id ? <Choices id={id} /> : <Alert>{t('record.notLinked')}</Alert>}
    </>
  );
}
