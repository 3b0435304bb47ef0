import { MUNICIPALITIES, validateCodiceFiscale } from '@ixl/territory';
import { isIsoDate } from '@ixl/calendar';

/** What the wizard collects before the account exists (kept across steps and errors). */
export interface RegistrationValues {
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: '' | 'F' | 'M';
  codiceFiscale: string;
  citizenship: string;
  municipalityCode: string;
  email: string;
  phone: string;
  password: string;
  privacyConsent: boolean;
  cvShareConsent: boolean;
}

export type RegistrationField = keyof RegistrationValues;

export const EMPTY_REGISTRATION: RegistrationValues = {
  firstName: '',
  lastName: '',
  birthDate: '',
  sex: '',
  codiceFiscale: '',
  citizenship: 'IT',
  municipalityCode: '',
  email: '',
  phone: '',
  password: '',
  privacyConsent: false,
  cvShareConsent: false,
};

/** The steps before the account is created, each with the fields it shows (in screen order). */
export const FORM_STEPS = [
  { id: 'personal', fields: ['firstName', 'lastName', 'birthDate', 'sex', 'codiceFiscale', 'citizenship'] },
  { id: 'contacts', fields: ['municipalityCode', 'email', 'phone', 'password'] },
  { id: 'privacy', fields: ['privacyConsent', 'cvShareConsent'] },
] as const satisfies readonly { id: string; fields: readonly RegistrationField[] }[];

/** All steps of the wizard: the form steps, then "check your mail" (the account exists once its link is followed). */
export const STEP_IDS = [...FORM_STEPS.map((s) => s.id), 'mail'] as const;
export type StepId = (typeof STEP_IDS)[number];

const ALL_FIELDS: readonly RegistrationField[] = FORM_STEPS.flatMap((s) => s.fields);
export const REGISTRATION_FIELDS = ALL_FIELDS;

/** Index of the form step showing `field` (an API error's `extensions.field`, maybe dotted), or -1. */
export function stepOfField(field: string | undefined): number {
  if (!field) return -1;
  const name = field.split('.').pop() ?? field;
  // The server checks the notice version with the consent; a municipality name belongs with the municipality.
  const alias: Record<string, RegistrationField> = { privacyNoticeVersion: 'privacyConsent', municipalityName: 'municipalityCode' };
  const target = alias[name] ?? name;
  return FORM_STEPS.findIndex((s) => (s.fields as readonly string[]).includes(target));
}

/** The form field an API error concerns (aliases resolved), or undefined. */
export function fieldOf(field: string | undefined): RegistrationField | undefined {
  const step = stepOfField(field);
  if (step < 0 || !field) return undefined;
  const name = field.split('.').pop() ?? field;
  if (name === 'privacyNoticeVersion') return 'privacyConsent';
  if (name === 'municipalityName') return 'municipalityCode';
  return name as RegistrationField;
}

/** Message keys per field (`register.error.*`), for the fields of one step. */
export type StepErrors = Partial<Record<RegistrationField, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ]{6,20}$/;
const MUNICIPALITY_CODES = new Set(MUNICIPALITIES.map((m) => m.istatCode));

/** Checks done before calling the API (the server checks again, and more: the codice fiscale against birth date and sex). */
export function validateStep(stepIndex: number, v: RegistrationValues): StepErrors {
  const errors: StepErrors = {};
  const step = FORM_STEPS[stepIndex];
  if (!step) return errors;
  for (const field of step.fields) {
    const message = checkField(field, v);
    if (message) errors[field] = message;
  }
  return errors;
}

function checkField(field: RegistrationField, v: RegistrationValues): string | null {
  switch (field) {
    case 'firstName':
    case 'lastName':
      return v[field].trim() ? (v[field].trim().length > 100 ? 'register.error.tooLong' : null) : 'error.required';
    case 'birthDate':
      if (!v.birthDate) return 'error.required';
      return isIsoDate(v.birthDate) ? null : 'register.error.birthDate';
    case 'sex':
      return v.sex ? null : 'error.required';
    case 'codiceFiscale': {
      const cf = v.codiceFiscale.trim();
      if (!cf) return 'error.required';
      const result = validateCodiceFiscale(cf.toUpperCase());
      if (result.ok || result.reason === 'BIRTH_DATE_MISMATCH' || result.reason === 'SEX_MISMATCH') return null;
      return result.reason === 'CHECK_CHARACTER' ? 'register.error.cfCheck' : 'register.error.cfFormat';
    }
    case 'citizenship':
      return /^[A-Za-z]{2}$/.test(v.citizenship.trim()) ? null : 'register.error.citizenship';
    case 'municipalityCode':
      return v.municipalityCode ? (MUNICIPALITY_CODES.has(v.municipalityCode) ? null : 'register.error.municipality') : 'error.required';
    case 'email':
      return v.email.trim() ? (EMAIL.test(v.email.trim()) ? null : 'register.error.email') : 'error.required';
    case 'phone':
      return !v.phone.trim() || PHONE.test(v.phone.trim()) ? null : 'register.error.phone';
    case 'password':
      return v.password.length >= 10 ? null : v.password ? 'register.error.password' : 'error.required';
    case 'privacyConsent':
      return v.privacyConsent ? null : 'register.error.consent';
    case 'cvShareConsent':
      return null;
  }
}

/** The `registerBeneficiary` input from what was typed (trimmed, codice fiscale upper-case). */
export function toRegisterInput(v: RegistrationValues, privacyNoticeVersion: string) {
  const phone = v.phone.trim();
  return {
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    birthDate: v.birthDate,
    sex: v.sex === 'F' ? ('F' as const) : ('M' as const),
    codiceFiscale: v.codiceFiscale.trim().toUpperCase(),
    citizenship: v.citizenship.trim().toUpperCase(),
    municipalityCode: v.municipalityCode,
    email: v.email.trim(),
    ...(phone ? { phone } : {}),
    password: v.password,
    privacyConsent: v.privacyConsent,
    privacyNoticeVersion,
    cvShareConsent: v.cvShareConsent,
    referringBody: 'SELF' as const,
  };
}

/** The 55 municipalities as select options, by name. */
export function municipalityOptions(): { value: string; label: string }[] {
  return [...MUNICIPALITIES].sort((a, b) => a.name.localeCompare(b.name, 'it')).map((m) => ({ value: m.istatCode, label: m.name }));
}
