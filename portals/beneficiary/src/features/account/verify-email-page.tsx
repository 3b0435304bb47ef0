import { useMutation } from '@apollo/client/react';
import { apiErrors } from '@ixl/portal-client';
import { Alert, Link, Notice, PageTitle, Status, useI18n, useQueryParam, addMessages } from '@ixl/ui';
import { useEffect, useRef } from 'react';
import { graphql } from '../../gql/index.js';
import { VERIFY_MESSAGES } from './messages.js';

// This page's own texts come with it (not in the portal's first JS).
addMessages(VERIFY_MESSAGES);

const VERIFY = graphql(`
  mutation BeneficiaryVerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      email
    }
  }
`);

/**
 * Where the registration mail's link lands: the address is confirmed at once (the link is single-use, so it
 * runs once even if React renders twice), the account exists from then on and the person can sign in.
 */
export function VerifyEmailPage() {
  const { t, errorText } = useI18n();
  const token = useQueryParam('token') ?? '';
  const [verify, state] = useMutation(VERIFY);
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !token) return;
    started.current = true;
    void verify({ variables: { token } }).catch(() => undefined);
  }, [token, verify]);

  const errors = apiErrors(state.error);
  const used = errors.some((e) => e.reason === 'ACCOUNT_LINK_USED');
  const expired = errors.some((e) => e.reason === 'ACCOUNT_LINK_EXPIRED');
  return (
    <section className="ixl-card">
      <PageTitle>{t('verify.title')}</PageTitle>
      {!token ? (
        <Alert>{t('verify.noToken')}</Alert>
      ) : state.data ? (
        <>
          <Notice>
            <p>{t('verify.done', { email: state.data.verifyEmail.email })}</p>
          </Notice>
          <p>{t('verify.next')}</p>
          <p>
            <Link to="/" className="ixl-button">
              {t('verify.signIn')}
            </Link>
          </p>
        </>
      ) : state.error ? (
        <>
          <Alert>{errors.map((e) => errorText(e)).join(' ')}</Alert>
          <p>{used ? t('verify.usedHelp') : expired ? t('verify.expiredHelp') : t('verify.otherHelp')}</p>
          <p>{used ? <Link to="/">{t('verify.signIn')}</Link> : <Link to="/registrati">{t('verify.registerAgain')}</Link>}</p>
        </>
      ) : (
        <Status>{t('verify.checking')}</Status>
      )}
    </section>
  );
}
