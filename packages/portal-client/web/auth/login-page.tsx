import { Alert, Button, Link, PageTitle, TextField, useI18n } from '@ixl/ui';
import { FORGOT_PASSWORD_PATH } from './paths.js';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { retryFailedLoads, useLazyApollo } from '../apollo-loader.js';
import { apiErrors, formErrors } from '../errors.js';
import type { Role, Session, SessionStore } from '../session.js';
import { PortalDemoDataLoadedDocument, PortalLoginDocument } from '../operations.generated.js';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Sign-in form: errors appear next to the field they concern (a wrong password next to the
 * password), focus moves to the first field in error, and what was typed stays in the form.
 * Drawn before the portal's Apollo Client has loaded (a first screen: apollo-loader.ts); sending it waits for the client.
 */
export function LoginPage({
  session,
  signIn,
  roles,
  demoEmail,
}: {
  session: SessionStore;
  /** Signs the tab in; resolves once the session survives a page load (see SharedSession.signIn). */
  signIn: (session: Session) => Promise<void>;
  roles: readonly Role[];
  demoEmail?: string;
}) {
  const { t, errorText } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const ended = session.lastLogoutReason();
  const [general, setGeneral] = useState<string | null>(
    ended === 'expired' ? t('auth.sessionExpired') : ended === 'elsewhere' ? t('auth.signedOutElsewhere') : null,
  );
  const refs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };
  const apollo = useLazyApollo();
  // Busy while the password is checked, then while the session moves into its cookie.
  const [loading, setLoading] = useState(false);
  // The demo login is shown only when the demo data is loaded (never on a real installation): asked once Apollo Client
  // has loaded (it does not make it load sooner).
  const [showDemo, setShowDemo] = useState(false);
  useEffect(() => {
    if (!demoEmail) return undefined;
    let live = true;
    void apollo
      .loaded()
      .then(({ apollo: client }) => client.query({ query: PortalDemoDataLoadedDocument }))
      .then(({ data }) => live && setShowDemo(Boolean(data?.demoDataLoaded)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [apollo, demoEmail]);

  const show = (fields: Partial<Record<Field, string>>, message: string | null) => {
    setErrors(fields);
    setGeneral(message);
    const first = FIELDS.find((f) => fields[f]);
    if (first) refs[first].current?.focus();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (!email.trim()) missing.email = t('error.required');
    if (!password) missing.password = t('error.required');
    if (Object.keys(missing).length) return show(missing, null);
    setLoading(true);
    try {
      retryFailedLoads(); // sending again is trying again, Apollo Client's download included
      const { apollo: client } = await apollo.load();
      const { data } = await client.mutate({ mutation: PortalLoginDocument, variables: { email: email.trim(), password } });
      if (!data) return show({}, t('error.generic'));
      const { user } = data.login;
      if (!roles.includes(user.role)) return show({ email: t('auth.wrongPortal') }, null);
      await signIn({ token: data.login.token, expiresAt: data.login.expiresAt, user, refreshToken: data.login.refreshToken });
    } catch (error) {
      const split = formErrors(apiErrors(error), FIELDS, errorText);
      // Wrong credentials concern no single field: shown next to the password, as people expect.
      const wrong = split.general.find((g) => g.code === 'UNAUTHENTICATED');
      if (wrong && !split.fields.password) split.fields.password = t('auth.wrongCredentials');
      const rest = split.general.filter((g) => g !== wrong);
      show(split.fields, rest.length ? rest.map((r) => errorText(r)).join(' ') : null);
    } finally {
      setLoading(false);
    }
  };

  return (
    <section className="ixl-card ixl-form">
      <PageTitle>{t('auth.title')}</PageTitle>
      {general ? <Alert>{general}</Alert> : null}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          ref={refs.email}
          label={t('auth.email')}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
          required
        />
        <TextField
          ref={refs.password}
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
          required
        />
        <Button type="submit" disabled={loading}>
          {loading ? t('auth.submitting') : t('auth.submit')}
        </Button>
      </form>
      <p>
        <Link to={FORGOT_PASSWORD_PATH}>{t('auth.forgotPassword')}</Link>
      </p>
      {showDemo ? <p className="ixl-muted">{t('auth.demoHint', { email: demoEmail })}</p> : null}
    </section>
  );
}
