import { CheckboxField, SelectField, TextField, useI18n } from '@ixl/ui';
import type { ApiError } from '@ixl/portal-client';
import type { RegistrationField, RegistrationValues } from './registration-form.js';
import { municipalityOptions } from './registration-form.js';

/** A shown error: a message key (local checks, known server refusals) or an API error (described in the current language). */
export interface Shown {
  key?: string | undefined;
  error?: ApiError | undefined;
}
export type FieldErrors = Partial<Record<RegistrationField, Shown>>;

interface StepProps {
  values: RegistrationValues;
  errors: FieldErrors;
  set<F extends RegistrationField>(field: F, value: RegistrationValues[F]): void;
}

function useErrorText() {
  const { t, errorText } = useI18n();
  return (e: Shown | undefined) => (e ? (e.key ? t(e.key) : e.error ? errorText(e.error) : undefined) : undefined);
}

export function PersonalStep({ values, errors, set }: StepProps) {
  const { t } = useI18n();
  const err = useErrorText();
  return (
    <>
      <TextField
        label={t('register.firstName')}
        name="firstName"
        autoComplete="given-name"
        value={values.firstName}
        onChange={(e) => set('firstName', e.target.value)}
        error={err(errors.firstName)}
        required
      />
      <TextField
        label={t('register.lastName')}
        name="lastName"
        autoComplete="family-name"
        value={values.lastName}
        onChange={(e) => set('lastName', e.target.value)}
        error={err(errors.lastName)}
        required
      />
      <TextField
        label={t('register.birthDate')}
        name="birthDate"
        type="date"
        autoComplete="bday"
        value={values.birthDate}
        onChange={(e) => set('birthDate', e.target.value)}
        error={err(errors.birthDate)}
        required
      />
      <SelectField
        label={t('register.sex')}
        name="sex"
        placeholder={t('register.choose')}
        options={[
          { value: 'F', label: t('register.sex.F') },
          { value: 'M', label: t('register.sex.M') },
        ]}
        hint={t('register.sexHint')}
        value={values.sex}
        onChange={(e) => set('sex', e.target.value === 'F' || e.target.value === 'M' ? e.target.value : '')}
        error={err(errors.sex)}
        required
      />
      <TextField
        label={t('register.codiceFiscale')}
        name="codiceFiscale"
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        maxLength={16}
        hint={t('register.codiceFiscaleHint')}
        value={values.codiceFiscale}
        onChange={(e) => set('codiceFiscale', e.target.value)}
        error={err(errors.codiceFiscale)}
        required
      />
      <TextField
        label={t('register.citizenship')}
        name="citizenship"
        autoCapitalize="characters"
        maxLength={2}
        hint={t('register.citizenshipHint')}
        value={values.citizenship}
        onChange={(e) => set('citizenship', e.target.value)}
        error={err(errors.citizenship)}
        required
      />
    </>
  );
}

export function ContactsStep({ values, errors, set }: StepProps) {
  const { t } = useI18n();
  const err = useErrorText();
  return (
    <>
      <SelectField
        label={t('register.municipality')}
        name="municipalityCode"
        placeholder={t('register.choose')}
        options={municipalityOptions()}
        hint={t('register.municipalityHint')}
        value={values.municipalityCode}
        onChange={(e) => set('municipalityCode', e.target.value)}
        error={err(errors.municipalityCode)}
        required
      />
      <TextField
        label={t('register.email')}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="email"
        hint={t('register.emailHint')}
        value={values.email}
        onChange={(e) => set('email', e.target.value)}
        error={err(errors.email)}
        required
      />
      <TextField
        label={t('register.phone')}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        hint={t('register.optional')}
        value={values.phone}
        onChange={(e) => set('phone', e.target.value)}
        error={err(errors.phone)}
      />
      <TextField
        label={t('register.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t('register.passwordHint')}
        value={values.password}
        onChange={(e) => set('password', e.target.value)}
        error={err(errors.password)}
        required
      />
    </>
  );
}

export function PrivacyStep({ values, errors, set, version }: StepProps & { version: string | undefined }) {
  const { t } = useI18n();
  const err = useErrorText();
  return (
    <>
      <section className="ixl-card" aria-labelledby="privacy-notice">
        <h3 id="privacy-notice">{t('register.notice.title', { version: version ?? '…' })}</h3>
        <p>{t('register.notice.who')}</p>
        <p>{t('register.notice.what')}</p>
        <p>{t('register.notice.rights')}</p>
      </section>
      <CheckboxField
        label={t('register.consent', { version: version ?? '…' })}
        name="privacyConsent"
        checked={values.privacyConsent}
        onChange={(e) => set('privacyConsent', e.target.checked)}
        error={err(errors.privacyConsent)}
        required
      />
      <CheckboxField
        label={t('register.cvShare')}
        name="cvShareConsent"
        hint={t('register.optional')}
        checked={values.cvShareConsent}
        onChange={(e) => set('cvShareConsent', e.target.checked)}
        error={err(errors.cvShareConsent)}
      />
    </>
  );
}
