import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Link, Notice, PageTitle, Status, TextField, formatDateTime, useI18n, useQueryParam } from '@ixl/ui';
import { useRef, useState, type FormEvent } from 'react';
import { apiErrors, formErrors } from '../errors.js';
import { PortalPasswordLinkDocument, PortalRequestPasswordResetDocument, PortalResetPasswordDocument } from '../operations.generated.js';
import { FORGOT_PASSWORD_PATH } from './paths.js';

/** The same rules as the API (checked again there): 10–128 characters, the same twice. */
function localPasswordErrors(password: string, confirm: string, t: (key: string) => string): { password?: string; confirm?: string } {
  if (!password) return { password: t('error.required') };
  if (password.length < 10) return { password: t('password.tooShort') };
  if (password.length > 128) return { password: t('password.tooLong') };
  if (confirm !== password) return { confirm: t('password.mismatch') };
  return {};
}

/**
 * "Password dimenticata?": the address, then always the same answer (whether or not it has an account), so the
 * page tells nobody who is registered.
 */
export function ForgotPasswordPage() {
  const { t, errorText } = useI18n();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  const [request, { loading }] = useMutation(PortalRequestPasswordResetDocument);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setGeneral(null);
    if (!email.trim()) {
      setError(t('error.required'));
      ref.current?.focus();
      return;
    }
    try {
      await request({ variables: { email: email.trim() } });
      setError(undefined);
      setSentTo(email.trim());
    } catch (err) {
      const split = formErrors(apiErrors(err), ['email'], errorText);
      setError(split.fields.email);
      setGeneral(split.general.length ? split.general.map((g) => errorText(g)).join(' ') : null);
      if (split.fields.email) ref.current?.focus();
    }
  };

  return (
    <section className="ixl-card ixl-form">
      <PageTitle>{t('password.forgotTitle')}</PageTitle>
      {sentTo ? (
        <>
          <Notice>
            <p>{t('password.sent', { email: sentTo })}</p>
            <p>{t('password.sentValidity')}</p>
          </Notice>
          <p>{t('password.sentSpam')}</p>
          <p>
            <Link to="/">{t('password.backToSignIn')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('password.forgotIntro')}</p>
          {general ? <Alert>{general}</Alert> : null}
          <form noValidate onSubmit={(e) => void submit(e)}>
            <TextField
              ref={ref}
              label={t('auth.email')}
              name="email"
              type="email"
              autoComplete="username"
              inputMode="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={error}
              required
            />
            <Button type="submit" disabled={loading}>
              {loading ? t('password.sending') : t('password.send')}
            </Button>
          </form>
          <p>
            <Link to="/">{t('password.backToSignIn')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

/**
 * The page of a password link (reset or invitation): says at once when the link is not valid, used or expired
 * (with the way to a new one), else the new password twice, the rules, and then the way to sign in.
 */
export function NewPasswordPage() {
  const { t, lang, errorText } = useI18n();
  const token = useQueryParam('token') ?? '';
  const link = useQuery(PortalPasswordLinkDocument, { variables: { token }, skip: !token, fetchPolicy: 'network-only' });
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string | undefined; confirm?: string | undefined }>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const refs = { password: useRef<HTMLInputElement>(null), confirm: useRef<HTMLInputElement>(null) };
  const [reset, { loading }] = useMutation(PortalResetPasswordDocument);
  const invitation = link.data?.passwordLink.purpose === 'INVITATION';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setGeneral(null);
    const local = localPasswordErrors(password, confirm, t);
    setErrors(local);
    if (local.password) return refs.password.current?.focus();
    if (local.confirm) return refs.confirm.current?.focus();
    try {
      const { data } = await reset({ variables: { token, password } });
      if (data) setDone(data.resetPassword.email);
    } catch (err) {
      const split = formErrors(apiErrors(err), ['password'], errorText);
      setErrors({ password: split.fields.password });
      setGeneral(split.general.length ? split.general.map((g) => errorText(g)).join(' ') : null);
      if (split.fields.password) refs.password.current?.focus();
    }
  };

  const linkError = !token
    ? t('password.noToken')
    : link.error
      ? apiErrors(link.error)
          .map((e) => errorText(e))
          .join(' ')
      : null;
  return (
    <section className="ixl-card ixl-form">
      <PageTitle>{invitation ? t('password.firstTitle') : t('password.newTitle')}</PageTitle>
      {done ? (
        <>
          <Notice>
            <p>{t('password.saved', { email: done })}</p>
          </Notice>
          <p>
            <Link to="/" className="ixl-button">
              {t('password.signInNow')}
            </Link>
          </p>
        </>
      ) : linkError ? (
        <>
          <Alert>{linkError}</Alert>
          <p>
            <Link to={FORGOT_PASSWORD_PATH}>{t('password.askAgain')}</Link>
          </p>
        </>
      ) : link.loading || !link.data ? (
        <Status>{t('password.checkingLink')}</Status>
      ) : (
        <>
          <p>
            {t(invitation ? 'password.firstIntro' : 'password.newIntro', {
              email: link.data.passwordLink.email,
              until: formatDateTime(link.data.passwordLink.expiresAt, lang),
            })}
          </p>
          {general ? (
            <>
              <Alert>{general}</Alert>
              <p>
                <Link to={FORGOT_PASSWORD_PATH}>{t('password.askAgain')}</Link>
              </p>
            </>
          ) : null}
          <form noValidate onSubmit={(e) => void submit(e)}>
            {/* For password managers: the account the new password belongs to. */}
            <input type="hidden" name="username" autoComplete="username" value={link.data.passwordLink.email} />
            <TextField
              ref={refs.password}
              label={t('password.new')}
              name="password"
              type="password"
              autoComplete="new-password"
              hint={t('password.rules')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={errors.password}
              required
            />
            <TextField
              ref={refs.confirm}
              label={t('password.confirm')}
              name="confirm"
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
              error={errors.confirm}
              required
            />
            <Button type="submit" disabled={loading}>
              {loading ? t('password.saving') : t('password.save')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
