import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Link, PageTitle, addMessages, formatDateTime, useI18n } from '@ixl/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';
import type { BeneficiaryRegisterMutation } from '../../gql/graphql.js';
import {
  EMPTY_REGISTRATION,
  FORM_STEPS,
  STEP_IDS,
  toRegisterInput,
  validateStep,
  type RegistrationField,
  type RegistrationValues,
} from './registration-form.js';
import { registrationFailure } from './registration-errors.js';
import { ContactsStep, PersonalStep, PrivacyStep, type FieldErrors, type Shown } from './registration-steps.js';
import { REGISTRATION_MESSAGES } from './messages.js';

// This page's own texts come with it (not in the portal's first JS).
addMessages(REGISTRATION_MESSAGES);

const PRIVACY_NOTICE = graphql(`
  query BeneficiaryPrivacyNotice {
    currentPrivacyNoticeVersion
  }
`);

const REGISTER = graphql(`
  mutation BeneficiaryRegister($input: RegisterBeneficiaryInput!) {
    registerBeneficiary(input: $input) {
      email
      linkValidUntil
    }
  }
`);

type Registered = BeneficiaryRegisterMutation['registerBeneficiary'];

/**
 * Public registration in steps: personal data, residence and contacts, privacy consent, then "check your mail":
 * the account exists, and can sign in, once the link in the mail is followed (the page `/conferma-email`).
 * Documents are uploaded after signing in («I miei documenti»). Nothing typed is lost on an error; a server
 * refusal goes back to the step of the field it concerns.
 */
export function RegistrationPage() {
  const { t, lang, errorText } = useI18n();
  const [step, setStep] = useState(0);
  const [values, setValues] = useState<RegistrationValues>(EMPTY_REGISTRATION);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<Shown[]>([]);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const notice = useQuery(PRIVACY_NOTICE);
  const [register, { loading }] = useMutation(REGISTER);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<RegistrationField | 'heading' | null>(null);

  // After a step change or an error, focus the step's heading or the first field in error.
  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === 'heading') headingRef.current?.focus();
    else if (target) (formRef.current?.elements.namedItem(target) as HTMLElement | null)?.focus();
  });

  const set = <F extends RegistrationField>(field: F, value: RegistrationValues[F]) => setValues((v) => ({ ...v, [field]: value }));
  const goTo = (index: number) => {
    setStep(index);
    pendingFocus.current = 'heading';
  };
  const showErrors = (found: FieldErrors, atStep: number) => {
    setErrors(found);
    const fields = FORM_STEPS[atStep]?.fields ?? [];
    const first = fields.find((f) => found[f]);
    if (atStep !== step) setStep(atStep);
    pendingFocus.current = first ?? 'heading';
  };

  const next = async (e: FormEvent) => {
    e.preventDefault();
    setGeneral([]);
    const local = validateStep(step, values);
    if (Object.keys(local).length) {
      showErrors(Object.fromEntries(Object.entries(local).map(([f, key]) => [f, { key }])), step);
      return;
    }
    setErrors({});
    if (step < FORM_STEPS.length - 1) return goTo(step + 1);
    const version = notice.data?.currentPrivacyNoticeVersion;
    if (!version) return setGeneral([{ key: 'error.network' }]);
    try {
      const { data } = await register({ variables: { input: toRegisterInput(values, version) } });
      if (!data) return setGeneral([{ key: 'error.generic' }]);
      setRegistered(data.registerBeneficiary);
      setValues((v) => ({ ...v, password: '' }));
      goTo(STEP_IDS.indexOf('mail'));
    } catch (error) {
      const failure = registrationFailure(error);
      setGeneral(failure.general);
      if (failure.step >= 0) showErrors(failure.fields, failure.step);
      else pendingFocus.current = 'heading';
    }
  };

  const id = STEP_IDS[step] ?? 'personal';
  const text = (s: Shown) => (s.key ? t(s.key) : s.error ? errorText(s.error) : '');
  return (
    <section className="ixl-card ixl-form">
      <PageTitle>{t('register.title')}</PageTitle>
      <ol className="ixl-steps" aria-label={t('register.stepsLabel')}>
        {STEP_IDS.map((s, i) => (
          <li key={s} aria-current={i === step ? 'step' : undefined} className={i === step ? 'ixl-steps__current' : undefined}>
            {t(`register.step.${s}`)}
          </li>
        ))}
      </ol>
      <h2 ref={headingRef} tabIndex={-1}>
        {t('register.stepOf', { n: step + 1, total: STEP_IDS.length, name: t(`register.step.${id}`) })}
      </h2>
      {general.length ? <Alert>{general.map(text).join(' ')}</Alert> : null}
      {id === 'mail' && registered ? (
        <div role="status">
          <p>
            <strong>{t('register.mailSent', { email: registered.email })}</strong>
          </p>
          <p>{t('register.mailOpenLink', { until: formatDateTime(registered.linkValidUntil, lang) })}</p>
          <p>{t('register.mailNotFound')}</p>
          <p>{t('register.mailAfter')}</p>
        </div>
      ) : (
        <form ref={formRef} noValidate onSubmit={(e) => void next(e)}>
          {id === 'personal' ? <PersonalStep values={values} errors={errors} set={set} /> : null}
          {id === 'contacts' ? <ContactsStep values={values} errors={errors} set={set} /> : null}
          {id === 'privacy' ? (
            <PrivacyStep values={values} errors={errors} set={set} version={notice.data?.currentPrivacyNoticeVersion} />
          ) : null}
          <div className="ixl-actions">
            {step > 0 ? (
              <Button variant="secondary" onClick={() => goTo(step - 1)}>
                {t('register.back')}
              </Button>
            ) : null}
            <Button type="submit" disabled={loading}>
              {id === 'privacy' ? (loading ? t('register.submitting') : t('register.submit')) : t('register.next')}
            </Button>
          </div>
        </form>
      )}
      <p>
        {t('register.haveAccount')} <Link to="/">{t('register.signIn')}</Link>
      </p>
    </section>
  );
}
